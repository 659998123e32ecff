import { availableParallelism } from "node:os";
import { isIsoDate } from "./common/calendar/working-days";

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
  /** Serve the GraphiQL explorer on GET /graphql in production too (always on in development). */
  explorer: boolean;
  /** Development only: the day the clock starts on (CLOCK_TODAY, YYYY-MM-DD, Europe/Paris); null: the real date. */
  clockToday: string | null;
  /** Longest lifetime (`exp` − `iat`) of an accepted token. */
  jwtMaxLifetimeSeconds: number;
}

export const DEVELOPMENT_JWT_SECRET = "clea-management-development-secret-change-me";

const MAX_REFRESH_MS = 1000;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const jwtSecret = env.JWT_SECRET || DEVELOPMENT_JWT_SECRET;
  if (production && (jwtSecret === DEVELOPMENT_JWT_SECRET || jwtSecret.length < 32)) {
    throw new Error("NODE_ENV=production needs JWT_SECRET: a secret of its own, 32 characters at least.");
  }
  const clockToday = env.CLOCK_TODAY?.trim() || null;
  if (clockToday !== null && production) {
    throw new Error("CLOCK_TODAY is for development: a production server reads the real date. Remove CLOCK_TODAY or unset NODE_ENV=production.");
  }
  if (clockToday !== null && !isIsoDate(clockToday)) throw new Error(`CLOCK_TODAY="${clockToday}": expected a date YYYY-MM-DD.`);
  return {
    port: boundedNumber(env, "PORT", 4000, 0, 65_535),
    databaseUrl: env.DATABASE_URL || undefined,
    jwtSecret,
    jwtSecretIsDefault: jwtSecret === DEVELOPMENT_JWT_SECRET,
    production,
    maxQueryDepth: boundedNumber(env, "MAX_QUERY_DEPTH", 12, 1, 100),
    maxQueryComplexity: boundedNumber(env, "MAX_QUERY_COMPLEXITY", 1000, 1, 1_000_000),
    publicationRefreshMs: boundedNumber(env, "PUBLICATION_REFRESH_MS", 500, 10, MAX_REFRESH_MS),
    publishedBytesBudget: boundedNumber(env, "PUBLISHED_BYTES_BUDGET", 32 * 1024 * 1024, 0, Number.MAX_SAFE_INTEGER),
    publicMaxAgeSeconds: boundedNumber(env, "PUBLIC_MAX_AGE", 1, 0, 31_536_000),
    workers: env.WORKERS === "auto" ? availableParallelism() : boundedNumber(env, "WORKERS", 1, 1, 256),
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    explorer: env.EXPLORER === "on",
    clockToday,
    jwtMaxLifetimeSeconds: positiveSeconds(env.JWT_MAX_LIFETIME_SECONDS, 24 * 3600, "JWT_MAX_LIFETIME_SECONDS"),
  };
}

function positiveSeconds(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds <= 0) throw new Error(`${name} must be a whole number of seconds, above 0.`);
  return seconds;
}

function boundedNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max} (got « ${raw} »).`);
  return value;
}
