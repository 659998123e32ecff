import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ComplianceProcedureDocument,
  DecideAfterAuditDocument,
  DecideOnJustificationDocument,
  EvaluationRightDocument,
  HabilitationStandingDocument,
  NotifyAuditDecisionDocument,
  NotifyFormalNoticeDocument,
  NotifyProcedureDecisionDocument,
  OpenComplianceProcedureDocument,
  OrderAuditDocument,
  RecordAuditReportDocument,
  ReviseFormalNoticeDocument,
  SendAuditObservationsDocument,
  SendJustificationDocument,
} from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { certifyOnce } from "../support/evaluations";
import { BETA } from "../support/identifiers";
import { as, betaHabilitation, must, NOTICE, OUTSIDE_AUDITOR, oversightCounts, REPORT_UNFAVOURABLE, REPORT_WITH_RESERVATIONS } from "../support/oversight";

/**
 * CMP-1…CMP-4 end to end: a procedure opened by an audit decision or on a finding, its formal notice, the justification
 * and the Instance's decision, on the 2026 calendar (Easter Monday 6 April, 1 and 8 May, Ascension 14 May, Whit Monday
 * 25 May, 14 July).
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const standing = async (habilitation: string) => must(await h.run(HabilitationStandingDocument, { id: habilitation })).habilitation;
const procedure = async (id: string) => must(await h.run(ComplianceProcedureDocument, { id }, as.cpStaff)).complianceProcedure;

/** An audit of Beta's habilitation, reported on 15 December 2025, observations in on 7 January 2026. */
async function auditAwaitingDecision(unfavourable: boolean) {
  const habilitation = await betaHabilitation(h);
  h.clock.set("2025-12-01");
  const { id } = must(await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: OUTSIDE_AUDITOR }, as.cpDecider)).orderAudit;
  h.clock.set("2025-12-15");
  const anomalies = unfavourable ? REPORT_UNFAVOURABLE : REPORT_WITH_RESERVATIONS;
  must(await h.run(RecordAuditReportDocument, { audit: id, opinion: unfavourable ? "UNFAVOURABLE" : "FAVOURABLE_WITH_RESERVATIONS", anomalies }, as.cpProvider));
  h.clock.set("2026-01-07");
  must(await h.run(SendAuditObservationsDocument, { audit: id, text: "Nous contestons le constat : voir pièces jointes." }, as.mandataire));
  return { habilitation, audit: id };
}

/** The procedure the audit decision of 27 March 2026 opens, notified with it on 20 April (formal notice: withdrawal on 15 June). */
async function procedureAwaitingJustification(suspension: boolean) {
  const { habilitation, audit } = await auditAwaitingDecision(suspension);
  h.clock.set("2026-03-27");
  const decided = must(
    await h.run(DecideAfterAuditDocument, { audit, outcome: "OPEN_PROCEDURE", meetingOn: "2026-03-27", reason: "Anomalies confirmées.", notice: { ...NOTICE, suspension } }, as.cpDecider),
  ).decideAfterAudit;
  h.clock.set("2026-04-20");
  must(await h.run(NotifyAuditDecisionDocument, { audit }, as.cpStaff));
  return { habilitation, audit, procedure: decided.procedure!.id };
}

