import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "../../src/common/db/query-counter";
import { OrganismBySirenDocument, OrganismPageDocument, OrganismPageWithPeopleDocument, type OrganismPageQuery } from "../generated/graphql";
import { DEMO, errorCode, startHarness, type GraphQLResult, type Harness } from "../support/harness";
import { ALPHA, BETA, applyTo, insertOrganisms } from "./organisms.fixtures";

type Role = keyof typeof DEMO | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(DEMO) as (keyof typeof DEMO)[])];
const as = (role: Role) => (role === "anonymous" ? undefined : { email: DEMO[role] });

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

/** What each role sees of Alpha and Beta: nothing, the organism, or the organism with its people (GDPR-1). */
type Sight = "none" | "organism" | "people";
const CERTIF_PRO: Role[] = ["certifProDecider", "certifProStaff", "certifProProvider"];
const PROPRETE: Role[] = ["propreteDecider", "propreteStaff", "propreteProvider"];

function expected(role: Role, betaAppliedToProprete: boolean): { alpha: Sight; beta: Sight } {
  if (CERTIF_PRO.includes(role)) return { alpha: "people", beta: "organism" };
  if (role === "alphaAdmin") return { alpha: "people", beta: "none" };
  if (role === "betaAdmin" || role === "gammaMandataire") return { alpha: "none", beta: "people" };
  if (PROPRETE.includes(role) && betaAppliedToProprete) return { alpha: "none", beta: "people" };
  return { alpha: "none", beta: "none" };
}

async function sight(role: Role, siren: string): Promise<Sight> {
  const result = await h.run(OrganismBySirenDocument, { siren }, as(role));
  expect(result.errors).toBeUndefined();
  const organism = result.data!.organism;
  if (!organism) return "none";
  expect(organism.contacts === null).toBe(organism.intervenants === null);
  expect(organism.establishments.length).toBeGreaterThan(0);
  return organism.contacts ? "people" : "organism";
}

/** Which of Alpha and Beta the list shows (the demo data holds other organisms, with their own files). */
async function listed(role: Role): Promise<string[] | "FORBIDDEN"> {
  const result = await h.run(OrganismPageDocument, { first: 100 }, as(role));
  if (result.errors) return errorCode(result) as "FORBIDDEN";
  return result.data!.organisms.nodes.map((node) => node.siren).filter((siren) => siren === ALPHA || siren === BETA).sort();
}

describe("who sees which organism", () => {
  for (const applied of [false, true]) {
    describe(applied ? "once Beta applied to the CPNE Propreté" : "with the demo data", () => {
      beforeAll(async () => {
        if (applied) await applyTo(h.db, BETA, "CPNE_PROPRETE", "Campagne propreté 2027");
      });

      for (const role of ROLES) {
        const { alpha, beta } = expected(role, applied);
        it(`GDPR-1, INS-1: ${role} sees Alpha: ${alpha}, Beta: ${beta}`, async () => {
          expect(await sight(role, ALPHA)).toBe(alpha);
          expect(await sight(role, BETA)).toBe(beta);
        });

        const list = role === "anonymous" ? "FORBIDDEN" : [alpha !== "none" && ALPHA, beta !== "none" && BETA].filter(Boolean).sort();
        it(`GDPR-1, INS-1: organisms as ${role} lists ${JSON.stringify(list)}`, async () => {
          expect(await listed(role)).toEqual(list);
        });
      }
    });
  }

  it("HAB-2: a Mandataire whose mandate has ended no longer sees the organism", async () => {
    await h.db.query("UPDATE mandate SET valid_until = '2026-01-31'");
    try {
      h.clock.set("2026-02-01");
      expect(await sight("gammaMandataire", BETA)).toBe("none");
      expect(await listed("gammaMandataire")).toEqual([]);
      h.clock.set("2026-01-31");
      expect(await sight("gammaMandataire", BETA)).toBe("people");
    } finally {
      h.clock.set(null);
      await h.db.query("UPDATE mandate SET valid_until = NULL");
    }
  });

  it("HAB-2: a SIREN that is not one is a BAD_USER_INPUT naming the field; an unknown one is null", async () => {
    const bad = await h.run(OrganismBySirenDocument, { siren: "81234567" }, as("certifProDecider"));
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].message).toMatch(/SIREN \(siren\) : Le SIREN compte 9 chiffres/);
    const unknown = await h.run(OrganismBySirenDocument, { siren: "732829320" }, as("certifProDecider"));
    expect(unknown.data!.organism).toBeNull();
    const spaced = await h.run(OrganismBySirenDocument, { siren: "812 345 676" }, as("alphaAdmin"));
    expect(spaced.data!.organism!.siren).toBe(ALPHA);
  });

  it("HAB-7, HAB-2: the demo organisms read whole: establishments with and without SIRET, mandates in force", async () => {
    const beta = (await h.run(OrganismBySirenDocument, { siren: BETA }, as("gammaMandataire"))).data!.organism!;
    expect(beta.mandates).toEqual([expect.objectContaining({ mandataireName: "Conseil Gamma", proofReference: "Mandat signé le 5 janvier 2026", inForce: true })]);
    const alpha = (await h.run(OrganismBySirenDocument, { siren: ALPHA }, as("alphaAdmin"))).data!.organism!;
    expect(alpha.establishments.map((e) => e.siret)).toEqual(["81234567600009", null]);
    expect(alpha.intervenants!.map((i) => [i.evaluator, i.trainer])).toEqual([[true, false], [false, true]]);
  });
});

