import { describe, expect, it } from "vitest";

import { type AuditedHabilitation, cancelAudit, orderAudit, orderingInstanceFor, rescheduleAudit } from "../../../src/oversight/rules/audit-order";
import { type AuditorCandidate, checkAuditor } from "../../../src/oversight/rules/auditor";
import { ACTIVE, CALLERS, CERTIF_PRO, CPNE_METALLURGIE, CPNE_PROPRETE } from "./fixtures";

const OWN: AuditedHabilitation = { ...ACTIVE, grantingInstanceId: CERTIF_PRO, grantingInstanceKind: "CERTIFIER" };
const CPNE_GRANTED: AuditedHabilitation = { ...ACTIVE, grantingInstanceId: CPNE_PROPRETE, grantingInstanceKind: "CPNE" };
const OUTSIDE: AuditorCandidate = { kind: "PROVIDER", user: null, name: "  Cabinet Delta Audit  " };
const TODAY = "2025-12-01";

const order = (overrides: Partial<Parameters<typeof orderAudit>[0]> = {}) =>
  orderAudit({
    caller: CALLERS.certifProDecider,
    habilitation: OWN,
    openAuditId: null,
    schedule: { mode: "ON_SITE", scheduledOn: "2025-12-10" },
    auditor: OUTSIDE,
    today: TODAY,
    ...overrides,
  });

