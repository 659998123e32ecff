import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  CancelAuditDocument,
  DecideAfterAuditDocument,
  DecideAuditRefusalWithdrawalDocument,
  DecideEdofWithdrawalDocument,
  DecideOnJustificationDocument,
  DecideRelapseWithdrawalDocument,
  NotifyAuditDecisionDocument,
  NotifyFormalNoticeDocument,
  NotifyProcedureDecisionDocument,
  NotifyWithdrawalDocument,
  OpenComplianceProcedureDocument,
  OrderAuditDocument,
  RecordAuditRefusalDocument,
  RecordAuditReportDocument,
  RescheduleAuditDocument,
  ReviseFormalNoticeDocument,
  SendAuditObservationsDocument,
  SendJustificationDocument,
} from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { betaHabilitation, must, NOTICE, oversightCounts } from "../support/oversight";

/**
 * Every oversight mutation against anonymous, every demo role, a user named auditor who is otherwise a stranger to the
 * file, and a Mandataire without Beta's mandate (INS-1, INS-2, CTX-5, AUD-1). Case A: Certif Pro granted the
 * habilitation and audits it. Case B: the CPNE Propreté granted it and Certif Pro audits it (CTX-5): the audit is run by
 * Certif Pro, every decision stays with the CPNE.
 */

const EXTRA = { auditor: "auditeur@cpne-metallurgie.demo", strangerMandataire: "mandataire@conseil-omega.demo" } as const;
type Role = keyof typeof DEMO | keyof typeof EXTRA | "anonymous";
const ROLES: Role[] = ["anonymous", ...(Object.keys(DEMO) as (keyof typeof DEMO)[]), ...(Object.keys(EXTRA) as (keyof typeof EXTRA)[])];
const emailOf = (role: Exclude<Role, "anonymous">) => (role in DEMO ? DEMO[role as keyof typeof DEMO] : EXTRA[role as keyof typeof EXTRA]);
const as = (role: Role) => (role === "anonymous" ? undefined : { email: emailOf(role) });

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.db.query(
    "INSERT INTO app_user (email, display_name, role, instance_id, active) VALUES (?, 'Auditrice de la CPNE Métallurgie', 'STAFF', (SELECT id FROM instance WHERE code = 'CPNE_METALLURGIE'), 1)",
    [EXTRA.auditor],
  );
  const mandataire = await h.db.query("INSERT INTO mandataire (name) VALUES ('Conseil Oméga')");
  await h.db.query("INSERT INTO app_user (email, display_name, role, mandataire_id, active) VALUES (?, 'Mandataire Oméga', 'MANDATAIRE', ?, 1)", [EXTRA.strangerMandataire, mandataire.insertId]);
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const ORGANISM: Role[] = ["betaAdmin", "gammaMandataire"];
const CP_SIDE: Role[] = ["certifProDecider", "certifProStaff", "certifProProvider"];
const PR_SIDE: Role[] = ["propreteDecider", "propreteStaff", "propreteProvider"];

type Result = { errors?: { extensions?: { code?: unknown } }[] };
interface Case {
  allowed: Role[];
  prepare(): Promise<string>;
  call(role: Role, id: string): Promise<Result>;
}

