import { availableParallelism } from "node:os";

/** Process configuration, read once from the environment. */
export interface Config {
  port: number;
  databaseUrl: string | undefined;
  jwtSecret: string;
  jwtSecretIsDefault: boolean;
  production: boolean;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** How often each process rereads what is published (ms): the bound for a publication made by another process. */
  publicationRefreshMs: number;
  /** Memory for pre-built responses of public reads, every encoding counted (bytes); least recently used out first. */
  publishedBytesBudget: number;
  /** `Cache-Control: max-age` of public reads: how long a shared cache may serve them without asking. */
  publicMaxAgeSeconds: number;
  /** API processes `npm start` runs (node:cluster); `auto` is one per core. */
  workers: number;
  /** A read replica for reporting reads (journal, public decisions); the primary when unset. */
  databaseReadUrl: string | undefined;
}

export const DEVELOPMENT_JWT_SECRET = "clea-management-development-secret-change-me";

const MAX_REFRESH_MS = 1000;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const jwtSecret = env.JWT_SECRET || DEVELOPMENT_JWT_SECRET;
  if (production && (jwtSecret === DEVELOPMENT_JWT_SECRET || jwtSecret.length < 32)) {
    throw new Error("NODE_ENV=production needs JWT_SECRET: a secret of its own, 32 characters at least.");
  }
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    jwtSecret,
    jwtSecretIsDefault: jwtSecret === DEVELOPMENT_JWT_SECRET,
    production,
    maxQueryDepth: Number(env.MAX_QUERY_DEPTH ?? 12),
    maxQueryComplexity: Number(env.MAX_QUERY_COMPLEXITY ?? 1000),
    publicationRefreshMs: boundedNumber(env, "PUBLICATION_REFRESH_MS", 500, 10, MAX_REFRESH_MS),
    publishedBytesBudget: boundedNumber(env, "PUBLISHED_BYTES_BUDGET", 32 * 1024 * 1024, 0, Number.MAX_SAFE_INTEGER),
    publicMaxAgeSeconds: boundedNumber(env, "PUBLIC_MAX_AGE", 1, 0, 31_536_000),
    workers: env.WORKERS === "auto" ? availableParallelism() : boundedNumber(env, "WORKERS", 1, 1, 256),
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
  };
}

function boundedNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max} (got « ${raw} »).`);
  return value;
}
