import { errors, jwtVerify, SignJWT } from "jose";
import { AppError } from "../errors";

const ALGORITHM = "HS256";

/** How long a token may live (from `iat` to `exp`), and how far ahead of us the issuer's clock may run. */
export interface TokenPolicy {
  maxLifetimeSeconds: number;
  clockSkewSeconds: number;
}

export const DEFAULT_TOKEN_POLICY: TokenPolicy = { maxLifetimeSeconds: 24 * 3600, clockSkewSeconds: 60 };

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signToken(email: string, secret: string, expiresIn = "12h"): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(email)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(secret));
}

const refused = (message: string) => new AppError("UNAUTHENTICATED", message);

function hours(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600} h` : `${seconds} s`;
}

/** A jose refusal, as a message the token's holder can act on. */
function explain(error: unknown, policy: TokenPolicy): AppError {
  if (error instanceof errors.JWTExpired) return refused("Jeton expiré : reconnectez-vous.");
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing" && (error.claim === "exp" || error.claim === "iat")) {
      return refused(`Jeton refusé : il doit dater son émission (iat) et son expiration (exp), ${hours(policy.maxLifetimeSeconds)} au plus après.`);
    }
    if (error.claim === "iat" || error.claim === "nbf") {
      return refused("Jeton refusé : émis ou valable seulement dans le futur (iat ou nbf) ; vérifiez l'horloge de l'émetteur.");
    }
  }
  return refused("Jeton invalide : envoyez un jeton valide dans l'en-tête Authorization.");
}

/**
 * Returns the token's subject (the user's e-mail, as written: compared exactly); any defect is UNAUTHENTICATED.
 * A token must say when it was issued and when it expires, live no longer than the policy allows, and not come
 * from the future.
 */
export async function verifyToken(token: string, secret: string, policy: TokenPolicy = DEFAULT_TOKEN_POLICY): Promise<string> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, key(secret), {
      algorithms: [ALGORITHM],
      requiredClaims: ["exp", "iat"],
      maxTokenAge: policy.maxLifetimeSeconds,
      clockTolerance: policy.clockSkewSeconds,
    }));
  } catch (error) {
    throw explain(error, policy);
  }
  if (payload.exp! - payload.iat! > policy.maxLifetimeSeconds) {
    throw refused(`Jeton refusé : sa durée de validité dépasse ${hours(policy.maxLifetimeSeconds)}.`);
  }
  if (typeof payload.sub !== "string" || payload.sub.length === 0) {
    throw refused("Jeton invalide : envoyez un jeton valide dans l'en-tête Authorization.");
  }
  return payload.sub;
}

export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new AppError("UNAUTHENTICATED", "En-tête Authorization mal formé : attendu « Bearer <jeton> ».");
  }
  return match[1];
}
