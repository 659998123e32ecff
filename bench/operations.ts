import { createHash } from "node:crypto";

/** The fragments of test/operations/referential.graphql (everything before its first operation). */
export function referentialFragments(file: string): string {
  return file.slice(0, file.indexOf("query "));
}

export async function graphql(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (body.errors) throw new Error(`${query.slice(0, 80)}…: ${body.errors.map((e) => e.message).join("; ")}`);
  return body;
}

/** Registers a persisted query as an APQ client does (hash and text, once), and gives the URL that asks by hash. */
export async function apqUrl(url: string, query: string, variables: Record<string, unknown>, operationName?: string): Promise<string> {
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }), variables: JSON.stringify(variables) });
  if (operationName) params.set("operationName", operationName);
  const byHash = `${url}?${params}`;
  const registered = await fetch(`${byHash}&${new URLSearchParams({ query })}`, { headers: { "apollo-require-preflight": "true" } });
  const body = await registered.text();
  if (registered.status !== 200 || body.startsWith('{"errors"')) throw new Error(`Registering the persisted query failed: ${body.slice(0, 300)}`);
  return byHash;
}
