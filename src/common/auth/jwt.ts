import { jwtVerify, SignJWT } from "jose";
import { AppError } from "../errors";

const ALGORITHM = "HS256";

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

/** Returns the token's subject (the user's e-mail); any defect is UNAUTHENTICATED. */
export async function verifyToken(token: string, secret: string): Promise<string> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { algorithms: [ALGORITHM] });
    if (typeof payload.sub !== "string" || payload.sub.length === 0) throw new Error("no subject");
    return payload.sub;
  } catch (error) {
    const expired = (error as { code?: string }).code === "ERR_JWT_EXPIRED";
    throw new AppError(
      "UNAUTHENTICATED",
      expired ? "Jeton expiré : reconnectez-vous." : "Jeton invalide : envoyez un jeton valide dans l'en-tête Authorization.",
    );
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new AppError("UNAUTHENTICATED", "En-tête Authorization mal formé : attendu « Bearer <jeton> ».");
  }
  return match[1];
}
