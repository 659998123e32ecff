import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PublicDecisionsDocument, type PublicDecisionsQuery, type PublicDecisionsQueryVariables } from "../generated/graphql";
import { countQueries } from "../../src/common/db/query-counter";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { ALPHA, BETA, insertApplication, insertAssessment, insertOrganism, organismId, sirenOf } from "./fees.fixtures";

type Role = keyof typeof DEMO | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(DEMO) as (keyof typeof DEMO)[])];
const SECRET_REASON = "Aucun évaluateur qualifié pour le domaine 3";
const SECRET_GROUNDS = "Nous contestons l'appréciation du critère 1";
const DELTA = sirenOf("77700001");
const BULK = 30;

let h: Harness;
/** Decisions the demo data holds besides Alpha's (other demo organisms' files): left out of the comparisons. */
let demoDecisions: PublicDecisionsQuery["publicDecisions"]["nodes"] = [];

beforeAll(async () => {
  h = await startHarness();
  demoDecisions = (await decisions({ first: 100 })).nodes.filter((d) => d.organismSiren !== ALPHA);
  const beta = await organismId(h, BETA);
  const delta = await insertOrganism(h, DELTA, "Delta Conseil");
  // Alpha (seeded): accepted by Certif Pro, notified on 2025-01-06, for 36 months.
  const refused = await insertApplication(h, {
    organism: beta,
    instance: "CERTIF_PRO",
    status: "NOTIFIED_REFUSED",
    filedOn: "2025-03-10",
    notifiedOn: "2025-06-10",
    complementRequest: "Joindre les CV des intervenants",
  });
  await insertAssessment(h, refused, SECRET_REASON);
  await insertApplication(h, { organism: beta, instance: "CPNE_PROPRETE", status: "NOTIFIED_ACCEPTED", filedOn: "2025-04-01", notifiedOn: "2025-07-01", durationMonths: 36 });
  await insertApplication(h, {
    organism: delta,
    instance: "CPNE_METALLURGIE",
    status: "APPEAL_DISMISSED_NOTIFIED",
    filedOn: "2024-09-02",
    notifiedOn: "2024-12-20",
    appealGrounds: SECRET_GROUNDS,
  });
  // Under appeal: the notified refusal stays public. Not public: decided but not notified, withdrawn, a draft.
  await insertApplication(h, { organism: delta, instance: "CERTIF_PRO", status: "DECIDED_ACCEPTED", filedOn: "2025-09-01", durationMonths: 36 });
  await insertApplication(h, { organism: delta, instance: "CPNE_PROPRETE", status: "APPEALED", filedOn: "2025-02-01", notifiedOn: "2025-05-02" });
  await insertApplication(h, { organism: beta, instance: "CERTIF_PRO", status: "WITHDRAWN_BY_APPLICANT", filedOn: "2025-10-01", certification: "CLEA" });
  await insertApplication(h, { organism: beta, instance: "CPNE_METALLURGIE", status: "DRAFT" });
});
afterAll(async () => h.close());

async function decisions(variables: PublicDecisionsQueryVariables = {}, email?: string): Promise<PublicDecisionsQuery["publicDecisions"]> {
  const result = await h.run(PublicDecisionsDocument, variables, email ? { email } : undefined);
  expect(result.errors).toBeUndefined();
  return result.data!.publicDecisions;
}

const ours = (nodes: PublicDecisionsQuery["publicDecisions"]["nodes"]) => nodes.filter((d) => !demoDecisions.some((demo) => demo.id === d.id));
const demoOf = (instance: string) => demoDecisions.filter((d) => d.instance.code === instance).length;

