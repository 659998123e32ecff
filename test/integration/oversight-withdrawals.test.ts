import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuditDocument,
  CancelAuditDocument,
  DecideAuditRefusalWithdrawalDocument,
  DecideEdofWithdrawalDocument,
  DecideRelapseWithdrawalDocument,
  EvaluationRightDocument,
  FeesDueDocument,
  HabilitationStandingDocument,
  HabilitationWithdrawalsDocument,
  NotifyFormalNoticeDocument,
  NotifyWithdrawalDocument,
  OpenComplianceProcedureDocument,
  OrderAuditDocument,
  RecordAuditRefusalDocument,
  SendJustificationDocument,
} from "../generated/graphql";
import { errorCode, startHarness, type Harness } from "../support/harness";
import { BETA } from "../support/identifiers";
import { as, betaHabilitation, must, NOTICE, OUTSIDE_AUDITOR, oversightCounts } from "../support/oversight";

/** WDR-1, CMP-5: withdrawals decided on their own, each with its effective date, and what follows from them. */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const standing = async (habilitation: string) => must(await h.run(HabilitationStandingDocument, { id: habilitation })).habilitation;
const EDOF = { source: "CAISSE_DES_DEPOTS" as const, reference: "EDOF-2026-00417", level: "Niveau 2 : déréférencement", receivedOn: "2026-02-27" };

/** A procedure on a finding, notified 20 April 2026, justified 5 June, not decided: deemed sufficient, ended 20 July 2026. */
async function endedProcedure(habilitation: string) {
  h.clock.set("2026-04-20");
  const { id } = must(await h.run(OpenComplianceProcedureDocument, { habilitation, finding: "Résultats non saisis.", notice: NOTICE }, as.cpDecider)).openComplianceProcedure;
  must(await h.run(NotifyFormalNoticeDocument, { procedure: id }, as.cpStaff));
  h.clock.set("2026-06-05");
  must(await h.run(SendJustificationDocument, { procedure: id, text: "Saisie rattrapée, contrôle hebdomadaire instauré." }, as.organism));
  return id;
}

