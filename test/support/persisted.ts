import { createHash } from "node:crypto";
import { type DocumentNode, print } from "graphql";

/** The GET URL of a persisted operation, as an APQ client sends it once the server knows the hash. */
export function persistedUrl(url: string, document: DocumentNode | string, variables: Record<string, unknown>, operationName?: string): string {
  const query = typeof document === "string" ? document : print(document);
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }), variables: JSON.stringify(variables) });
  if (operationName) params.set("operationName", operationName);
  return `${url}?${params}`;
}

/** Registers the operation as an APQ client does after PERSISTED_QUERY_NOT_FOUND: the hash with the text. */
export async function registerPersisted(url: string, document: DocumentNode | string, variables: Record<string, unknown>, operationName?: string) {
  const query = typeof document === "string" ? document : print(document);
  const withText = `${persistedUrl(url, query, variables, operationName)}&${new URLSearchParams({ query })}`;
  const response = await fetch(withText, { headers: { "apollo-require-preflight": "true" } });
  if (response.status !== 200) throw new Error(`Registration failed: HTTP ${response.status} ${await response.text()}`);
  return response;
}

export interface Read {
  status: number;
  headers: Headers;
  body: string;
  json: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export async function read(url: string, headers: Record<string, string> = {}): Promise<Read> {
  const response = await fetch(url, { headers: { "apollo-require-preflight": "true", ...headers } });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, json: body ? JSON.parse(body) : {} };
}
