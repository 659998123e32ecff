import { GraphQLError } from "graphql";

/** Stable `extensions.code` values clients can rely on. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "REFERENTIAL_STRUCTURE_VIOLATION"
  | "QUERY_TOO_COMPLEX"
  | "PERSISTED_QUERY_HASH_MISMATCH"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} introuvable.`);
export const badInput = (message: string, extensions?: Record<string, unknown>) =>
  new AppError("BAD_USER_INPUT", message, extensions);
export const forbidden = (message: string) => new AppError("FORBIDDEN", message);
export const authenticationRequired = () => forbidden("Authentification requise : envoyez un jeton dans l'en-tête Authorization.");
export const conflict = (message = "Cet enregistrement a été modifié entre-temps : rechargez-le puis recommencez.") =>
  new AppError("CONFLICT", message);

export const SERVICE_UNAVAILABLE_MESSAGE =
  "Service momentanément indisponible : la base de données ne répond pas. Rien n'a été modifié ; réessayez dans quelques instants.";

/**
 * The database cannot be reached: HTTP 503. Deliberately not an AppError, so that code translating the caller's
 * own mistakes (an AppError from authentication becomes a 401) lets it through unchanged.
 */
export class ServiceUnavailableError extends GraphQLError {
  constructor(cause?: unknown) {
    super(SERVICE_UNAVAILABLE_MESSAGE, {
      originalError: cause instanceof Error ? cause : undefined,
      extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
    });
  }
}
