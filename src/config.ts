/** Process configuration, read once from the environment. */
export interface Config {
  port: number;
  databaseUrl: string | undefined;
  jwtSecret: string;
  jwtSecretIsDefault: boolean;
  production: boolean;
  maxQueryDepth: number;
  maxQueryComplexity: number;
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
  return {
    port: Number(env.PORT ?? 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    jwtSecret,
    jwtSecretIsDefault: jwtSecret === DEVELOPMENT_JWT_SECRET,
    production,
    maxQueryDepth: Number(env.MAX_QUERY_DEPTH ?? 12),
    maxQueryComplexity: Number(env.MAX_QUERY_COMPLEXITY ?? 1000),
    jwtMaxLifetimeSeconds: positiveSeconds(env.JWT_MAX_LIFETIME_SECONDS, 24 * 3600, "JWT_MAX_LIFETIME_SECONDS"),
  };
}

function positiveSeconds(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds <= 0) throw new Error(`${name} must be a whole number of seconds, above 0.`);
  return seconds;
}
