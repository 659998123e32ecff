import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuditDocument,
  AuditsDocument,
  CancelAuditDocument,
  DecideAfterAuditDocument,
  HabilitationStandingDocument,
  NotifyAuditDecisionDocument,
  OrderAuditDocument,
  RecordAuditRefusalDocument,
  RecordAuditReportDocument,
  RescheduleAuditDocument,
  SendAuditObservationsDocument,
} from "../generated/graphql";
import { errorCode, startHarness, type Harness } from "../support/harness";
import { BETA } from "../support/identifiers";
import { as, betaHabilitation, must, OUTSIDE_AUDITOR, REPORT_WITH_RESERVATIONS } from "../support/oversight";

/** AUD-1…AUD-3 end to end on a real database, dates replayed on the French calendar (Christmas, New Year). */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

async function orderedAudit(habilitation: string, by = as.cpDecider, auditor: { kind: "PROVIDER" | "CERTIF_PRO_MEMBER" | "CPNE_MEMBER" | "INSTANCE_STAFF"; name?: string; userEmail?: string } = OUTSIDE_AUDITOR) {
  h.clock.set("2025-12-01");
  return must(await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor }, by)).orderAudit;
}

const journalOf = async (subjectType: string, id: string) =>
  (await h.db.query("SELECT action, from_state AS fromState, to_state AS toState, actor_email AS actor, subject_instance_code AS instance FROM journal_entry WHERE subject_type = ? AND subject_id = ? ORDER BY id", [subjectType, id])) as {
    action: string;
    fromState: string | null;
    toState: string | null;
    actor: string;
    instance: string;
  }[];