describe("ordering an audit", () => {
  it("AUD-1: the granting Instance's decision maker orders an audit on site, on a date, with a named auditor", () => {
    expect(order()).toEqual({
      ok: true,
      value: {
        phase: "ORDERED",
        orderingInstanceId: CERTIF_PRO,
        orderedOn: TODAY,
        mode: "ON_SITE",
        scheduledOn: "2025-12-10",
        auditor: { kind: "PROVIDER", userId: null, name: "Cabinet Delta Audit" },
      },
    });
    expect(order({ caller: CALLERS.propreteDecider, habilitation: CPNE_GRANTED, schedule: { mode: "ON_DOCUMENTS", scheduledOn: TODAY } })).toMatchObject({
      ok: true,
      value: { orderingInstanceId: CPNE_PROPRETE, mode: "ON_DOCUMENTS" },
    });
  });

  it("CTX-5: Certif Pro may audit an organism a CPNE habilitated; it runs that audit itself", () => {
    expect(orderingInstanceFor(CALLERS.certifProDecider, CPNE_GRANTED)).toEqual({ ok: true, value: CERTIF_PRO });
  });

  it("INS-3: a CPNE never audits a habilitation it did not grant", () => {
    expect(orderingInstanceFor(CALLERS.metallurgieDecider, CPNE_GRANTED)).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("(AUD-1, CTX-5)") });
    expect(orderingInstanceFor(CALLERS.propreteDecider, OWN)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("INS-2: staff and providers run audits but never order them", () => {
    for (const caller of [CALLERS.certifProStaff, CALLERS.certifProProvider, CALLERS.propreteStaff]) {
      expect(orderingInstanceFor(caller, CPNE_GRANTED)).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: "Seul le décideur de l'Instance ordonne un audit : le service compétent et les prestataires le conduisent, mais ne l'ordonnent pas (INS-1, INS-2).",
      });
    }
  });

  it("AUD-1: an organism, its Mandataire or an unknown caller never orders an audit", () => {
    expect(orderingInstanceFor(CALLERS.mandataire, OWN)).toMatchObject({ ok: false, code: "FORBIDDEN", message: expect.stringContaining("Un organisme ne peut ordonner un audit") });
    expect(orderingInstanceFor(CALLERS.otherMandataire, OWN)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(orderingInstanceFor(null, OWN)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("AUD-1: during the habilitation only, suspended or not", () => {
    expect(order({ habilitation: { ...OWN, status: "SUSPENDED" } }).ok).toBe(true);
    expect(order({ habilitation: { ...OWN, status: "EXPIRED", lastValidDay: "2025-11-30" } })).toEqual({
      ok: false,
      code: "NOT_IN_FORCE",
      message: "L'habilitation a pris fin le 2025-11-30 : il n'y a plus d'habilitation à contrôler ni à retirer.",
    });
    expect(order({ habilitation: { ...OWN, status: "WITHDRAWN", lastValidDay: "2025-11-20" } })).toMatchObject({ code: "NOT_IN_FORCE", message: expect.stringContaining("retirée depuis le 2025-11-21") });
    expect(order({ habilitation: { ...OWN, status: "RENOUNCED" } })).toMatchObject({ code: "NOT_IN_FORCE" });
    expect(order({ habilitation: { ...OWN, status: "NOT_STARTED", startsOn: "2025-12-15" } })).toMatchObject({ code: "NOT_IN_FORCE", message: expect.stringContaining("2025-12-15") });
  });

  it("AUD-1: one audit of a habilitation at a time", () => {
    expect(order({ openAuditId: 7 })).toMatchObject({ ok: false, code: "ALREADY_OPEN", message: expect.stringContaining("n° 7") });
  });

  it("AUD-1: the audit date is today or later, and within the habilitation", () => {
    expect(order({ schedule: { mode: "ON_SITE", scheduledOn: "2025-11-28" } })).toMatchObject({ ok: false, code: "INVALID", message: expect.stringContaining("est passée") });
    expect(order({ habilitation: { ...OWN, lastValidDay: "2025-12-31" }, schedule: { mode: "ON_SITE", scheduledOn: "2026-01-05" } })).toEqual({
      ok: false,
      code: "INVALID",
      message: "L'habilitation n'est valide que jusqu'au 2025-12-31 : fixez l'audit au plus tard ce jour-là.",
    });
    expect(order({ schedule: { mode: "ON_SITE", scheduledOn: "2025-02-30" } })).toMatchObject({ code: "INVALID", message: expect.stringContaining("date invalide") });
    expect(order({ schedule: { mode: "BY_PHONE" as "ON_SITE", scheduledOn: "2025-12-10" } })).toMatchObject({ code: "INVALID", message: expect.stringContaining("sur pièces") });
  });
});

describe("the auditor", () => {
  const user = (caller: (typeof CALLERS)[keyof typeof CALLERS]) => ({ id: caller.userId, role: caller.role, instanceId: caller.instanceId, instanceKind: caller.instanceKind });

  it("AUD-1: a member of Certif Pro, of a CPNE, of the Instance's staff, or a Prestataire", () => {
    expect(checkAuditor({ kind: "CERTIF_PRO_MEMBER", user: user(CALLERS.certifProDecider), name: null }, CERTIF_PRO)).toEqual({ ok: true, value: { kind: "CERTIF_PRO_MEMBER", userId: 11, name: null } });
    expect(checkAuditor({ kind: "CPNE_MEMBER", user: user(CALLERS.metallurgieStaff), name: null }, CERTIF_PRO).ok).toBe(true);
    expect(checkAuditor({ kind: "INSTANCE_STAFF", user: user(CALLERS.propreteStaff), name: null }, CPNE_PROPRETE).ok).toBe(true);
    expect(checkAuditor({ kind: "PROVIDER", user: user(CALLERS.certifProProvider), name: null }, CERTIF_PRO).ok).toBe(true);
    expect(checkAuditor({ kind: "CPNE_MEMBER", user: null, name: "Mme Lefèvre, CPNE de la métallurgie" }, CERTIF_PRO).ok).toBe(true);
  });

  it("AUD-1: the platform user must hold the place stated", () => {
    expect(checkAuditor({ kind: "CERTIF_PRO_MEMBER", user: user(CALLERS.propreteStaff), name: null }, CERTIF_PRO)).toEqual({
      ok: false,
      code: "INVALID",
      message: "L'utilisateur désigné n'est pas membre de Certif Pro : choisissez un autre auditeur ou une autre qualité.",
    });
    expect(checkAuditor({ kind: "INSTANCE_STAFF", user: user(CALLERS.propreteStaff), name: null }, CERTIF_PRO)).toMatchObject({ code: "INVALID", message: expect.stringContaining("de l'Instance qui ordonne l'audit") });
    expect(checkAuditor({ kind: "PROVIDER", user: user(CALLERS.propreteProvider), name: null }, CERTIF_PRO)).toMatchObject({ code: "INVALID" });
    expect(checkAuditor({ kind: "INSTANCE_STAFF", user: user(CALLERS.metallurgieDecider), name: null }, CPNE_METALLURGIE)).toMatchObject({ code: "INVALID" });
  });

  it("AUD-1: the procedure is adversarial: no organism or Mandataire user audits", () => {
    expect(checkAuditor({ kind: "PROVIDER", user: user(CALLERS.mandataire), name: null }, CERTIF_PRO)).toMatchObject({ code: "INVALID", message: expect.stringContaining("contradictoire") });
  });

  it("AUD-1: a user or a name, not both, not neither", () => {
    expect(checkAuditor({ kind: "PROVIDER", user: user(CALLERS.certifProProvider), name: "Cabinet Delta" }, CERTIF_PRO)).toMatchObject({ code: "INVALID", message: expect.stringContaining("mais pas les deux") });
    expect(checkAuditor({ kind: "PROVIDER", user: null, name: "   " }, CERTIF_PRO)).toMatchObject({ code: "INVALID" });
    expect(checkAuditor({ kind: "PROVIDER", user: null, name: "x".repeat(201) }, CERTIF_PRO)).toMatchObject({ code: "INVALID", message: expect.stringContaining("200 caractères") });
  });
});

describe("rescheduling and cancelling", () => {
  it("AUD-1: before the report, the date moves, within the habilitation", () => {
    const input = { phase: "ORDERED" as const, actor: "AGENT" as const, schedule: { mode: "ON_DOCUMENTS" as const, scheduledOn: "2025-12-17" }, lastValidDay: "2031-01-06", today: "2025-12-08" };
    expect(rescheduleAudit(input)).toEqual({ ok: true, value: { mode: "ON_DOCUMENTS", scheduledOn: "2025-12-17" } });
    expect(rescheduleAudit({ ...input, phase: "OBSERVATIONS_PERIOD" })).toMatchObject({ ok: false, code: "WRONG_STATE" });
    expect(rescheduleAudit({ ...input, actor: "AUDITOR" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(rescheduleAudit({ ...input, schedule: { mode: "ON_SITE", scheduledOn: "2025-12-05" } })).toMatchObject({ ok: false, code: "INVALID" });
  });

  it("AUD-1: the ordering decision maker cancels, with a reason", () => {
    expect(cancelAudit({ phase: "ORDERED", actor: "DECIDER", reason: " Audit ordonné par erreur ", refusalWithdrawalDecided: false })).toEqual({ ok: true, value: { phase: "CANCELLED", reason: "Audit ordonné par erreur" } });
    expect(cancelAudit({ phase: "ORDERED", actor: "DECIDER", reason: "", refusalWithdrawalDecided: false })).toEqual({ ok: false, code: "INVALID", message: "Le motif de l'annulation est obligatoire." });
    expect(cancelAudit({ phase: "ORDERED", actor: "AGENT", reason: "x", refusalWithdrawalDecided: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("WDR-1: a refused audit may be cancelled until the withdrawal is decided", () => {
    expect(cancelAudit({ phase: "REFUSED", actor: "DECIDER", reason: "L'organisme accepte finalement l'audit", refusalWithdrawalDecided: false }).ok).toBe(true);
    expect(cancelAudit({ phase: "REFUSED", actor: "DECIDER", reason: "x", refusalWithdrawalDecided: true })).toMatchObject({ ok: false, code: "WRONG_STATE", message: expect.stringContaining("déjà décidé") });
  });
});
