import type { CallerFacts } from "../../../src/oversight/rules/actors";
import type { AuditFacts } from "../../../src/oversight/rules/audit-lifecycle";
import type { FormalNotice } from "../../../src/oversight/rules/formal-notice";
import type { HabilitationStanding } from "../../../src/oversight/rules/in-force";
import type { ComplianceRound } from "../../../src/oversight/rules/procedure-lifecycle";

/** Instances as the demo data has them: Certif Pro and two CPNEs. */
export const CERTIF_PRO = 1;
export const CPNE_PROPRETE = 2;
export const CPNE_METALLURGIE = 3;

const member = (userId: number, role: CallerFacts["role"], instanceId: number): CallerFacts => ({
  userId,
  role,
  instanceId,
  instanceKind: instanceId === CERTIF_PRO ? "CERTIFIER" : "CPNE",
  actsForOrganism: false,
});

export const CALLERS = {
  certifProDecider: member(11, "DECISION_MAKER", CERTIF_PRO),
  certifProStaff: member(12, "STAFF", CERTIF_PRO),
  certifProProvider: member(13, "PROVIDER", CERTIF_PRO),
  propreteDecider: member(21, "DECISION_MAKER", CPNE_PROPRETE),
  propreteStaff: member(22, "STAFF", CPNE_PROPRETE),
  propreteProvider: member(23, "PROVIDER", CPNE_PROPRETE),
  metallurgieDecider: member(31, "DECISION_MAKER", CPNE_METALLURGIE),
  metallurgieStaff: member(32, "STAFF", CPNE_METALLURGIE),
  organismAdmin: { userId: 41, role: "ORGANISM_ADMIN", instanceId: null, instanceKind: null, actsForOrganism: true },
  mandataire: { userId: 51, role: "MANDATAIRE", instanceId: null, instanceKind: null, actsForOrganism: true },
  otherOrganismAdmin: { userId: 42, role: "ORGANISM_ADMIN", instanceId: null, instanceKind: null, actsForOrganism: false },
  otherMandataire: { userId: 52, role: "MANDATAIRE", instanceId: null, instanceKind: null, actsForOrganism: false },
} satisfies Record<string, CallerFacts>;

export const ACTIVE: HabilitationStanding = { status: "ACTIVE", startsOn: "2025-01-06", lastValidDay: "2031-01-06" };

export const ORDERED_AUDIT: AuditFacts = {
  orderedOn: "2025-12-01",
  scheduledOn: "2025-12-10",
  cancelledOn: null,
  refusedOn: null,
  reportPresentedOn: null,
  opinion: null,
  observationsSentOn: null,
  decision: null,
  decisionNotifiedOn: null,
  refusalWithdrawalDecided: false,
};

export function notice(withdrawalOn: string, suspension = false, period: FormalNotice["period"] = "INITIAL"): FormalNotice {
  return { failings: ["Évaluateurs non déclarés sur la plateforme"], suspension, withdrawalOn, period };
}

export function round(fields: Partial<ComplianceRound> & Pick<ComplianceRound, "notice">): ComplianceRound {
  return { issuedOn: "2026-03-20", notifiedOn: null, justifiedOn: null, decision: null, ...fields };
}