describe("relapse within 12 months (CMP-5)", () => {
  it("CMP-5: a new failing within 12 months after the end of a procedure: withdrawal on the day of its notification", async () => {
    const habilitation = await betaHabilitation(h);
    const procedure = await endedProcedure(habilitation);
    h.clock.set("2027-07-20");
    const decided = must(
      await h.run(DecideRelapseWithdrawalDocument, { habilitation, findingOn: "2027-07-20", finding: "Résultats de nouveau non saisis.", reason: "Engagements non tenus." }, as.cpDecider),
    ).decideRelapseWithdrawal;
    expect(decided).toMatchObject({ case: "RELAPSE", phase: "DECIDED", findingOn: "2027-07-20", relapseOf: { id: procedure }, effectiveOn: null, pendingStep: { rule: "WDR_NOTIFICATION" } });
    expect((await standing(habilitation)).status).toBe("ACTIVE");
    h.clock.set("2027-07-21");
    const notified = must(await h.run(NotifyWithdrawalDocument, { withdrawal: decided.id }, as.cpStaff)).notifyWithdrawal;
    expect(notified).toMatchObject({ phase: "NOTIFIED", notifiedOn: "2027-07-21", effectiveOn: "2027-07-21", pendingStep: null, allowedActions: [] });
    expect(await standing(habilitation)).toMatchObject({ status: "WITHDRAWN", withdrawnOn: "2027-07-21", lastValidDay: "2027-07-20" });
  });

  it("CMP-5: outside the 12 months, or with no procedure ended, it is refused and nothing is written", async () => {
    const habilitation = await betaHabilitation(h);
    h.clock.set("2026-03-02");
    let before = await oversightCounts(h);
    const none = await h.run(DecideRelapseWithdrawalDocument, { habilitation, findingOn: "2026-03-02", finding: "Manquement.", reason: "Récidive." }, as.cpDecider);
    expect(none.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NO_RECENT_PROCEDURE" });
    expect(none.errors![0].message).toContain("non à un retrait pour récidive");
    expect(await oversightCounts(h)).toEqual(before);

    await endedProcedure(habilitation);
    h.clock.set("2027-07-21");
    before = await oversightCounts(h);
    const outside = await h.run(DecideRelapseWithdrawalDocument, { habilitation, findingOn: "2027-07-21", finding: "Manquement.", reason: "Récidive." }, as.cpDecider);
    expect(outside.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NO_RECENT_PROCEDURE" });
    expect(outside.errors![0].message).toContain("les 12 mois ont pris fin le 2027-07-20");
    const future = await h.run(DecideRelapseWithdrawalDocument, { habilitation, findingOn: "2027-07-22", finding: "Manquement.", reason: "Récidive." }, as.cpDecider);
    expect(future.errors![0].extensions).toMatchObject({ reason: "INVALID" });
    expect(await oversightCounts(h)).toEqual(before);
  });
});

describe("refusal of an audit (WDR-1)", () => {
  it("WDR-1: withdrawn from the receipt of the written refusal, once the decision is notified", async () => {
    const habilitation = await betaHabilitation(h);
    h.clock.set("2025-12-01");
    const { id: audit } = must(await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2025-12-10", auditor: OUTSIDE_AUDITOR }, as.cpDecider)).orderAudit;
    h.clock.set("2025-12-08");
    expect(errorCode(await h.run(DecideAuditRefusalWithdrawalDocument, { audit, reason: "Refus." }, as.cpDecider))).toBe("BAD_USER_INPUT");
    must(await h.run(RecordAuditRefusalDocument, { audit, kind: "WRITTEN", on: "2025-12-05" }, as.cpStaff));
    expect(errorCode(await h.run(DecideAuditRefusalWithdrawalDocument, { audit, reason: "Refus." }, as.cpStaff))).toBe("FORBIDDEN");
    h.clock.set("2025-12-10");
    const decided = must(await h.run(DecideAuditRefusalWithdrawalDocument, { audit, reason: "L'organisme a refusé l'audit par courrier." }, as.cpDecider)).decideAuditRefusalWithdrawal;
    expect(decided).toMatchObject({ case: "AUDIT_REFUSAL", refusedOn: "2025-12-05", phase: "DECIDED", audit: { id: audit } });
    const closed = must(await h.run(AuditDocument, { id: audit }, as.cpStaff)).audit;
    expect(closed).toMatchObject({ phase: "REFUSED", pendingStep: null, refusalWithdrawal: { id: decided.id, phase: "DECIDED" } });
    expect(errorCode(await h.run(CancelAuditDocument, { audit, reason: "Finalement non." }, as.cpDecider))).toBe("BAD_USER_INPUT");
    expect((await standing(habilitation)).status).toBe("ACTIVE");

    h.clock.set("2025-12-16");
    const notified = must(await h.run(NotifyWithdrawalDocument, { withdrawal: decided.id }, as.cpProvider)).notifyWithdrawal;
    expect(notified).toMatchObject({ notifiedOn: "2025-12-16", effectiveOn: "2025-12-05" });
    expect(await standing(habilitation)).toMatchObject({ status: "WITHDRAWN", withdrawnOn: "2025-12-05", lastValidDay: "2025-12-04" });
    const right = must(await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", date: "2025-12-08" })).evaluationRight;
    expect(right.allowed).toBe(false);
    expect(right.reason).toContain("a été retirée à compter du 2025-12-05");
  });
});

describe("EDOF alert (WDR-1)", () => {
  it("WDR-1: decided on the alert, effective on its notification; one pending withdrawal at a time; nothing after", async () => {
    const habilitation = await betaHabilitation(h);
    h.clock.set("2026-03-02");
    const decided = must(await h.run(DecideEdofWithdrawalDocument, { habilitation, alert: EDOF, reason: "Offre non conforme maintenue après relance." }, as.cpDecider)).decideEdofWithdrawal;
    expect(decided).toMatchObject({ case: "EDOF_ALERT", edofAlert: { source: "CAISSE_DES_DEPOTS", sourceLabel: "Caisse des Dépôts et Consignations", reference: "EDOF-2026-00417", level: "Niveau 2 : déréférencement", receivedOn: "2026-02-27" } });
    const second = await h.run(DecideEdofWithdrawalDocument, { habilitation, alert: EDOF, reason: "Encore." }, as.cpDecider);
    expect(second.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ALREADY_OPEN" });
    const future = await h.run(DecideEdofWithdrawalDocument, { habilitation, alert: { ...EDOF, receivedOn: "2026-03-03" }, reason: "x" }, as.cpDecider);
    expect(errorCode(future)).toBe("BAD_USER_INPUT");

    const billed = async () =>
      must(await h.run(FeesDueDocument, { periodStart: "2027-01-01", periodEnd: "2027-12-31", organism: BETA }, as.cpStaff)).feesDue[0].lines.filter((line) => line.rule === "FEE-2");
    expect((await billed()).length).toBeGreaterThan(0);

    h.clock.set("2026-03-03");
    const notified = must(await h.run(NotifyWithdrawalDocument, { withdrawal: decided.id }, as.cpStaff)).notifyWithdrawal;
    expect(notified).toMatchObject({ effectiveOn: "2026-03-03" });
    expect(await standing(habilitation)).toMatchObject({ status: "WITHDRAWN", withdrawnOn: "2026-03-03" });
    // FEE-2: a withdrawal ends the yearly site fee.
    expect(await billed()).toEqual([]);
    const audit = await h.run(OrderAuditDocument, { habilitation, mode: "ON_SITE", scheduledOn: "2026-03-10", auditor: OUTSIDE_AUDITOR }, as.cpDecider);
    expect(audit.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_IN_FORCE" });
    const list = must(await h.run(HabilitationWithdrawalsDocument, { filter: { organism: BETA, notified: true } }, as.mandataire)).habilitationWithdrawals;
    expect(list.nodes).toEqual([expect.objectContaining({ id: decided.id, case: "EDOF_ALERT", effectiveOn: "2026-03-03" })]);
    expect(must(await h.run(HabilitationWithdrawalsDocument, { filter: { organism: BETA } }, as.prDecider)).habilitationWithdrawals.totalCount).toBe(0);
  });
});