describe("HAB-5: decisions may be made public", () => {
  it("HAB-5: anyone lists the notified decisions, newest first: organism, Instance, certification, outcome, date", async () => {
    const page = await decisions({ first: 100 });
    expect(page.totalCount).toBe(5 + demoDecisions.length);
    expect(ours(page.nodes).map(({ id: _id, ...decision }) => decision)).toEqual([
      {
        organismName: "Organisme Beta Compétences",
        organismSiren: BETA,
        instance: { code: "CPNE_PROPRETE", name: expect.any(String), kind: "CPNE" },
        certification: { code: "CLEA_MANAGEMENT", name: "CléA management" },
        outcome: "ACCEPTED",
        outcomeLabel: "Habilitation accordée",
        notifiedOn: "2025-07-01",
        professionalField: "Propreté et services associés",
        durationMonths: 36,
      },
      {
        organismName: "Organisme Beta Compétences",
        organismSiren: BETA,
        instance: { code: "CERTIF_PRO", name: "Certif Pro", kind: "CERTIFIER" },
        certification: { code: "CLEA_MANAGEMENT", name: "CléA management" },
        outcome: "REFUSED",
        outcomeLabel: "Habilitation refusée",
        notifiedOn: "2025-06-10",
        professionalField: null,
        durationMonths: null,
      },
      {
        organismName: "Delta Conseil",
        organismSiren: DELTA,
        instance: { code: "CPNE_PROPRETE", name: expect.any(String), kind: "CPNE" },
        certification: { code: "CLEA_MANAGEMENT", name: "CléA management" },
        outcome: "REFUSED",
        outcomeLabel: "Habilitation refusée",
        notifiedOn: "2025-05-02",
        professionalField: null,
        durationMonths: null,
      },
      {
        organismName: "Organisme Alpha Formation",
        organismSiren: ALPHA,
        instance: { code: "CERTIF_PRO", name: "Certif Pro", kind: "CERTIFIER" },
        certification: { code: "CLEA_MANAGEMENT", name: "CléA management" },
        outcome: "ACCEPTED",
        outcomeLabel: "Habilitation accordée",
        notifiedOn: "2025-01-06",
        professionalField: null,
        durationMonths: 36,
      },
      {
        organismName: "Delta Conseil",
        organismSiren: DELTA,
        instance: { code: "CPNE_METALLURGIE", name: expect.any(String), kind: "CPNE" },
        certification: { code: "CLEA_MANAGEMENT", name: "CléA management" },
        outcome: "REFUSED",
        outcomeLabel: "Habilitation refusée (recours rejeté)",
        notifiedOn: "2024-12-20",
        professionalField: null,
        durationMonths: null,
      },
    ]);
  });

  it("HAB-5: every caller, anonymous included, sees the same list", async () => {
    const reference = await decisions();
    for (const role of ROLES) {
      expect(await decisions({}, role === "anonymous" ? undefined : DEMO[role])).toEqual(reference);
    }
  });

  it("HAB-5: no reasons and no personal data: the type carries none, the answer holds none", async () => {
    const type = await h.run(`{ __type(name: "PublicDecision") { fields { name } } }`);
    const fields = (type.data as { __type: { fields: { name: string }[] } }).__type.fields.map((field) => field.name).sort();
    expect(fields).toEqual(
      ["certification", "durationMonths", "id", "instance", "notifiedOn", "organismName", "organismSiren", "outcome", "outcomeLabel", "professionalField"].sort(),
    );
    const body = JSON.stringify(await decisions({ first: 100 }));
    for (const secret of [SECRET_REASON, SECRET_GROUNDS, "Joindre les CV", "@", "claire.martin"]) expect(body).not.toContain(secret);
  });

  it("HAB-5: filtered by the Instance that decided", async () => {
    expect(ours((await decisions({ instance: "CPNE_PROPRETE" })).nodes).map((d) => [d.organismSiren, d.outcome])).toEqual([[BETA, "ACCEPTED"], [DELTA, "REFUSED"]]);
    expect((await decisions({ instance: "CERTIF_PRO" })).totalCount).toBe(2 + demoOf("CERTIF_PRO"));
    const unknown = await h.run(PublicDecisionsDocument, { instance: "CPNE_INCONNUE" });
    expect(errorCode(unknown)).toBe("NOT_FOUND");
  });
});

describe("pagination", () => {
  beforeAll(async () => {
    for (let n = 0; n < BULK; n += 1) {
      const organism = await insertOrganism(h, sirenOf(`7780${String(n).padStart(4, "0")}`), `Organisme publié ${n}`);
      // Ten notification days, three decisions each: ties on the date are ordered by id.
      await insertApplication(h, { organism, instance: "CPNE_METALLURGIE", status: "NOTIFIED_ACCEPTED", notifiedOn: `2023-10-${String(10 + (n % 10)).padStart(2, "0")}`, durationMonths: 36 });
    }
  });

  it("first/after walks every decision once, newest notification first", async () => {
    const seen: PublicDecisionsQuery["publicDecisions"]["nodes"] = [];
    let after: string | null = null;
    for (;;) {
      const page: PublicDecisionsQuery["publicDecisions"] = await decisions({ first: 7, after });
      expect(page.totalCount).toBe(5 + BULK + demoDecisions.length);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toHaveLength(5 + BULK + demoDecisions.length);
    expect(new Set(seen.map((d) => d.id)).size).toBe(5 + BULK + demoDecisions.length);
    const keys = seen.map((d) => [d.notifiedOn, Number(d.id)] as const);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? b[1] - a[1] : a[0] < b[0] ? 1 : -1));
    expect(keys).toEqual(sorted);
  });

  const invalid: [string, PublicDecisionsQueryVariables][] = [
    ["a page size over 100", { first: 101 }],
    ["a negative page size", { first: -1 }],
    ["a cursor that is not one", { after: "%%%" }],
    ["a cursor without a date", { after: Buffer.from(JSON.stringify(["hier", 3])).toString("base64url") }],
  ];
  for (const [what, variables] of invalid) {
    it(`${what} is BAD_USER_INPUT`, async () => {
      expect(errorCode(await h.run(PublicDecisionsDocument, variables))).toBe("BAD_USER_INPUT");
    });
  }

  it("the same number of SQL statements for a page of 1 and a page of 100", async () => {
    const count = async (first: number) => {
      const { result, counter } = await countQueries(() => h.run(PublicDecisionsDocument, { first }));
      expect(result.errors).toBeUndefined();
      return counter.count;
    };
    const small = await count(1);
    expect(await count(100)).toBe(small);
    expect(small).toBe(2);
  });
});