describe("organisms: keyset pagination, search, bounded pages", () => {
  let total: number;
  let zetaSirens: string[];
  beforeAll(async () => {
    zetaSirens = await insertOrganisms(h.db, 45, "Organisme Zeta", 30000000);
    total = Number((await h.db.query("SELECT COUNT(*) n FROM organism"))[0].n);
  });

  it("first/after walk every organism once, by name, with totalCount and an end", async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const result: GraphQLResult<OrganismPageQuery> = await h.run(OrganismPageDocument, { first: 20, after }, as("certifProStaff"));
      expect(result.errors).toBeUndefined();
      const page = result.data!.organisms;
      expect(page.totalCount).toBe(total);
      seen.push(...page.nodes.map((n) => n.name));
      expect(page.edges.map((e) => e.node.siren)).toEqual(page.nodes.map((n) => n.siren));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(total / 20));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => a.localeCompare(b, "fr")));
    expect(seen[0]).toBe("Organisme Alpha Formation");
  });

  it("the page size defaults to 20 and is bounded (1 to 100)", async () => {
    const page = await h.run(OrganismPageDocument, {}, as("certifProStaff"));
    expect(page.data!.organisms.nodes).toHaveLength(20);
    for (const first of [0, -1, 101]) {
      const refused = await h.run(OrganismPageDocument, { first }, as("certifProStaff"));
      expect(errorCode(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].message).toMatch(/Taille de page invalide/);
    }
  });

  it("an invalid cursor is a BAD_USER_INPUT", async () => {
    for (const after of ["pas-un-curseur", Buffer.from("[12,3]").toString("base64url"), Buffer.from("[\"x\"]").toString("base64url")]) {
      const refused = await h.run(OrganismPageDocument, { first: 5, after }, as("certifProStaff"));
      expect(errorCode(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].message).toMatch(/Curseur invalide/);
    }
  });

  it("search matches the name or the start of the SIREN; wildcards are plain characters", async () => {
    const search = async (text: string, role: Role = "certifProStaff") =>
      (await h.run(OrganismPageDocument, { search: text, first: 100 }, as(role))).data!.organisms;
    expect((await search("alpha")).nodes.map((n) => n.siren)).toEqual([ALPHA]);
    expect((await search("841 23")).nodes.map((n) => n.siren)).toEqual([BETA]);
    expect((await search("Zeta")).totalCount).toBe(45);
    expect((await search("%")).totalCount).toBe(0);
    expect((await search("Zeta", "alphaAdmin")).totalCount).toBe(0);
    const tooLong = await h.run(OrganismPageDocument, { search: "x".repeat(101) }, as("certifProStaff"));
    expect(errorCode(tooLong)).toBe("BAD_USER_INPUT");
    expect(tooLong.errors![0].message).toMatch(/Recherche \(search\)/);
  });

  it("the SQL statements of a page with its establishments, intervenants and contacts do not grow with the page", async () => {
    const measure = async (first: number) => {
      const { result, counter } = await countQueries(() => h.run(OrganismPageWithPeopleDocument, { first }, as("certifProDecider")));
      expect(result.errors).toBeUndefined();
      expect(result.data!.organisms.nodes).toHaveLength(first);
      return counter.count;
    };
    await measure(5);
    const small = await measure(5);
    const large = await measure(total);
    expect(large).toBe(small);
    // authentication, count, page, then one each: establishments, applications (GDPR-1), intervenants, contacts,
    // mandates, mandataires, situation changes.
    expect(large).toBeLessThanOrEqual(10);
  });

  it("GDPR-1: in a list, Certif Pro sees the people of the organisms that applied to it only", async () => {
    const page = (await h.run(OrganismPageWithPeopleDocument, { first: 100 }, as("certifProDecider"))).data!.organisms.nodes;
    const zeta = page.filter((node) => node.contacts !== null && zetaSirens.includes(node.siren));
    expect(zeta).toHaveLength(23);
    for (const node of page) expect(node.contacts === null).toBe(node.intervenants === null);
  });
});

describe("an application opens an organism's people to an Instance only once filed", () => {
  it("GDPR-1: a draft application, never filed, shows nothing of Alpha to the CPNE Propreté", async () => {
    const h = await startHarness();
    try {
      await h.db.query(
        `INSERT INTO application (organism_id, instance_id, campaign_id, certification_code, status)
         SELECT o.id, i.id, c.id, 'CLEA_MANAGEMENT', 'DRAFT' FROM organism o JOIN instance i ON i.code = 'CPNE_PROPRETE'
         JOIN campaign c ON c.instance_id = i.id WHERE o.siren = '812345676' LIMIT 1`,
      );
      const result = await h.run(`{ organism(siren: "812345676") { siren contacts { email } } }`, undefined, { email: DEMO.propreteStaff });
      expect((result.data as { organism: unknown }).organism).toBeNull();
    } finally {
      await h.close();
    }
  });
});
