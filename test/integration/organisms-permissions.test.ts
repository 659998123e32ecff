import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddEstablishmentDocument,
  AddIntervenantDocument,
  CloseEstablishmentDocument,
  RegisterMandateDocument,
  RemoveIntervenantDocument,
  ReportSituationChangeDocument,
  SetContactsDocument,
  UpdateIntervenantDocument,
  UpdateOrganismDocument,
} from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { ALPHA, BETA, organismTables, siretOf } from "./organisms.fixtures";

/** Every organism mutation against anonymous and every demo role, on Beta (whose Mandataire is Gamma). */

type Role = keyof typeof DEMO | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(DEMO) as (keyof typeof DEMO)[])];
const as = (role: Role) => (role === "anonymous" ? undefined : { email: DEMO[role] });

let h: Harness;
let counter = 0;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const next = () => (counter += 1);

async function betaId(): Promise<number> {
  return (await h.db.query("SELECT id FROM organism WHERE siren = ?", [BETA]))[0].id;
}

async function openSite(): Promise<string> {
  const { insertId } = await h.db.query(
    "INSERT INTO establishment (organism_id, siret, name, address, postal_code, city, registered_from) VALUES (?, NULL, 'Site', ?, '69002', 'Lyon', '2026-01-01')",
    [await betaId(), `${next()} rue de la République`],
  );
  return String(insertId);
}

async function anIntervenant(): Promise<string> {
  const { insertId } = await h.db.query(
    "INSERT INTO intervenant (organism_id, full_name, evaluator, trainer, qualifications) VALUES (?, 'Paul Lefort', 1, 0, 'CV')",
    [await betaId()],
  );
  return String(insertId);
}

interface Case {
  allowed: Role[];
  prepare(): Promise<string | undefined>;
  call(role: Role, arg: string | undefined): Promise<{ errors?: { message: string; extensions?: { code?: string } }[] }>;
}

const BETA_EDITORS: Role[] = ["betaAdmin", "gammaMandataire"];
const none = async () => undefined;
const intervenant = { fullName: "Paul Lefort", evaluator: false, trainer: true, qualifications: "Titre FPA", remoteReady: false };

const MATRIX: Record<string, Case> = {
  updateOrganism: {
    allowed: BETA_EDITORS,
    prepare: none,
    call: (role) => h.run(UpdateOrganismDocument, { siren: BETA, input: { legalForm: `Association ${next()}` } }, as(role)),
  },
  addEstablishment: {
    allowed: BETA_EDITORS,
    prepare: none,
    call: (role) =>
      h.run(AddEstablishmentDocument, { siren: BETA, input: { siret: siretOf(BETA, next()), name: "Agence", address: "2 rue Garibaldi", postalCode: "69003", city: "Lyon" } }, as(role)),
  },
  closeEstablishment: {
    allowed: BETA_EDITORS,
    prepare: openSite,
    call: (role, id) => h.run(CloseEstablishmentDocument, { id: id!, closedOn: "2026-12-31" }, as(role)),
  },
  setContacts: {
    allowed: BETA_EDITORS,
    prepare: none,
    call: (role) => h.run(SetContactsDocument, { siren: BETA, contacts: [{ fullName: "Karim Haddad", email: `karim${next()}@organisme-beta.demo` }] }, as(role)),
  },
  addIntervenant: {
    allowed: BETA_EDITORS,
    prepare: none,
    call: (role) => h.run(AddIntervenantDocument, { siren: BETA, input: intervenant }, as(role)),
  },
  updateIntervenant: {
    allowed: BETA_EDITORS,
    prepare: anIntervenant,
    call: (role, id) => h.run(UpdateIntervenantDocument, { id: id!, input: { ...intervenant, qualifications: `CV ${next()}` } }, as(role)),
  },
  removeIntervenant: {
    allowed: BETA_EDITORS,
    prepare: anIntervenant,
    call: (role, id) => h.run(RemoveIntervenantDocument, { id: id! }, as(role)),
  },
  reportSituationChange: {
    allowed: BETA_EDITORS,
    prepare: none,
    call: (role) => h.run(ReportSituationChangeDocument, { siren: BETA, kind: "MANAGERS", changedOn: "2026-01-15", description: "Nouveau président" }, as(role)),
  },
  registerMandate: {
    allowed: ["betaAdmin"],
    prepare: none,
    call: (role) =>
      h.run(RegisterMandateDocument, { siren: BETA, mandataireName: `Cabinet ${next()}`, proofReference: "Mandat signé", validFrom: "2026-01-01" }, as(role)),
  },
};

