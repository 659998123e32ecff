import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { DEFAULT_TOKEN_POLICY, signToken, verifyToken } from "../../../src/common/auth/jwt";
import { readConfig } from "../../../src/config";

const SECRET = "a-secret-for-the-token-rules-tests";
const now = () => Math.floor(Date.now() / 1000);

function token(claims: { iat?: number; exp?: number; nbf?: number; sub?: string }): Promise<string> {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject(claims.sub ?? "decideur@certifpro.demo");
  if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  if (claims.nbf !== undefined) jwt.setNotBefore(claims.nbf);
  return jwt.sign(new TextEncoder().encode(SECRET));
}

async function refusal(jwt: Promise<string>, policy = DEFAULT_TOKEN_POLICY): Promise<{ code: unknown; message: string }> {
  try {
    await verifyToken(await jwt, SECRET, policy);
  } catch (error) {
    return { code: (error as { extensions: { code: unknown } }).extensions.code, message: (error as Error).message };
  }
  throw new Error("the token was accepted");
}

describe("token rules", () => {
  it("the tokens the API signs are accepted, and give their subject as written", async () => {
    expect(await verifyToken(await signToken("decideur@certifpro.demo", SECRET), SECRET)).toBe("decideur@certifpro.demo");
    expect(await verifyToken(await token({ iat: now(), exp: now() + 24 * 3600, sub: "Decideur@X " }), SECRET)).toBe("Decideur@X ");
  });

  it("a token without exp never expired: refused", async () => {
    const refused = await refusal(token({ iat: now() }));
    expect(refused.code).toBe("UNAUTHENTICATED");
    expect(refused.message).toMatch(/expiration \(exp\), 24 h au plus après/);
  });

  it("a token without iat cannot show its lifetime: refused", async () => {
    expect((await refusal(token({ exp: now() + 3600 }))).message).toMatch(/émission \(iat\)/);
  });

  it("a lifetime beyond the maximum (24 h by default) is refused, whatever is left of it", async () => {
    expect((await refusal(token({ iat: now(), exp: now() + 24 * 3600 + 1 }))).message).toMatch(/dépasse 24 h/);
    expect((await refusal(token({ iat: now() - 3600, exp: now() + 3600 }), { ...DEFAULT_TOKEN_POLICY, maxLifetimeSeconds: 3600 })).message).toMatch(/dépasse 1 h/);
  });

  it("a token issued in the future, or valid only later, is refused beyond a minute of clock skew", async () => {
    expect((await refusal(token({ iat: now() + 300, exp: now() + 3600 }))).message).toMatch(/futur/);
    expect((await refusal(token({ iat: now(), nbf: now() + 300, exp: now() + 3600 }))).message).toMatch(/futur/);
    expect(await verifyToken(await token({ iat: now() + 30, nbf: now() + 30, exp: now() + 3600 }), SECRET)).toBe("decideur@certifpro.demo");
  });

  it("an expired token says so", async () => {
    expect((await refusal(token({ iat: now() - 7200, exp: now() - 3600 }))).message).toMatch(/expiré/);
  });

  it("JWT_MAX_LIFETIME_SECONDS sets the maximum; anything but a positive whole number is refused at start", () => {
    expect(readConfig({}).jwtMaxLifetimeSeconds).toBe(86_400);
    expect(readConfig({ JWT_MAX_LIFETIME_SECONDS: "3600" }).jwtMaxLifetimeSeconds).toBe(3600);
    for (const value of ["0", "-5", "1.5", "24h"]) expect(() => readConfig({ JWT_MAX_LIFETIME_SECONDS: value }), value).toThrow(/JWT_MAX_LIFETIME_SECONDS/);
  });
});
