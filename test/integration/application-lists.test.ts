import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ApplicationsDocument,
  CreateApplicationDocument,
  DecideApplicationDocument,
  EvaluationRightDocument,
  DecideEdofWithdrawalDocument,
  HabilitationsDocument,
  NotifyFormalNoticeDocument,
  NotifyWithdrawalDocument,
  OpenComplianceProcedureDocument,
  RecordRenunciationReceiptDocument,
  RenounceHabilitationDocument,
  SendJustificationDocument,
} from "../generated/graphql";
import type { Actor } from "../../src/common/auth/actor";
import { countQueries } from "../../src/common/db/query-counter";
import { type RequestContext, RequestMemo } from "../../src/common/context";
import { composeServices as createServices } from "../../src/app/compose";
import { applicationIn, assessments, BETA, clearBetaApplications, SCENARIO } from "../support/applications";
import { certifyOnce } from "../support/evaluations";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const staff = { email: DEMO.certifProStaff };
const decider = { email: DEMO.certifProDecider };
const mandataire = { email: DEMO.gammaMandataire };

/** Copies of one application in other states, for list tests (the one-open-file rule is per organism, so rows are cloned). */
async function cloneApplication(id: string, changes: Record<string, string | null>) {
  const [row] = await h.db.query("SELECT * FROM application WHERE id = ?", [id]);
  const { id: _id, open_slot: _slot, receipt_number: _receipt, ...columns } = row;
  Object.assign(columns, changes, { status: changes.status ?? "WITHDRAWN_BY_APPLICANT" });
  const names = Object.keys(columns);
  await h.db.query(`INSERT INTO application (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`, names.map((n) => columns[n]));
}

describe("dashboard lists of applications", () => {
  it("filters on Instance, status, organism, dates, due and overdue, and sorts on the due date", async () => {
    await clearBetaApplications(h);
    const underInstruction = await applicationIn(h, "UNDER_INSTRUCTION");
    await cloneApplication(underInstruction, { status: "WITHDRAWN_BY_APPLICANT", next_due_on: null, next_due_rule: null, filed_on: "2027-02-15" });
    h.clock.set("2027-04-07");
    const all = (await h.run(ApplicationsDocument, { filter: { organism: BETA } }, staff)).data!.applications;
    expect(all.totalCount).toBe(2);
    const overdue = (await h.run(ApplicationsDocument, { filter: { overdue: true } }, staff)).data!.applications;
    expect(overdue.nodes.map((n) => [n.id, n.pendingStep?.overdue])).toEqual([[underInstruction, true]]);
    const dueSoon = (await h.run(ApplicationsDocument, { filter: { dueBefore: "2027-04-06" } }, staff)).data!.applications;
    expect(dueSoon.totalCount).toBe(1);
    const dueEarlier = (await h.run(ApplicationsDocument, { filter: { dueBefore: "2027-04-05" } }, staff)).data!.applications;
    expect(dueEarlier.totalCount).toBe(0);
    const byStatus = (await h.run(ApplicationsDocument, { filter: { status: ["WITHDRAWN_BY_APPLICANT"] } }, staff)).data!.applications;
    expect(byStatus.totalCount).toBe(1);
    const filed = (await h.run(ApplicationsDocument, { filter: { filedFrom: "2027-03-01", filedTo: "2027-03-31" } }, staff)).data!.applications;
    expect(filed.nodes.map((n) => n.id)).toEqual([underInstruction]);
    const sorted = (await h.run(ApplicationsDocument, { orderBy: "NEXT_DUE_ON", filter: { organism: BETA } }, staff)).data!.applications;
    expect(sorted.nodes[0].id).toBe(underInstruction);
    expect(errorCode(await h.run(ApplicationsDocument, { filter: { dueBefore: "demain" } }, staff))).toBe("BAD_USER_INPUT");
  });

  it("each caller sees only its part: the organism its files, the Instance those made to it, others nothing", async () => {
    h.clock.set(null);
    expect((await h.run(ApplicationsDocument, {}, { email: DEMO.betaAdmin })).data!.applications.totalCount).toBe(2);
    expect((await h.run(ApplicationsDocument, {}, { email: DEMO.alphaAdmin })).data!.applications.totalCount).toBe(1);
    expect((await h.run(ApplicationsDocument, { filter: { organism: BETA } }, { email: DEMO.propreteDecider })).data!.applications.totalCount).toBe(0);
    expect(errorCode(await h.run(ApplicationsDocument, {}))).toBe("FORBIDDEN");
  });

  it("pages are bounded and cursors walk the whole list once", async () => {
    const base = (await h.run(ApplicationsDocument, { filter: { organism: BETA } }, staff)).data!.applications.nodes[0].id;
    for (let i = 0; i < 5; i += 1) await cloneApplication(base, { status: "WITHDRAWN_BY_APPLICANT", next_due_on: null });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } = (
        await h.run(ApplicationsDocument, { filter: { organism: BETA }, first: 3, after }, staff)
      ).data!.applications;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(errorCode(await h.run(ApplicationsDocument, { first: 101 }, staff))).toBe("BAD_USER_INPUT");
    expect(errorCode(await h.run(ApplicationsDocument, { after: "nimportequoi" }, staff))).toBe("BAD_USER_INPUT");
  });

  it("a page of applications with every nested field runs the same statements for 2 or 7 rows", async () => {
    const measure = async (first: number) => {
      const { result, counter } = await countQueries(() => h.run(ApplicationsDocument, { filter: { organism: BETA }, first }, staff));
      expect(result.data!.applications.nodes).toHaveLength(first);
      return counter.count;
    };
    const small = await measure(2);
    const large = await measure(7);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(14);
  });
});