describe("a procedure opened by an audit decision (AUD-3, CMP-1, CMP-2)", () => {
  it("AUD-2, CMP-1: without suspension; the notice goes out with the decision and must still leave 30 working days", async () => {
    const { habilitation, audit } = await auditAwaitingDecision(false);
    h.clock.set("2026-01-08");
    const again = await h.run(SendAuditObservationsDocument, { audit, text: "Encore" }, as.mandataire);
    expect(again.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "WRONG_STATE" });

    h.clock.set("2026-03-27");
    const noNotice = await h.run(DecideAfterAuditDocument, { audit, outcome: "OPEN_PROCEDURE", meetingOn: "2026-03-27", reason: "Anomalies." }, as.cpDecider);
    expect(errorCode(noNotice)).toBe("BAD_USER_INPUT");
    const decided = must(
      await h.run(
        DecideAfterAuditDocument,
        { audit, outcome: "OPEN_PROCEDURE", meetingOn: "2026-03-27", reason: "Anomalies mineures confirmées.", notice: { ...NOTICE, withdrawalOn: "2026-05-14" } },
        as.cpDecider,
      ),
    ).decideAfterAudit;
    // 15 working days from 27 March 2026, over Easter Monday: 20 April.
    expect(decided).toMatchObject({ phase: "DECIDED_PROCEDURE", decision: { followsOpinion: true, notificationDue: "2026-04-20" }, procedure: { phase: "NOTICE_ISSUED" } });
    const opened = await procedure(decided.procedure!.id);
    expect(opened).toMatchObject({ origin: "AUDIT", audit: { id: audit }, pendingStep: { rule: "CMP_NOTICE_NOTIFICATION", dueOn: "2026-04-20", waitingFor: "AGENT" } });
    expect(opened.allowedActions).toEqual([]);
    const alone = await h.run(NotifyFormalNoticeDocument, { procedure: opened.id }, as.cpStaff);
    expect(alone.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "WRONG_STATE" });

    h.clock.set("2026-04-20");
    const before = await oversightCounts(h);
    const stale = await h.run(NotifyAuditDecisionDocument, { audit }, as.cpStaff);
    expect(stale.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID" });
    expect(stale.errors![0].message).toContain("jusqu'au 2026-06-05");
    expect(stale.errors![0].message).toContain("Le décideur doit d'abord modifier la mise en demeure.");
    expect(await oversightCounts(h)).toEqual(before);

    must(await h.run(ReviseFormalNoticeDocument, { procedure: opened.id, notice: { ...NOTICE, withdrawalOn: "2026-06-15" } }, as.cpDecider));
    const notified = must(await h.run(NotifyAuditDecisionDocument, { audit }, as.cpStaff)).notifyAuditDecision;
    expect(notified).toMatchObject({ phase: "PROCEDURE_OPENED", decision: { notifiedOn: "2026-04-20", late: false } });
    // 30 working days from 20 April 2026 over 1 May, 8 May, Ascension and Whit Monday: 5 June.
    const running = await procedure(opened.id);
    expect(running).toMatchObject({
      phase: "AWAITING_JUSTIFICATION",
      rounds: [{ round: 1, period: "INITIAL", notifiedOn: "2026-04-20", justificationDue: "2026-06-05", withdrawalOn: "2026-06-15", suspension: false }],
      suspensions: [],
      suspendedToday: false,
      pendingStep: { rule: "CMP_JUSTIFICATION", dueOn: "2026-06-05", waitingFor: "ORGANISM", automatic: { on: "2026-06-15", outcome: "WITHDRAWAL" } },
    });
    expect((await standing(habilitation)).status).toBe("ACTIVE");
    const journal = await h.db.query("SELECT action FROM journal_entry WHERE subject_type = 'COMPLIANCE_PROCEDURE' AND subject_id = ? ORDER BY id", [opened.id]);
    expect(journal.map((row: { action: string }) => row.action)).toEqual(["PROCEDURE_OPENED", "FORMAL_NOTICE_REVISED", "FORMAL_NOTICE_NOTIFIED"]);
  });

  it("WDR-1, CMP-1: a serious failing suspends from the notice's notification: no evaluation, no automatic renewal", async () => {
    const { habilitation } = await procedureAwaitingJustification(true);
    h.clock.set("2026-05-04");
    const right = must(await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", date: "2026-05-04" })).evaluationRight;
    expect(right.allowed).toBe(false);
    expect(right.reason).toContain("suspendue depuis le 2026-04-20, pour la durée de la procédure de mise en conformité en cours");
    await certifyOnce(h, BETA, DEMO.betaAdmin, "Nadia Roux", { enrolled: "2025-03-03", decided: "2025-03-03" });
    h.clock.set("2026-05-04");
    const now = await standing(habilitation);
    expect(now).toMatchObject({ status: "SUSPENDED", suspensions: [{ startsOn: "2026-04-20", endsOn: null }], renewal: { applies: false }, lastValidDay: "2028-01-06" });
    expect(now.renewal.reason).toContain("suspendue à compter du 2026-04-20");
  });
});

