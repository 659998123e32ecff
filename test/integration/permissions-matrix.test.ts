import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ApproveContextualisationDocument,
  DraftReferentialVersionDocument,
  PublishReferentialVersionDocument,
  ReferentialDocument,
  RejectContextualisationDocument,
  SaveContextualisationDocument,
  SetReferentialWordingDocument,
  SetWordingDocument,
  StartContextualisationDocument,
  SubmitContextualisationDocument,
  type ContextualisationDocumentInput,
} from "../generated/graphql";
import { documentOf } from "../support/documents";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

/** Every mutation against anonymous and every demo role: allowed ones succeed, the others get FORBIDDEN and change nothing. */

type Role = keyof typeof DEMO | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(DEMO) as (keyof typeof DEMO)[])];

let h: Harness;
let document: ContextualisationDocumentInput;
let versionCounter = 0;

beforeAll(async () => {
  h = await startHarness();
  document = documentOf((await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT" })).data!.referential);
});
afterAll(async () => h.close());

const as = (role: Role) => (role === "anonymous" ? undefined : { email: DEMO[role] });

async function clearOpenWork() {
  await h.db.query(
    "DELETE w FROM contextualisation_wording w JOIN contextualisation c ON c.id = w.contextualisation_id WHERE c.status IN ('DRAFT', 'SUBMITTED')",
  );
  await h.db.query("DELETE FROM contextualisation WHERE status IN ('DRAFT', 'SUBMITTED')");
  await h.db.query("DELETE i FROM referential_item i JOIN referential_version v ON v.id = i.referential_version_id WHERE v.status = 'DRAFT'");
  await h.db.query("DELETE FROM referential_version WHERE status = 'DRAFT'");
}

async function draftOfProprete(): Promise<string> {
  const started = await h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT" }, { email: DEMO.propreteDecider });
  return started.data!.startContextualisation.id;
}

async function submittedOfProprete(): Promise<string> {
  const id = await draftOfProprete();
  await h.run(SubmitContextualisationDocument, { contextualisation: id }, { email: DEMO.propreteDecider });
  return id;
}

/** A future date unique to each case: publications must follow one another (REF-3). */
function nextFutureVersion(): string {
  versionCounter += 1;
  return new Date(Date.UTC(2100, 0, versionCounter)).toISOString().slice(0, 10);
}

async function draftVersion(): Promise<string> {
  const version = nextFutureVersion();
  await h.run(DraftReferentialVersionDocument, { certification: "CLEA_MANAGEMENT", version, effectiveFrom: version }, { email: DEMO.certifProDecider });
  return version;
}

const tableCounts = async () =>
  (await h.db.query(
    `SELECT (SELECT COUNT(*) FROM contextualisation) AS c, (SELECT COUNT(*) FROM contextualisation_wording) AS w,
            (SELECT COUNT(*) FROM referential_version) AS v, (SELECT SUM(row_version) FROM contextualisation) AS cv,
            (SELECT SUM(row_version) FROM referential_version) AS vv, (SELECT COUNT(*) FROM journal_entry) AS j`,
  ))[0];

interface Case<A> {
  allowed: Role[];
  /** Makes the state in which an allowed caller would succeed. */
  prepare(): Promise<A>;
  call(role: Role, args: A): Promise<{ errors?: { extensions?: { code?: string } }[] }>;
}

const CPNE_EDITORS: Role[] = ["propreteDecider", "propreteStaff"];
const CERTIF_PRO_DECIDER: Role[] = ["certifProDecider"];
const none = async () => undefined;

const MATRIX: Record<string, Case<any>> = {
  startContextualisation: {
    allowed: CPNE_EDITORS,
    prepare: none,
    call: (role) => h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT" }, as(role)),
  },
  setWording: {
    allowed: CPNE_EDITORS,
    prepare: draftOfProprete,
    call: (role, id: string) => h.run(SetWordingDocument, { contextualisation: id, target: "1-1.1", text: "Sait identifier les orientations du client" }, as(role)),
  },
  saveContextualisation: {
    allowed: CPNE_EDITORS,
    prepare: draftOfProprete,
    call: (role, id: string) => h.run(SaveContextualisationDocument, { contextualisation: id, document }, as(role)),
  },
  submitContextualisation: {
    allowed: CPNE_EDITORS,
    prepare: draftOfProprete,
    call: (role, id: string) => h.run(SubmitContextualisationDocument, { contextualisation: id }, as(role)),
  },
  approveContextualisation: {
    allowed: CERTIF_PRO_DECIDER,
    prepare: submittedOfProprete,
    call: (role, id: string) => h.run(ApproveContextualisationDocument, { contextualisation: id }, as(role)),
  },
  rejectContextualisation: {
    allowed: CERTIF_PRO_DECIDER,
    prepare: submittedOfProprete,
    call: (role, id: string) => h.run(RejectContextualisationDocument, { contextualisation: id, reason: "Libellés trop éloignés." }, as(role)),
  },
  draftReferentialVersion: {
    allowed: CERTIF_PRO_DECIDER,
    prepare: async () => nextFutureVersion(),
    call: (role, version: string) => h.run(DraftReferentialVersionDocument, { certification: "CLEA_MANAGEMENT", version, effectiveFrom: version }, as(role)),
  },
  setReferentialWording: {
    allowed: CERTIF_PRO_DECIDER,
    prepare: draftVersion,
    call: (role, version: string) => h.run(SetReferentialWordingDocument, { certification: "CLEA_MANAGEMENT", version, target: "1", text: "Organiser l'activité" }, as(role)),
  },
  publishReferentialVersion: {
    allowed: CERTIF_PRO_DECIDER,
    prepare: draftVersion,
    call: (role, version: string) => h.run(PublishReferentialVersionDocument, { certification: "CLEA_MANAGEMENT", version }, as(role)),
  },
};

describe("permission matrix: every mutation × every role", () => {
  for (const [mutation, spec] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      const allowed = spec.allowed.includes(role);
      it(`INS-1/INS-2: ${mutation} as ${role} is ${allowed ? "allowed" : "refused with FORBIDDEN"}`, async () => {
        await clearOpenWork();
        const args = await spec.prepare();
        const before = await tableCounts();
        const result = await spec.call(role, args);
        if (allowed) {
          expect(result.errors).toBeUndefined();
          expect(await tableCounts()).not.toEqual(before);
        } else {
          expect(errorCode(result)).toBe("FORBIDDEN");
          expect(await tableCounts()).toEqual(before);
        }
      });
    }
  }

  it("INS-3: a CPNE never edits another CPNE's draft, even as its decision maker", async () => {
    await clearOpenWork();
    const id = await draftOfProprete();
    const result = await h.run(SetWordingDocument, { contextualisation: id, target: "1", text: "x" }, { email: DEMO.metallurgieDecider });
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect(result.errors![0].message).toMatch(/CPNE concernée/);
  });

  it("an anonymous caller is told to authenticate", async () => {
    const result = await h.run(StartContextualisationDocument, { context: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT" });
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect(result.errors![0].message).toMatch(/Authentification requise/);
  });
});