describe("concurrent decisions", () => {
  it("two decisions on one application: exactly one wins, the other gets CONFLICT", async () => {
    await clearBetaApplications(h);
    const id = Number(await applicationIn(h, "OPINION_ISSUED"));
    h.clock.set(SCENARIO.meeting);
    const [row] = await h.db.query("SELECT u.id, i.id AS instanceId FROM app_user u JOIN instance i ON i.id = u.instance_id WHERE u.email = ?", [DEMO.certifProDecider]);
    const actor: Actor = { userId: row.id, email: DEMO.certifProDecider, role: "DECISION_MAKER", instanceId: row.instanceId, instanceCode: "CERTIF_PRO", instanceKind: "CERTIFIER" };
    const services = createServices(h.db);
    const context = (): RequestContext => ({ actor, clock: h.clock, db: h.db, memo: new RequestMemo() });
    const [first, second] = [context(), context()];
    await services.applications.get(first, id);
    await services.applications.get(second, id);
    const outcomes = await Promise.allSettled([
      services.applications.decide(first, id, "ACCEPT", assessments(), null),
      services.applications.decide(second, id, "REFUSE", assessments(["SUPPORT"]), null),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected")!;
    expect(lost.reason.extensions.code).toBe("CONFLICT");
    const [{ n }] = await h.db.query("SELECT COUNT(*) n FROM journal_entry WHERE subject_type = 'APPLICATION' AND subject_id = ? AND action LIKE 'DECIDE_%'", [String(id)]);
    expect(Number(n)).toBe(1);
    const [{ c }] = await h.db.query("SELECT COUNT(*) c FROM application_assessment WHERE application_id = ? AND stage = 'DECISION'", [id]);
    expect(Number(c)).toBe(5);
  });

  it("the same decision sent twice over HTTP: one succeeds, the other is refused", async () => {
    await clearBetaApplications(h);
    const id = await applicationIn(h, "OPINION_ISSUED");
    h.clock.set(SCENARIO.meeting);
    const results = await Promise.all([0, 1].map(() => h.run(DecideApplicationDocument, { application: id, outcome: "ACCEPT", assessments: assessments() }, decider)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(["CONFLICT", "BAD_USER_INPUT"]).toContain(errorCode(results.find((r) => r.errors)!));
  });
});

describe("the life of a habilitation (HAB-6, INS-1, WDR-1)", () => {
  const habilitation = async () => {
    await clearBetaApplications(h);
    await applicationIn(h, "NOTIFIED_ACCEPTED");
    const [row] = await h.db.query("SELECT h.id FROM habilitation h JOIN organism o ON o.id = h.organism_id WHERE o.siren = ?", [BETA]);
    return String(row.id);
  };

  it("HAB-6: used at least once, it is renewed once, to 6 years at most", async () => {
    const id = await habilitation();
    h.clock.set("2027-06-01");
    const number = await certifyOnce(h, BETA, DEMO.betaAdmin, "Nadia Roux", { enrolled: "2027-05-20", decided: "2027-05-25" });
    h.clock.set("2027-06-01");
    const used = (await h.run(HabilitationsDocument, { organism: BETA }, { email: DEMO.betaAdmin })).data!.habilitations.nodes.find((node) => node.id === id)!;
    expect(used).toMatchObject({ firstUsedOn: "2027-05-25", firstUseCertificate: number, renewal: { applies: true }, lastValidDay: "2033-04-20", status: "ACTIVE" });
    const seenByAll = (await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations.nodes.find((node) => node.id === id)!;
    expect(seenByAll, "a person's certificate number is for the organism and its Instance").toMatchObject({ firstUsedOn: "2027-05-25", firstUseCertificate: null });
    h.clock.set("2033-04-21");
    const later = (await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations.nodes[0];
    expect(later.status).toBe("EXPIRED");
  });

  it("HAB-6: never used, it ends after 3 years", async () => {
    await habilitation();
    h.clock.set("2030-04-21");
    const node = (await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations.nodes[0];
    expect(node).toMatchObject({ renewal: { applies: false }, lastValidDay: "2030-04-20", status: "EXPIRED" });
  });

  it("HAB-6, WDR-1: a suspension (under a compliance procedure) stops activity, blocks renewal and never extends the habilitation", async () => {
    const id = await habilitation();
    h.clock.set("2027-06-01");
    await certifyOnce(h, BETA, DEMO.betaAdmin, "Nadia Roux", { enrolled: "2027-05-20", decided: "2027-05-25" });
    h.clock.set("2027-06-01");
    const notice = { failings: ["Jury non distinct du formateur"], suspension: true, withdrawalOn: "2027-07-20" };
    const opened = (await h.run(OpenComplianceProcedureDocument, { habilitation: id, finding: "Anomalies bloquantes à l'audit.", notice }, decider)).data!.openComplianceProcedure;
    await h.run(NotifyFormalNoticeDocument, { procedure: opened.id }, staff);
    const suspended = (await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations.nodes[0];
    expect(suspended).toMatchObject({ status: "SUSPENDED", renewal: { applies: false }, lastValidDay: "2030-04-20" });
    const right = await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", date: "2027-06-02" });
    expect(right.data!.evaluationRight.allowed).toBe(false);
    expect(errorCode(await h.run(OpenComplianceProcedureDocument, { habilitation: id, finding: "Encore", notice }, decider))).toBe("BAD_USER_INPUT");
    // The suspension ends with the procedure: justified, and no decision notified within 30 working days (CMP-4).
    h.clock.set("2027-06-10");
    await h.run(SendJustificationDocument, { procedure: opened.id, text: "Jury distinct constitué." }, mandataire);
    h.clock.set("2027-07-26");
    const after = (await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations.nodes[0];
    expect(after).toMatchObject({ status: "ACTIVE", suspensions: [{ startsOn: "2027-06-01", endsOn: "2027-07-23" }], renewal: { applies: false }, lastValidDay: "2030-04-20" });
  });

  it("WDR-1: a withdrawal ends all activity from its date", async () => {
    const id = await habilitation();
    h.clock.set("2027-06-01");
    const alert = { source: "FRANCE_COMPETENCES" as const, reference: "FC-2027-12", level: "Retrait de l'offre", receivedOn: "2027-05-31" };
    const decided = (await h.run(DecideEdofWithdrawalDocument, { habilitation: id, alert, reason: "Offre EDOF non conforme." }, decider)).data!.decideEdofWithdrawal;
    await h.run(NotifyWithdrawalDocument, { withdrawal: decided.id }, staff);
    const withdrawn = (await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations.nodes[0];
    expect(withdrawn).toMatchObject({ status: "WITHDRAWN", withdrawnOn: "2027-06-01" });
    const right = await h.run(EvaluationRightDocument, { organism: BETA, certification: "CLEA_MANAGEMENT", date: "2027-06-01" });
    expect(right.data!.evaluationRight.allowed).toBe(false);
    expect(errorCode(await h.run(DecideEdofWithdrawalDocument, { habilitation: id, alert, reason: "Encore" }, decider))).toBe("BAD_USER_INPUT");
  });

  it("HAB-6: the organism sends its renunciation, the Instance records its receipt, and it takes effect 3 months after the receipt", async () => {
    const id = await habilitation();
    h.clock.set("2027-06-01");
    const sent = (await h.run(RenounceHabilitationDocument, { habilitation: id, noticeSentOn: "2027-05-28" }, { email: DEMO.betaAdmin })).data!.renounceHabilitation;
    expect(sent).toMatchObject({ status: "ACTIVE", renunciationSentOn: "2027-05-28", renunciationReceivedOn: null, renunciationEffectiveOn: null });
    expect(errorCode(await h.run(RecordRenunciationReceiptDocument, { habilitation: id, noticeReceivedOn: "2027-05-31" }, { email: DEMO.betaAdmin }))).toBe("FORBIDDEN");
    expect(errorCode(await h.run(RecordRenunciationReceiptDocument, { habilitation: id, noticeReceivedOn: "2027-05-27" }, { email: DEMO.certifProStaff }))).toBe("BAD_USER_INPUT");
    const renounced = (await h.run(RecordRenunciationReceiptDocument, { habilitation: id, noticeReceivedOn: "2027-05-31" }, { email: DEMO.certifProStaff })).data!.recordRenunciationReceipt;
    expect(renounced).toMatchObject({ status: "ACTIVE", renunciationReceivedOn: "2027-05-31", renunciationEffectiveOn: "2027-08-31" });
    h.clock.set("2027-08-31");
    expect((await h.run(HabilitationsDocument, { organism: BETA })).data!.habilitations.nodes[0].status).toBe("RENOUNCED");
  });

  it("HAB-2: an invalid SIREN is refused with a clear error and nothing is written", async () => {
    await clearBetaApplications(h);
    const [{ n: before }] = await h.db.query("SELECT COUNT(*) n FROM application");
    const [campaign] = await h.db.query("SELECT id FROM campaign ORDER BY id DESC LIMIT 1");
    for (const siren of ["84123456", "84123456A", "841234561"]) {
      const result = await h.run(CreateApplicationDocument, { organism: siren, campaign: String(campaign.id) }, mandataire);
      expect(errorCode(result), siren).toBe("BAD_USER_INPUT");
      expect(result.errors![0].message).toMatch(/SIREN/);
    }
    const [{ n: after }] = await h.db.query("SELECT COUNT(*) n FROM application");
    expect(after).toEqual(before);
  });
});
