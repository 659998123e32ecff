import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../errors";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType("PageInfo", { simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** A Relay-style connection type: `nodes` for simple clients, `edges` with cursors, `totalCount` for dashboards. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionClass {
    @Field(() => Int)
    totalCount: number;

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

/** Opaque cursors carry the sort key and id of the last row seen (keyset pagination). */
export function encodeCursor(key: string | number | null, id: number | string): string {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}

export function decodeCursor(cursor: string): { key: string | number | null; id: number } {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if ((typeof key === "string" || typeof key === "number" || key === null) && Number.isSafeInteger(Number(id))) {
      return { key, id: Number(id) };
    }
  } catch {
    /* falls through */
  }
  throw badInput(`Curseur invalide « ${cursor} » : reprenez le curseur renvoyé par la page précédente.`);
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`Taille de page invalide (${first}) : entre 1 et ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/** Builds the connection from rows fetched with one extra row (which tells whether a next page exists). */
export function toConnection<T>(rows: T[], size: number, totalCount: number, cursorOf: (row: T) => string): Connection<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount,
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