function matrix(instance: "CERTIF_PRO" | "CPNE_PROPRETE"): Record<string, Case> {
  const granting = instance === "CERTIF_PRO" ? CP_SIDE : PR_SIDE;
  const decider = { email: instance === "CERTIF_PRO" ? DEMO.certifProDecider : DEMO.propreteDecider };
  const agent = { email: instance === "CERTIF_PRO" ? DEMO.certifProStaff : DEMO.propreteStaff };
  const cp = { decider: { email: DEMO.certifProDecider }, staff: { email: DEMO.certifProStaff } };

  /** An audit ordered by Certif Pro on 1 December 2025, the auditor being a stranger to the file otherwise. */
  const ordered = async (then: string) => {
    const habilitation = await betaHabilitation(h, instance);
    h.clock.set("2025-12-01");
    const { orderAudit } = must(await 
      h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: { kind: "CPNE_MEMBER", userEmail: EXTRA.auditor } }, cp.decider),
    );
    h.clock.set(then);
    return orderAudit.id as string;
  };
  const reported = async (then: string) => {
    const id = await ordered("2025-12-15");
    must(await h.run(RecordAuditReportDocument, { audit: id, opinion: "FAVOURABLE", anomalies: [] }, cp.staff));
    h.clock.set(then);
    return id;
  };
  const refused = async (then: string) => {
    const id = await ordered("2025-12-08");
    must(await h.run(RecordAuditRefusalDocument, { audit: id, kind: "WRITTEN", on: "2025-12-05" }, cp.staff));
    h.clock.set(then);
    return id;
  };
  const decided = async () => {
    const id = await reported("2026-01-08");
    must(await h.run(DecideAfterAuditDocument, { audit: id, outcome: "KEEP", meetingOn: "2026-01-08", reason: "RAS" }, decider));
    h.clock.set("2026-01-09");
    return id;
  };
  const habilitationOn = async (then: string) => {
    const id = await betaHabilitation(h, instance);
    h.clock.set(then);
    return id;
  };
  /** A procedure on a finding, opened on 20 April 2026 by the granting Instance. */
  const opened = async (notify: boolean, then: string) => {
    const habilitation = await habilitationOn("2026-04-20");
    const { openComplianceProcedure } = must(await h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Constat.", notice: NOTICE }, decider));
    if (notify) must(await h.run(NotifyFormalNoticeDocument, { procedure: openComplianceProcedure.id }, agent));
    h.clock.set(then);
    return openComplianceProcedure.id as string;
  };
  const justified = async (then: string) => {
    const id = await opened(true, "2026-05-04");
    must(await h.run(SendJustificationDocument, { procedure: id, text: "Mesures." }, { email: DEMO.betaAdmin }));
    h.clock.set(then);
    return id;
  };
  const edofDecided = async () => {
    const habilitation = await habilitationOn("2026-03-02");
    const { decideEdofWithdrawal } = must(await h.run(DecideEdofWithdrawalDocument, { habilitation, alert: EDOF, reason: "Alerte." }, decider));
    h.clock.set("2026-03-03");
    return decideEdofWithdrawal.id as string;
  };

  return {
    orderAudit: {
      allowed: instance === "CERTIF_PRO" ? ["certifProDecider"] : ["certifProDecider", "propreteDecider"],
      prepare: () => habilitationOn("2025-12-01"),
      call: (r, id) => h.run(OrderAuditDocument, { habilitation: id, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: { kind: "PROVIDER", name: "Cabinet Audit Conseil" } }, as(r)),
    },
    rescheduleAudit: { allowed: CP_SIDE, prepare: () => ordered("2025-12-02"), call: (r, id) => h.run(RescheduleAuditDocument, { audit: id, mode: "ON_DOCUMENTS", scheduledOn: "2025-12-12" }, as(r)) },
    cancelAudit: { allowed: ["certifProDecider"], prepare: () => ordered("2025-12-02"), call: (r, id) => h.run(CancelAuditDocument, { audit: id, reason: "Ordonné par erreur." }, as(r)) },
    recordAuditRefusal: { allowed: CP_SIDE, prepare: () => ordered("2025-12-08"), call: (r, id) => h.run(RecordAuditRefusalDocument, { audit: id, kind: "WRITTEN", on: "2025-12-05" }, as(r)) },
    recordAuditReport: {
      allowed: [...CP_SIDE, "auditor"],
      prepare: () => ordered("2025-12-15"),
      call: (r, id) => h.run(RecordAuditReportDocument, { audit: id, opinion: "FAVOURABLE", anomalies: [] }, as(r)),
    },
    sendAuditObservations: { allowed: ORGANISM, prepare: () => reported("2026-01-05"), call: (r, id) => h.run(SendAuditObservationsDocument, { audit: id, text: "Observations." }, as(r)) },
    decideAfterAudit: {
      allowed: [granting[0]],
      prepare: () => reported("2026-01-08"),
      call: (r, id) => h.run(DecideAfterAuditDocument, { audit: id, outcome: "KEEP", meetingOn: "2026-01-08", reason: "Aucune anomalie." }, as(r)),
    },
    notifyAuditDecision: { allowed: granting, prepare: decided, call: (r, id) => h.run(NotifyAuditDecisionDocument, { audit: id }, as(r)) },
    decideAuditRefusalWithdrawal: {
      allowed: [granting[0]],
      prepare: () => refused("2025-12-10"),
      call: (r, id) => h.run(DecideAuditRefusalWithdrawalDocument, { audit: id, reason: "Refus d'audit." }, as(r)),
    },
    openComplianceProcedure: {
      allowed: [granting[0]],
      prepare: () => habilitationOn("2026-04-20"),
      call: (r, id) => h.run(OpenComplianceProcedureDocument, { habilitation: id, finding: "Constat motivé.", notice: NOTICE }, as(r)),
    },
    reviseFormalNotice: {
      allowed: [granting[0]],
      prepare: () => opened(false, "2026-04-20"),
      call: (r, id) => h.run(ReviseFormalNoticeDocument, { procedure: id, notice: { ...NOTICE, withdrawalOn: "2026-06-16" } }, as(r)),
    },
    notifyFormalNotice: { allowed: granting, prepare: () => opened(false, "2026-04-20"), call: (r, id) => h.run(NotifyFormalNoticeDocument, { procedure: id }, as(r)) },
    sendJustification: { allowed: ORGANISM, prepare: () => opened(true, "2026-05-04"), call: (r, id) => h.run(SendJustificationDocument, { procedure: id, text: "Mesures correctives." }, as(r)) },
    decideOnJustification: {
      allowed: [granting[0]],
      prepare: () => justified("2026-05-05"),
      call: (r, id) => h.run(DecideOnJustificationDocument, { procedure: id, outcome: "WITHDRAWAL", reason: "Insuffisant." }, as(r)),
    },
    notifyProcedureDecision: {
      allowed: granting,
      prepare: async () => {
        const id = await justified("2026-05-05");
        must(await h.run(DecideOnJustificationDocument, { procedure: id, outcome: "WITHDRAWAL", reason: "Insuffisant." }, decider));
        h.clock.set("2026-05-06");
        return id;
      },
      call: (r, id) => h.run(NotifyProcedureDecisionDocument, { procedure: id }, as(r)),
    },
    decideRelapseWithdrawal: {
      allowed: [granting[0]],
      prepare: async () => {
        await justified("2026-07-01");
        return (await h.db.query("SELECT habilitation_id AS id FROM compliance_procedure ORDER BY id DESC LIMIT 1"))[0].id.toString();
      },
      call: (r, id) => h.run(DecideRelapseWithdrawalDocument, { habilitation: id, findingOn: "2026-07-01", finding: "Nouveau manquement.", reason: "Récidive." }, as(r)),
    },
    decideEdofWithdrawal: {
      allowed: [granting[0]],
      prepare: () => habilitationOn("2026-03-02"),
      call: (r, id) => h.run(DecideEdofWithdrawalDocument, { habilitation: id, alert: EDOF, reason: "Alerte." }, as(r)),
    },
    notifyWithdrawal: { allowed: granting, prepare: edofDecided, call: (r, id) => h.run(NotifyWithdrawalDocument, { withdrawal: id }, as(r)) },
  };
}

