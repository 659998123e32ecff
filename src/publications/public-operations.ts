import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isObjectType,
  Kind,
} from "graphql";
import type { PublicationSnapshot } from "../referentials/publication-index";

/** Root fields whose answer is a published referential or contextualisation: public and immutable once identified. */
const PUBLIC_ROOT_FIELDS = new Set(["referential"]);

/** Every type below them; each field of these types is public and derived from the publication alone. */
const PUBLIC_TYPES = new Set(["Referential", "Certification", "Instance", "Domain", "Competence", "Criterion", "WordingDiffSegment"]);

const CONDITIONAL_DIRECTIVES = new Set(["include", "skip"]);

interface ReferentialArguments {
  certification: string;
  context: string | null;
  version: string | null;
}

/** A query that reads published content only, with its variables: it can be answered from pre-built bytes. */
export interface PublicRead {
  /** What it reads, as ids of publications (`c12`, `v3`), or undefined when something is not published. */
  identify(snapshot: PublicationSnapshot, today: () => string): string | undefined;
}

/**
 * Whether `document` (already validated) with these variables reads only public, immutable content: a query whose
 * root fields are all in PUBLIC_ROOT_FIELDS, whose every selection stays within PUBLIC_TYPES, with no directive but
 * @include and @skip. Anything else, mixed operations included, goes through the normal pipeline.
 */
export function publicRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  rawVariables: Record<string, unknown> | undefined,
): PublicRead | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== "query") return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;

  const queryType = schema.getQueryType()!;
  const reads: ReferentialArguments[] = [];
  const roots = collectFields(operation.selectionSet, fragments, "Query");
  if (!roots) return undefined;
  for (const node of roots) {
    if (node.name.value === "__typename") continue;
    if (!PUBLIC_ROOT_FIELDS.has(node.name.value)) return undefined;
    const field = queryType.getFields()[node.name.value];
    if (!field || !node.selectionSet || !selectionIsPublic(node.selectionSet, field, fragments)) return undefined;
    const args = getArgumentValues(field, node, coerced.coerced) as { certification: string; context?: string | null; version?: string | null };
    reads.push({ certification: args.certification, context: args.context || null, version: args.version ?? null });
  }
  if (reads.length === 0) return undefined;
  return { identify: (snapshot, today) => identifyAll(reads, snapshot, today) };
}

function identifyAll(reads: ReferentialArguments[], snapshot: PublicationSnapshot, today: () => string): string | undefined {
  let identity = "";
  for (const read of reads) {
    const one = identify(read, snapshot, today);
    if (!one) return undefined;
    identity = identity ? `${identity},${one}` : one;
  }
  return identity;
}

/** Mirrors `referential(certification, context, version)`: a CPNE's publication, or a published base version. */
function identify(read: ReferentialArguments, snapshot: PublicationSnapshot, today: () => string): string | undefined {
  if (read.context) {
    const published = snapshot.contextualisation(read.certification, read.context);
    if (!published) return undefined;
    if (read.version !== null && snapshot.versionById(published.baseVersionId)?.version !== read.version) return undefined;
    return `c${published.id}`;
  }
  // Today is asked for only here: a CPNE's publication does not depend on the date.
  const version = read.version === null ? snapshot.versionInForce(read.certification, today()) : snapshot.publishedVersion(read.certification, read.version);
  return version ? `v${version.id}` : undefined;
}

function selectionIsPublic(selectionSet: SelectionSetNode, field: GraphQLField<unknown, unknown>, fragments: Map<string, FragmentDefinitionNode>): boolean {
  const type = getNamedType(field.type);
  if (!isObjectType(type) || !PUBLIC_TYPES.has(type.name)) return false;
  const nodes = collectFields(selectionSet, fragments, type.name);
  if (!nodes) return false;
  for (const node of nodes) {
    if (node.name.value === "__typename") continue;
    const child = type.getFields()[node.name.value];
    if (!child) return false;
    const childType = getNamedType(child.type);
    if (isObjectType(childType)) {
      if (!node.selectionSet || !selectionIsPublic(node.selectionSet, child, fragments)) return false;
    } else if (node.selectionSet) {
      return false;
    }
  }
  return true;
}

/** The fields of a selection set, through fragments; undefined when a fragment or directive is not plain. */
function collectFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  typeName: string,
  seen = new Set<string>(),
): FieldNode[] | undefined {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.directives?.some((directive) => !CONDITIONAL_DIRECTIVES.has(directive.name.value))) return undefined;
    if (selection.kind === Kind.FIELD) {
      fields.push(selection);
      continue;
    }
    let inner: SelectionSetNode;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selection.typeCondition && selection.typeCondition.name.value !== typeName) return undefined;
      inner = selection.selectionSet;
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || fragment.typeCondition.name.value !== typeName || seen.has(fragment.name.value)) return undefined;
      if (fragment.directives?.length) return undefined;
      seen.add(fragment.name.value);
      inner = fragment.selectionSet;
    }
    const collected = collectFields(inner, fragments, typeName, seen);
    if (!collected) return undefined;
    fields.push(...collected);
  }
  return fields;
}