describe("organisms: every mutation × every role", () => {
  for (const [mutation, spec] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      const allowed = spec.allowed.includes(role);
      it(`HAB-2: ${mutation} as ${role} is ${allowed ? "allowed" : "refused with FORBIDDEN, nothing written"}`, async () => {
        const arg = await spec.prepare();
        const before = await organismTables(h.db);
        const result = await spec.call(role, arg);
        if (allowed) {
          expect(result.errors).toBeUndefined();
          const after = await organismTables(h.db);
          expect(after.organismState).not.toEqual(before.organismState);
          expect(Number(after.journal)).toBe(Number(before.journal) + 1);
        } else {
          expect(errorCode(result)).toBe("FORBIDDEN");
          expect(await organismTables(h.db)).toEqual(before);
        }
      });
    }
  }
});

describe("organisms: refusals say why", () => {
  it("an anonymous caller is told to authenticate", async () => {
    const result = await h.run(UpdateOrganismDocument, { siren: BETA, input: { name: "X" } });
    expect(result.errors![0].message).toMatch(/Authentification requise/);
  });

  it("INS-1, INS-2: Instances read organisms, never edit them", async () => {
    const result = await h.run(UpdateOrganismDocument, { siren: ALPHA, input: { name: "X" } }, as("certifProDecider"));
    expect(errorCode(result)).toBe("FORBIDDEN");
    expect(result.errors![0].message).toMatch(/les Instances les consultent sans les modifier/);
  });

  it("HAB-2: an organism never edits another, not even through an establishment or intervenant id", async () => {
    const site = await openSite();
    const person = await anIntervenant();
    const before = await organismTables(h.db);
    for (const result of [
      await h.run(UpdateOrganismDocument, { siren: BETA, input: { name: "X" } }, as("alphaAdmin")),
      await h.run(CloseEstablishmentDocument, { id: site, closedOn: "2026-12-31" }, as("alphaAdmin")),
      await h.run(RemoveIntervenantDocument, { id: person }, as("alphaAdmin")),
    ]) {
      expect(errorCode(result)).toBe("FORBIDDEN");
      expect(result.errors![0].message).toMatch(/Vous n'agissez pas pour l'organisme 841234560/);
    }
    expect(await organismTables(h.db)).toEqual(before);
  });

  it("HAB-2: a Mandataire does not register mandates, even for an organism it acts for", async () => {
    const result = await h.run(RegisterMandateDocument, { siren: BETA, mandataireName: "Conseil Gamma", proofReference: "p", validFrom: "2026-01-01" }, as("gammaMandataire"));
    expect(result.errors![0].message).toMatch(/Seul l'administrateur de l'organisme enregistre/);
  });

  it("HAB-2: a Mandataire whose mandate has ended edits nothing more", async () => {
    await h.db.query("UPDATE mandate m JOIN mandataire d ON d.id = m.mandataire_id SET m.valid_until = '2026-01-31' WHERE d.name = 'Conseil Gamma'");
    try {
      const before = await organismTables(h.db);
      const result = await h.run(UpdateOrganismDocument, { siren: BETA, input: { name: "X" } }, as("gammaMandataire"));
      expect(errorCode(result)).toBe("FORBIDDEN");
      expect(await organismTables(h.db)).toEqual(before);
    } finally {
      await h.db.query("UPDATE mandate SET valid_until = NULL");
    }
  });
});
