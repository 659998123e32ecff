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
  /** Serve the GraphiQL explorer on GET /graphql in production too (always on in development). */
  explorer: boolean;
  /** Development only: the day the clock starts on (CLOCK_TODAY, YYYY-MM-DD, Europe/Paris); null: the real date. */
  clockToday: string | null;
  /** Longest lifetime (`exp` − `iat`) of an accepted token. */
  jwtMaxLifetimeSeconds: number;
}

export const DEVELOPMENT_JWT_SECRET = "clea-management-development-secret-change-me";

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
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    jwtSecret,
    jwtSecretIsDefault: jwtSecret === DEVELOPMENT_JWT_SECRET,
    production,
    maxQueryDepth: Number(env.MAX_QUERY_DEPTH ?? 12),
    maxQueryComplexity: Number(env.MAX_QUERY_COMPLEXITY ?? 1000),
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
