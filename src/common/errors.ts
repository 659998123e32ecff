import { GraphQLError } from "graphql";

/** Stable `extensions.code` values clients can rely on. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "REFERENTIAL_STRUCTURE_VIOLATION"
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
export const conflict = (message = "Cet enregistrement a été modifié entre-temps : rechargez-le puis recommencez.") =>
  new AppError("CONFLICT", message);