describe("how a procedure ends (CMP-3, CMP-4, WDR-1)", () => {
  it("CMP-3: no justification in time: refused LATE, and the habilitation is withdrawn on the notice's date by itself", async () => {
    const { habilitation, procedure: id } = await procedureAwaitingJustification(true);
    h.clock.set("2026-06-08");
    const late = await h.run(SendJustificationDocument, { procedure: id, text: "Mesures prises." }, as.mandataire);
    expect(late.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LATE" });
    expect(late.errors![0].message).toContain("a expiré le 2026-06-05");
    expect(late.errors![0].message).toContain("retirée à compter du 2026-06-15");
    expect(await procedure(id)).toMatchObject({
      phase: "WITHDRAWAL_SCHEDULED",
      endsOn: "2026-06-15",
      withdrawalCase: "NOTICE_DATE",
      pendingStep: { rule: "CMP_WITHDRAWAL_ON_NOTICE_DATE", dueOn: "2026-06-15", waitingFor: "NOBODY", overdue: false },
    });
    expect(await standing(habilitation)).toMatchObject({ status: "SUSPENDED", lastValidDay: "2026-06-14", suspensions: [{ startsOn: "2026-04-20", endsOn: "2026-06-14" }] });

    h.clock.set("2026-06-15");
    expect(await procedure(id)).toMatchObject({ phase: "WITHDRAWN_ON_NOTICE_DATE", pendingStep: null, withdrawalEffectiveOn: "2026-06-15" });
    expect(await standing(habilitation)).toMatchObject({ status: "WITHDRAWN", withdrawnOn: "2026-06-15", lastValidDay: "2026-06-14" });
  });

  it("CMP-4: justified on the last day, then a reasoned withdrawal notified in time: withdrawn on the notification day", async () => {
    const { habilitation, procedure: id } = await procedureAwaitingJustification(true);
    h.clock.set("2026-06-05");
    const justified = must(await h.run(SendJustificationDocument, { procedure: id, text: "Un jury distinct est constitué (pièce 1)." }, as.organism)).sendJustification;
    // The Instance's 30 working days from 5 June 2026, over 14 July: 20 July.
    expect(justified).toMatchObject({
      phase: "JUSTIFIED",
      rounds: [{ justifiedOn: "2026-06-05", responseDue: "2026-07-20", justification: "Un jury distinct est constitué (pièce 1)." }],
      pendingStep: { rule: "CMP_INSTANCE_RESPONSE", dueOn: "2026-07-20", waitingFor: "DECIDER", automatic: { on: "2026-07-21", outcome: "DEEMED_SUFFICIENT" } },
    });
    h.clock.set("2026-07-15");
    expect(errorCode(await h.run(DecideOnJustificationDocument, { procedure: id, outcome: "WITHDRAWAL", reason: "Jury toujours confondu." }, as.cpStaff))).toBe("FORBIDDEN");
    const decided = must(await h.run(DecideOnJustificationDocument, { procedure: id, outcome: "WITHDRAWAL", reason: "Le jury reste confondu avec le formateur." }, as.cpDecider)).decideOnJustification;
    expect(decided).toMatchObject({ phase: "WITHDRAWAL_DECIDED", rounds: [{ decision: { kind: "WITHDRAWAL", decidedOn: "2026-07-15", notifiedOn: null } }] });
    expect((await standing(habilitation)).status).toBe("SUSPENDED");

    h.clock.set("2026-07-20");
    const notified = must(await h.run(NotifyProcedureDecisionDocument, { procedure: id }, as.cpProvider)).notifyProcedureDecision;
    expect(notified).toMatchObject({ phase: "WITHDRAWN", withdrawalCase: "PROCEDURE_DECISION", withdrawalEffectiveOn: "2026-07-20", endsOn: "2026-07-20" });
    expect(await standing(habilitation)).toMatchObject({ status: "WITHDRAWN", withdrawnOn: "2026-07-20", suspensions: [{ startsOn: "2026-04-20", endsOn: "2026-07-19" }] });
    const journal = await h.db.query("SELECT action, from_state f, to_state t FROM journal_entry WHERE subject_type = 'COMPLIANCE_PROCEDURE' AND subject_id = ? ORDER BY id", [id]);
    expect(journal.map((row: { action: string; f: string; t: string }) => `${row.action}:${row.f}>${row.t}`)).toEqual([
      "PROCEDURE_OPENED:null>NOTICE_ISSUED",
      "FORMAL_NOTICE_NOTIFIED:NOTICE_ISSUED>AWAITING_JUSTIFICATION",
      "JUSTIFICATION_RECEIVED:AWAITING_JUSTIFICATION>JUSTIFIED",
      "PROCEDURE_DECIDED:JUSTIFIED>WITHDRAWAL_DECIDED",
      "PROCEDURE_DECISION_NOTIFIED:WITHDRAWAL_DECIDED>WITHDRAWN",
    ]);
  });

  it("CMP-4: a decision notified after the Instance's 30 working days is LATE: the measures are deemed sufficient", async () => {
    const { habilitation, procedure: id } = await procedureAwaitingJustification(true);
    h.clock.set("2026-06-05");
    must(await h.run(SendJustificationDocument, { procedure: id, text: "Mesures prises." }, as.organism));
    h.clock.set("2026-07-15");
    must(await h.run(DecideOnJustificationDocument, { procedure: id, outcome: "WITHDRAWAL", reason: "Insuffisant." }, as.cpDecider));
    h.clock.set("2026-07-21");
    const before = await oversightCounts(h);
    const late = await h.run(NotifyProcedureDecisionDocument, { procedure: id }, as.cpStaff);
    expect(late.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LATE" });
    expect(late.errors![0].message).toContain("réputées suffisantes");
    expect(await oversightCounts(h)).toEqual(before);
    expect(await procedure(id)).toMatchObject({ phase: "DEEMED_SUFFICIENT", habilitationKept: true, endsOn: "2026-07-20", relapseWindowEnd: "2027-07-20" });
    expect(await standing(habilitation)).toMatchObject({ status: "ACTIVE", suspensions: [{ startsOn: "2026-04-20", endsOn: "2026-07-20" }] });
  });

  it("CMP-4: nobody decides: deemed sufficient the day after the Instance's last day, and no decision is taken after", async () => {
    const { habilitation, procedure: id } = await procedureAwaitingJustification(true);
    h.clock.set("2026-06-05");
    must(await h.run(SendJustificationDocument, { procedure: id, text: "Mesures prises." }, as.organism));
    h.clock.set("2026-07-20");
    expect((await standing(habilitation)).status).toBe("SUSPENDED");
    h.clock.set("2026-07-21");
    expect(await procedure(id)).toMatchObject({ phase: "DEEMED_SUFFICIENT", pendingStep: null, suspendedToday: false });
    expect(await standing(habilitation)).toMatchObject({ status: "ACTIVE", suspensions: [{ startsOn: "2026-04-20", endsOn: "2026-07-20" }] });
    const late = await h.run(DecideOnJustificationDocument, { procedure: id, outcome: "WITHDRAWAL", reason: "Trop tard." }, as.cpDecider);
    expect(late.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "LATE" });
  });

  it("CMP-4: a complementary period, under its own notice; unjustified, the habilitation is withdrawn on its date", async () => {
    const { habilitation, procedure: id } = await procedureAwaitingJustification(true);
    h.clock.set("2026-06-05");
    must(await h.run(SendJustificationDocument, { procedure: id, text: "Mesures engagées." }, as.organism));
    h.clock.set("2026-07-15");
    const noNotice = await h.run(DecideOnJustificationDocument, { procedure: id, outcome: "COMPLEMENTARY_PERIOD", reason: "Mesures en cours." }, as.cpDecider);
    expect(errorCode(noNotice)).toBe("BAD_USER_INPUT");
    const complementary = { failings: ["Jury à constituer de façon pérenne"], suspension: false, withdrawalOn: "2026-09-15" };
    const decided = must(await h.run(DecideOnJustificationDocument, { procedure: id, outcome: "COMPLEMENTARY_PERIOD", reason: "Mesures engagées, à achever.", notice: complementary }, as.cpDecider)).decideOnJustification;
    expect(decided).toMatchObject({ phase: "COMPLEMENTARY_PERIOD_DECIDED", rounds: [{ round: 1 }, { round: 2, period: "COMPLEMENTARY", notifiedOn: null }] });
    h.clock.set("2026-07-20");
    const notified = must(await h.run(NotifyProcedureDecisionDocument, { procedure: id }, as.cpStaff)).notifyProcedureDecision;
    // 30 working days from 20 July 2026: 31 August.
    expect(notified).toMatchObject({ phase: "AWAITING_JUSTIFICATION", rounds: [{ decision: { notifiedOn: "2026-07-20" } }, { notifiedOn: "2026-07-20", justificationDue: "2026-08-31" }] });
    expect(notified.pendingStep).toMatchObject({ rule: "CMP_JUSTIFICATION", dueOn: "2026-08-31", automatic: { on: "2026-09-15" } });
    expect(await standing(habilitation)).toMatchObject({ status: "ACTIVE", suspensions: [{ startsOn: "2026-04-20", endsOn: "2026-07-19" }] });
    h.clock.set("2026-09-01");
    expect((await procedure(id)).phase).toBe("WITHDRAWAL_SCHEDULED");
    h.clock.set("2026-09-15");
    expect((await procedure(id)).phase).toBe("WITHDRAWN_ON_NOTICE_DATE");
    expect(await standing(habilitation)).toMatchObject({ status: "WITHDRAWN", withdrawnOn: "2026-09-15" });
  });
});

describe("a procedure opened on a finding (CMP-1, INS-1)", () => {
  it("CMP-1: the decision maker opens it with its notice; staff notify it; one procedure at a time", async () => {
    const habilitation = await betaHabilitation(h);
    h.clock.set("2026-04-20");
    const forbidden = await h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Résultats non saisis.", notice: NOTICE }, as.cpStaff);
    expect(errorCode(forbidden)).toBe("FORBIDDEN");
    const opened = must(await h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Trois sessions sans résultats saisis.", notice: NOTICE }, as.cpDecider)).openComplianceProcedure;
    expect(opened).toMatchObject({ origin: "FINDING", finding: "Trois sessions sans résultats saisis.", phase: "NOTICE_ISSUED", pendingStep: { rule: "CMP_NOTICE_NOTIFICATION", dueOn: null } });
    const second = await h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Autre constat.", notice: NOTICE }, as.cpDecider);
    expect(second.errors![0].extensions).toMatchObject({ reason: "ALREADY_OPEN" });
    const notified = must(await h.run(NotifyFormalNoticeDocument, { procedure: opened.id }, as.cpProvider)).notifyFormalNotice;
    expect(notified).toMatchObject({ phase: "AWAITING_JUSTIFICATION", rounds: [{ justificationDue: "2026-06-05" }] });
  });
});

describe("the README walkthrough, on Alpha's demo habilitation", () => {
  it("AUD-1…AUD-3, CMP-1…CMP-4, WDR-1: ordered, reported, observed, decided, notified, justified and withdrawn on 1 December 2026", async () => {
    h.clock.set("2026-12-01");
    const alpha = { email: "admin@organisme-alpha.demo" };
    const listed = must(await h.run(`{ habilitations(organism: "812345676") { nodes { id } } }`)) as { habilitations: { nodes: { id: string }[] } };
    const [{ id: habilitation }] = listed.habilitations.nodes;
    const ordered = must(
      await h.run(OrderAuditDocument, { habilitation, mode: "ON_DOCUMENTS", scheduledOn: "2026-12-01", auditor: { kind: "PROVIDER", userEmail: "prestataire@certifpro.demo" } }, as.cpDecider),
    ).orderAudit;
    const reported = must(await h.run(RecordAuditReportDocument, { audit: ordered.id, opinion: "UNFAVOURABLE", anomalies: REPORT_UNFAVOURABLE }, as.cpProvider)).recordAuditReport;
    expect(reported.report?.observationsDue).toBe("2026-12-22");
    must(await h.run(SendAuditObservationsDocument, { audit: ordered.id, text: "Un second évaluateur rejoint le jury en janvier." }, alpha));
    const notice = { failings: ["Jury non distinct du formateur"], suspension: true, withdrawalOn: "2027-01-25" };
    const decided = must(
      await h.run(DecideAfterAuditDocument, { audit: ordered.id, outcome: "OPEN_PROCEDURE", meetingOn: "2026-12-01", reason: "Anomalie bloquante confirmée.", notice }, as.cpDecider),
    ).decideAfterAudit;
    must(await h.run(NotifyAuditDecisionDocument, { audit: ordered.id }, as.cpStaff));
    const running = await procedure(decided.procedure!.id);
    expect(running).toMatchObject({ phase: "AWAITING_JUSTIFICATION", suspendedToday: true, rounds: [{ justificationDue: "2027-01-14", withdrawalOn: "2027-01-25" }] });
    expect(must(await h.run(EvaluationRightDocument, { organism: "812345676", certification: "CLEA_MANAGEMENT", date: "2026-12-02" })).evaluationRight.allowed).toBe(false);
    must(await h.run(SendJustificationDocument, { procedure: running.id, text: "Jury recomposé ; procès-verbaux joints." }, alpha));
    must(await h.run(DecideOnJustificationDocument, { procedure: running.id, outcome: "WITHDRAWAL", reason: "Recomposition non démontrée." }, as.cpDecider));
    const withdrawn = must(await h.run(NotifyProcedureDecisionDocument, { procedure: running.id }, as.cpStaff)).notifyProcedureDecision;
    expect(withdrawn).toMatchObject({ phase: "WITHDRAWN", withdrawalEffectiveOn: "2026-12-01", habilitation: { status: "WITHDRAWN" } });
  });
});
