import type { IsoDate } from "../../common/calendar/working-days";
import { accept, type Decision, refuse } from "./decision";

/** What a remote evaluation records (EVA-8); null or empty where not done. */
export interface RemoteEvaluationRecord {
  /** "Au contrôle de l'identité de la personne": how and when (never a copy of the document). */
  readonly identityCheck: { readonly checkedOn: IsoDate; readonly method: string } | null;
  /** "A la traçabilité du parcours (exigences des financeurs)": where the trace is kept (connection logs, attendance). */
  readonly pathTraceability: string | null;
  /** "Un accompagnement renforcé et adapté à la personne". */
  readonly reinforcedSupport: string | null;
  /** "Une phase préalable de faisabilité cognitive et technique". */
  readonly feasibilityCheckedOn: IsoDate | null;
  /** "L'intégration de phases synchrones". */
  readonly synchronousPhases: readonly { readonly heldOn: IsoDate; readonly minutes: number }[];
}

const blank = (text: string | null): boolean => text === null || text.trim().length === 0;

/**
 * EVA-8, art. 3: a remote evaluation can be validated only once it records the identity check, the traceability of
 * the path, the reinforced support, the prior feasibility phase and at least one synchronous phase; every missing
 * item is named.
 */
export function checkRemoteEvaluationComplete(record: RemoteEvaluationRecord): Decision<RemoteEvaluationRecord> {
  const missing: string[] = [];
  if (record.identityCheck === null || blank(record.identityCheck.method)) missing.push("le contrôle de l'identité de la personne (date et moyen)");
  if (blank(record.pathTraceability)) missing.push("la traçabilité du parcours (où la trace est conservée)");
  if (blank(record.reinforcedSupport)) missing.push("l'accompagnement renforcé et adapté à la personne");
  if (record.feasibilityCheckedOn === null) missing.push("la phase préalable de faisabilité cognitive et technique");
  if (!record.synchronousPhases.some((phase) => Number.isInteger(phase.minutes) && phase.minutes > 0)) missing.push("au moins une phase synchrone (date et durée)");
  if (missing.length === 0) return accept(record);
  return refuse(
    "BAD_USER_INPUT",
    "EVA-8",
    `Une évaluation à distance n'est validée que complète ; il manque : ${missing.join(" ; ")}. Complétez-la puis validez-la.`,
  );
}