const EDOF = { source: "FRANCE_COMPETENCES" as const, reference: "FC-2026-001", level: "Retrait de l'offre", receivedOn: "2026-02-27" };

/** Case B covers what changes when Certif Pro audits a CPNE's habilitation: the audit steps, and one procedure step. */
const CASE_B = ["orderAudit", "rescheduleAudit", "cancelAudit", "recordAuditRefusal", "recordAuditReport", "sendAuditObservations", "decideAfterAudit", "notifyAuditDecision", "decideAuditRefusalWithdrawal", "openComplianceProcedure", "notifyFormalNotice"];

for (const [label, instance] of [["A: Certif Pro's habilitation", "CERTIF_PRO"], ["B: the CPNE Propreté's habilitation, audited by Certif Pro", "CPNE_PROPRETE"]] as const) {
  describe(`oversight permission matrix, case ${label}`, () => {
    const cases = matrix(instance);
    for (const [mutation, spec] of Object.entries(cases)) {
      if (instance === "CPNE_PROPRETE" && !CASE_B.includes(mutation)) continue;
      // A refused call changes nothing, so the refused roles share one prepared file.
      let shared: string | null = null;
      for (const role of ROLES) {
        const allowed = spec.allowed.includes(role);
        it(`INS-1/INS-2/CTX-5: ${mutation} as ${role} is ${allowed ? "allowed" : "refused with FORBIDDEN"}`, async () => {
          const id = allowed ? await spec.prepare() : (shared ??= await spec.prepare());
          const before = await oversightCounts(h);
          const result = await spec.call(role, id);
          if (allowed) {
            expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
            expect(await oversightCounts(h)).not.toEqual(before);
            shared = null;
          } else {
            expect(errorCode(result), JSON.stringify(result.errors)).toBe("FORBIDDEN");
            expect(await oversightCounts(h)).toEqual(before);
          }
        });
      }
    }
  });
}
