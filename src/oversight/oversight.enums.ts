import { registerEnumType } from "type-graphql";
import { AUDIT_ACTIONS, AUDIT_OPINIONS, AUDIT_PHASES } from "./rules/audit-lifecycle";
import { AUDIT_MODES } from "./rules/audit-order";
import { ANOMALY_SEVERITIES, REFUSAL_KINDS } from "./rules/audit-report";
import { AUDITOR_KINDS } from "./rules/auditor";
import { NOTICE_PERIODS } from "./rules/formal-notice";
import { DECISION_KINDS, PROCEDURE_ACTIONS, PROCEDURE_PHASES } from "./rules/procedure-lifecycle";
import { EDOF_ALERT_SOURCES, WITHDRAWAL_ACTIONS, WITHDRAWAL_CASES, WITHDRAWAL_PHASES } from "./rules/withdrawal";

/** GraphQL enums mirror the rules' constants: one list, two uses. */
function enumOf<const T extends readonly string[]>(values: T, name: string, description?: string): { [K in T[number]]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const AuditModeEnum = enumOf(AUDIT_MODES, "AuditMode", "AUD-1: on documents or on site.");
export const AuditorKindEnum = enumOf(AUDITOR_KINDS, "AuditorKind", "AUD-1: who may audit.");
export const AuditOpinionEnum = enumOf(AUDIT_OPINIONS, "AuditOpinion", "AUD-2: the report's conclusion.");
export const AnomalySeverityEnum = enumOf(ANOMALY_SEVERITIES, "AnomalySeverity");
export const RefusalKindEnum = enumOf(REFUSAL_KINDS, "RefusalKind", "WDR-1: a written refusal (its receipt) or one the Instance observed.");
export const AuditOutcomeEnum = enumOf(["KEEP", "OPEN_PROCEDURE"] as const, "AuditOutcome", "AUD-3: keep the habilitation, or open a compliance procedure.");
export const AuditPhaseEnum = enumOf(AUDIT_PHASES, "AuditPhase");
export const AuditActionEnum = enumOf(AUDIT_ACTIONS, "AuditAction");
export const ProcedureOriginEnum = enumOf(["AUDIT", "FINDING"] as const, "ProcedureOrigin", "CMP-1: opened by an audit decision, or on another reasoned finding.");
export const NoticePeriodEnum = enumOf(NOTICE_PERIODS, "NoticePeriod");
export const ProcedurePhaseEnum = enumOf(PROCEDURE_PHASES, "ProcedurePhase");
export const ProcedureActionEnum = enumOf(PROCEDURE_ACTIONS, "ProcedureAction");
export const JustificationOutcomeEnum = enumOf(DECISION_KINDS, "JustificationOutcome", "CMP-4: a reasoned withdrawal, or a complementary period.");
export const WithdrawalCaseEnum = enumOf(WITHDRAWAL_CASES, "WithdrawalCase", "WDR-1: the four withdrawal cases (the first with its two dates).");
export const WithdrawalPhaseEnum = enumOf(WITHDRAWAL_PHASES, "WithdrawalPhase");
export const WithdrawalActionEnum = enumOf(WITHDRAWAL_ACTIONS, "WithdrawalAction");
export const EdofAlertSourceEnum = enumOf(EDOF_ALERT_SOURCES, "EdofAlertSource");
export const OversightPartyEnum = enumOf(["ORGANISM", "AUDITOR", "AGENT", "DECIDER", "NOBODY"] as const, "OversightParty", "Who the file waits for; NOBODY when the next thing happens by itself.");
export const AutomaticOutcomeKindEnum = enumOf(["WITHDRAWAL", "DEEMED_SUFFICIENT"] as const, "AutomaticOutcomeKind");
export const OversightOrderEnum = enumOf(["NEXT_DUE_ON", "CREATED"] as const, "OversightOrder");
export type OversightOrder = keyof typeof OversightOrderEnum;
