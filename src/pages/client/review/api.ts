import { describeErrors, type ApiError } from "./model";

export type Outcome<T> = { ok: true; data: T } | { ok: false; errors: ApiError[] };

/** One GraphQL operation against this server's API, as the bearer of `token`. */
export async function graphql<T>(endpoint: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    return { ok: false, errors: [{ message: "Le serveur ne répond pas : vérifiez la connexion et réessayez.", code: "NETWORK", details: [] }] };
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T | null; errors?: unknown[] };
  if (Array.isArray(body.errors) && body.errors.length > 0) return { ok: false, errors: describeErrors(body.errors as never[]) };
  if (!response.ok || !body.data) {
    return { ok: false, errors: [{ message: `Réponse inattendue du serveur (HTTP ${response.status}).`, code: undefined, details: [] }] };
  }
  return { ok: true, data: body.data };
}
