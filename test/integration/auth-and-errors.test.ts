import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ContextualisationDocument,
  MeDocument,
  ReferentialDocument,
  SetWordingDocument,
  StartContextualisationDocument,
} from "../generated/graphql";
import { signToken } from "../../src/common/auth/jwt";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const key = () => new TextEncoder().encode(h.secret);

describe("identity", () => {
  it("a valid token identifies the user, its Instance and role", async () => {
    const { data } = await h.run(MeDocument, undefined, { email: DEMO.propreteStaff });
    expect(data!.me).toEqual({ email: DEMO.propreteStaff, role: "STAFF", instance: { code: "CPNE_PROPRETE", kind: "CPNE" } });
  });

  it("no header: anonymous, public reads work", async () => {
    const result = await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT" });
    expect(result.errors).toBeUndefined();
    expect(errorCode(await h.run(MeDocument))).toBe("FORBIDDEN");
  });

  it("an expired token is UNAUTHENTICATED", async () => {
    const token = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject(DEMO.certifProDecider)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600).sign(key());
    const result = await h.run(ReferentialDocument, { certification: "CLEA" }, { token });
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe("UNAUTHENTICATED");
    expect(result.errors![0].message).toMatch(/expiré/);
  });

  it("a token signed with another secret is UNAUTHENTICATED", async () => {
    const token = await signToken(DEMO.certifProDecider, "another-secret");
    expect(errorCode(await h.run(ReferentialDocument, { certification: "CLEA" }, { token }))).toBe("UNAUTHENTICATED");
  });

  it("a token of an unknown user is UNAUTHENTICATED", async () => {
    const token = await signToken("inconnu@nulle-part.demo", h.secret);
    expect(errorCode(await h.run(ReferentialDocument, { certification: "CLEA" }, { token }))).toBe("UNAUTHENTICATED");
  });

  it("a token with another algorithm or no subject is UNAUTHENTICATED", async () => {
    const noSubject = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(key());
    expect(errorCode(await h.run(ReferentialDocument, { certification: "CLEA" }, { token: noSubject }))).toBe("UNAUTHENTICATED");
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(`{"sub":"${DEMO.certifProDecider}"}`).toString("base64url")}.`;
    expect(errorCode(await h.run(ReferentialDocument, { certification: "CLEA" }, { token: unsigned }))).toBe("UNAUTHENTICATED");
  });

  it("a malformed Authorization header is UNAUTHENTICATED", async () => {
    const response = await fetch(h.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Basic abc" },
      body: JSON.stringify({ query: "{ certifications { code } }" }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("bad input gets a clear error and changes nothing", () => {
  it("an unknown or malformed id is NOT_FOUND", async () => {
    expect((await h.run(ContextualisationDocument, { id: "999999" })).data!.contextualisation).toBeNull();
    for (const id of ["999999", "abc", "-1", "1.5"]) {
      const result = await h.run(SetWordingDocument, { contextualisation: id, target: "1", text: "x" }, { email: DEMO.propreteDecider });
      expect(errorCode(result), id).toBe("NOT_FOUND");
    }
  });

  it("an unknown context or certification is NOT_FOUND", async () => {
    expect(errorCode(await h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_XYZ" }, { email: DEMO.propreteDecider }))).toBe("NOT_FOUND");
  });

  it("over-long wording is BAD_USER_INPUT and nothing is written", async () => {
    const started = await h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.propreteDecider });
    const id = started.data!.startContextualisation.id;
    const [{ n: before }] = await h.db.query("SELECT COUNT(*) AS n FROM journal_entry");
    const result = await h.run(SetWordingDocument, { contextualisation: id, target: "1", text: "é".repeat(2001) }, { email: DEMO.propreteDecider });
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toContain("2000");
    const [{ n: after }] = await h.db.query("SELECT COUNT(*) AS n FROM journal_entry");
    expect(after).toEqual(before);
  });

  it("a malformed query is a GraphQL validation error, not a crash; no stack trace leaks", async () => {
    const result = await h.run("{ referential(certification: 1) { nope } }");
    expect(errorCode(result)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at \//);
    const health = await fetch(h.url.replace("/graphql", "/health"));
    expect(health.status).toBe(200);
  });

  it("a query too costly for the complexity limit is refused before it runs", async () => {
    const one = (i: number) => `r${i}: referential(certification: "CLEA") { version domains { code competences { code title } } }`;
    const fine = await h.run(`{ ${Array.from({ length: 5 }, (_, i) => one(i)).join(" ")} }`);
    expect(fine.errors).toBeUndefined();
    const tooMuch = await h.run(`{ ${Array.from({ length: 300 }, (_, i) => one(i)).join(" ")} }`);
    expect(errorCode(tooMuch)).toBe("QUERY_TOO_COMPLEX");
    expect(tooMuch.data ?? null).toBeNull();
  });

  it("invalid JSON is a 400 with a clear message", async () => {
    const response = await fetch(h.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" });
    expect(response.status).toBe(400);
  });
});