describe("an audit that keeps the habilitation (AUD-1, AUD-2, AUD-3)", () => {
  it("AUD-3: ordered, reported, decided once the 15 working days are over, notified within 15 working days of the meeting", async () => {
    const habilitation = await betaHabilitation(h);
    const ordered = await orderedAudit(habilitation);
    expect(ordered).toMatchObject({
      phase: "ORDERED",
      mode: "ON_SITE",
      orderingInstanceCode: "CERTIF_PRO",
      grantingInstanceCode: "CERTIF_PRO",
      auditor: { kind: "PROVIDER", name: "Cabinet Audit Conseil", userEmail: null },
      pendingStep: { rule: "AUD_REPORT", dueOn: null, waitingFor: "AUDITOR", overdue: false },
      allowedActions: ["RESCHEDULE", "CANCEL", "RECORD_REFUSAL", "RECORD_REPORT"],
    });

    h.clock.set("2025-12-15");
    const reported = must(await h.run(RecordAuditReportDocument, { audit: ordered.id, opinion: "FAVOURABLE", anomalies: [] }, as.cpProvider)).recordAuditReport;
    // 15 working days from 15 December 2025, over Christmas and New Year's Day: 7 January 2026.
    expect(reported).toMatchObject({
      phase: "OBSERVATIONS_PERIOD",
      report: { opinion: "FAVOURABLE", presentedOn: "2025-12-15", observationsDue: "2026-01-07", anomalies: [] },
      pendingStep: { rule: "AUD_OBSERVATIONS", dueOn: "2026-01-07", waitingFor: "ORGANISM" },
    });

    h.clock.set("2026-01-07");
    const early = await h.run(DecideAfterAuditDocument, { audit: ordered.id, outcome: "KEEP", meetingOn: "2026-01-07", reason: "Aucune anomalie." }, as.cpDecider);
    expect(errorCode(early)).toBe("BAD_USER_INPUT");
    expect(early.errors![0].extensions).toMatchObject({ reason: "TOO_EARLY" });
    expect(early.errors![0].message).toContain("soit à partir du 2026-01-08");

    h.clock.set("2026-01-08");
    const decided = must(await h.run(DecideAfterAuditDocument, { audit: ordered.id, outcome: "KEEP", meetingOn: "2026-01-08", reason: "Aucune anomalie relevée." }, as.cpDecider)).decideAfterAudit;
    expect(decided).toMatchObject({
      phase: "DECIDED_KEEP",
      decision: { outcome: "KEEP", meetingOn: "2026-01-08", followsOpinion: true, notificationDue: "2026-01-29", notifiedOn: null },
      pendingStep: { rule: "AUD_NOTIFICATION", dueOn: "2026-01-29", waitingFor: "AGENT", overdue: false },
    });

    h.clock.set("2026-01-29");
    const notified = must(await h.run(NotifyAuditDecisionDocument, { audit: ordered.id }, as.cpStaff)).notifyAuditDecision;
    expect(notified).toMatchObject({ phase: "KEPT", decision: { notifiedOn: "2026-01-29", late: false }, pendingStep: null, procedure: null });
    expect(notified.habilitation.status).toBe("ACTIVE");

    expect(await journalOf("AUDIT", ordered.id)).toEqual([
      { action: "AUDIT_ORDERED", fromState: null, toState: "ORDERED", actor: "decideur@certifpro.demo", instance: "CERTIF_PRO" },
      { action: "AUDIT_REPORT_RECORDED", fromState: "ORDERED", toState: "OBSERVATIONS_PERIOD", actor: "prestataire@certifpro.demo", instance: "CERTIF_PRO" },
      { action: "AUDIT_DECIDED", fromState: "AWAITING_DECISION", toState: "DECIDED_KEEP", actor: "decideur@certifpro.demo", instance: "CERTIF_PRO" },
      { action: "AUDIT_DECISION_NOTIFIED", fromState: "DECIDED_KEEP", toState: "KEPT", actor: "instructeur@certifpro.demo", instance: "CERTIF_PRO" },
    ]);
  });

  it("AUD-3: observations sent in time move the file to the decision; after the 15 working days they are LATE", async () => {
    const habilitation = await betaHabilitation(h);
    const { id } = await orderedAudit(habilitation);
    h.clock.set("2025-12-15");
    must(await h.run(RecordAuditReportDocument, { audit: id, opinion: "FAVOURABLE_WITH_RESERVATIONS", anomalies: REPORT_WITH_RESERVATIONS }, as.cpStaff));
    h.clock.set("2026-01-08");
    const late = await h.run(SendAuditObservationsDocument, { audit: id, text: "Les dossiers sont complétés." }, as.mandataire);
    expect(late.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LATE" });
    expect(late.errors![0].message).toContain("a expiré le 2026-01-07");

    const again = await betaHabilitation(h);
    const second = await orderedAudit(again);
    h.clock.set("2025-12-15");
    must(await h.run(RecordAuditReportDocument, { audit: second.id, opinion: "FAVOURABLE_WITH_RESERVATIONS", anomalies: REPORT_WITH_RESERVATIONS }, as.cpStaff));
    h.clock.set("2026-01-07");
    const sent = must(await h.run(SendAuditObservationsDocument, { audit: second.id, text: "Les deux dossiers sont complétés (pièces 3 et 4)." }, as.mandataire)).sendAuditObservations;
    expect(sent).toMatchObject({ phase: "AWAITING_DECISION", observations: { sentOn: "2026-01-07", text: "Les deux dossiers sont complétés (pièces 3 et 4)." } });
    // Decided at a meeting held since the observations came in.
    const decided = must(await h.run(DecideAfterAuditDocument, { audit: second.id, outcome: "KEEP", meetingOn: "2026-01-07", reason: "Réserves levées." }, as.cpDecider)).decideAfterAudit;
    expect(decided.decision).toMatchObject({ followsOpinion: false, notificationDue: "2026-01-28" });
    h.clock.set("2026-01-30");
    const notified = must(await h.run(NotifyAuditDecisionDocument, { audit: second.id }, as.cpProvider)).notifyAuditDecision;
    expect(notified.decision).toMatchObject({ notifiedOn: "2026-01-30", late: true });
  });

  it("AUD-1: before the report, the audit is moved or called off; one open audit at a time", async () => {
    const habilitation = await betaHabilitation(h);
    const { id } = await orderedAudit(habilitation);
    const second = await h.run(OrderAuditDocument, { habilitation, mode: "ON_DOCUMENTS", scheduledOn: "2025-12-12", auditor: OUTSIDE_AUDITOR }, as.cpDecider);
    expect(second.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ALREADY_OPEN" });
    const moved = must(await h.run(RescheduleAuditDocument, { audit: id, mode: "ON_DOCUMENTS", scheduledOn: "2025-12-17" }, as.cpStaff)).rescheduleAudit;
    expect(moved).toMatchObject({ phase: "ORDERED", mode: "ON_DOCUMENTS", scheduledOn: "2025-12-17" });
    h.clock.set("2025-12-16");
    const tooEarly = await h.run(RecordAuditReportDocument, { audit: id, opinion: "FAVOURABLE", anomalies: [] }, as.cpStaff);
    expect(tooEarly.errors![0].extensions).toMatchObject({ reason: "TOO_EARLY" });
    const cancelled = must(await h.run(CancelAuditDocument, { audit: id, reason: "Audit ordonné par erreur." }, as.cpDecider)).cancelAudit;
    expect(cancelled).toMatchObject({ phase: "CANCELLED", cancelledOn: "2025-12-16", cancellationReason: "Audit ordonné par erreur.", allowedActions: [] });
    must(await h.run(OrderAuditDocument, { habilitation, mode: "ON_DOCUMENTS", scheduledOn: "2025-12-18", auditor: OUTSIDE_AUDITOR }, as.cpDecider));
  });

  it("WDR-1: the refusal is recorded with its receipt date, not before the order nor in the future", async () => {
    const habilitation = await betaHabilitation(h);
    const { id } = await orderedAudit(habilitation);
    h.clock.set("2025-12-08");
    expect((await h.run(RecordAuditRefusalDocument, { audit: id, kind: "WRITTEN", on: "2025-11-28" }, as.cpStaff)).errors![0].extensions).toMatchObject({ reason: "INVALID" });
    expect((await h.run(RecordAuditRefusalDocument, { audit: id, kind: "WRITTEN", on: "2025-12-09" }, as.cpStaff)).errors![0].extensions).toMatchObject({ reason: "INVALID" });
    const refused = must(await h.run(RecordAuditRefusalDocument, { audit: id, kind: "WRITTEN", on: "2025-12-05" }, as.cpStaff)).recordAuditRefusal;
    expect(refused).toMatchObject({ phase: "REFUSED", refusal: { kind: "WRITTEN", on: "2025-12-05" }, pendingStep: { rule: "AUD_REFUSAL_DECISION", waitingFor: "DECIDER" } });
    expect(refused.habilitation.status).toBe("ACTIVE");
  });
});

describe("Certif Pro audits a CPNE's habilitation (CTX-5, INS-1)", () => {
  it("CTX-5: Certif Pro orders and runs the audit; the granting CPNE decides; another CPNE sees nothing", async () => {
    const habilitation = await betaHabilitation(h, "CPNE_PROPRETE");
    const ordered = await orderedAudit(habilitation, as.cpDecider, { kind: "PROVIDER", userEmail: "prestataire@certifpro.demo" });
    expect(ordered).toMatchObject({ orderingInstanceCode: "CERTIF_PRO", grantingInstanceCode: "CPNE_PROPRETE", auditor: { userEmail: "prestataire@certifpro.demo", name: "Prestataire de Certif Pro" } });

    h.clock.set("2025-12-10");
    must(await h.run(RecordAuditReportDocument, { audit: ordered.id, opinion: "FAVOURABLE", anomalies: [] }, as.cpProvider));
    h.clock.set("2026-01-05");
    const byCertifPro = await h.run(DecideAfterAuditDocument, { audit: ordered.id, outcome: "KEEP", meetingOn: "2026-01-05", reason: "RAS" }, as.cpDecider);
    expect(errorCode(byCertifPro)).toBe("FORBIDDEN");
    expect(byCertifPro.errors![0].message).toContain("Seule l'Instance qui a délivré l'habilitation décide après un audit");
    const decided = must(await h.run(DecideAfterAuditDocument, { audit: ordered.id, outcome: "KEEP", meetingOn: "2026-01-05", reason: "Aucune anomalie." }, as.prDecider)).decideAfterAudit;
    expect(decided.phase).toBe("DECIDED_KEEP");

    expect(errorCode(await h.run(AuditDocument, { id: ordered.id }, as.meDecider))).toBe("NOT_FOUND");
    expect(must(await h.run(AuditsDocument, { filter: { organism: BETA } }, as.meDecider)).audits.totalCount).toBe(0);
    expect(errorCode(await h.run(AuditDocument, { id: ordered.id }, as.other))).toBe("NOT_FOUND");
    for (const reader of [as.mandataire, as.organism, as.prStaff, as.cpStaff]) {
      expect(must(await h.run(AuditDocument, { id: ordered.id }, reader)).audit.report?.opinion).toBe("FAVOURABLE");
    }
    expect(errorCode(await h.run(AuditDocument, { id: ordered.id }))).toBe("FORBIDDEN");
    const standing = must(await h.run(HabilitationStandingDocument, { id: habilitation }, as.meDecider)).habilitation;
    expect(standing.oversight).toEqual({ audits: [], procedures: [], withdrawals: [] });
    expect(must(await h.run(HabilitationStandingDocument, { id: habilitation })).habilitation.oversight).toBeNull();
  });

  it("AUD-1: the auditor must hold the place the order names", async () => {
    const habilitation = await betaHabilitation(h);
    h.clock.set("2025-12-01");
    const wrong = await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: { kind: "PROVIDER", userEmail: "prestataire@cpne-proprete.demo" } }, as.cpDecider);
    expect(wrong.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID" });
    const both = await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: { kind: "PROVIDER", userEmail: "prestataire@certifpro.demo", name: "X" } }, as.cpDecider);
    expect(errorCode(both)).toBe("BAD_USER_INPUT");
    const unknown = await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: { kind: "PROVIDER", userEmail: "personne@nulle-part.demo" } }, as.cpDecider);
    expect(errorCode(unknown)).toBe("BAD_USER_INPUT");
    const cpneMember = must(await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: { kind: "CPNE_MEMBER", userEmail: "decideur@cpne-metallurgie.demo" } }, as.cpDecider)).orderAudit;
    // The named auditor reads the audit and records its report, and nothing else of the file.
    h.clock.set("2025-12-10");
    const reported = must(await h.run(RecordAuditReportDocument, { audit: cpneMember.id, opinion: "FAVOURABLE", anomalies: [] }, as.meDecider)).recordAuditReport;
    expect(reported.phase).toBe("OBSERVATIONS_PERIOD");
    expect(reported.allowedActions).toEqual([]);
  });
});
