import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";
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
  const malformed = [
    ...[record.identityCheck?.checkedOn, record.feasibilityCheckedOn, ...record.synchronousPhases.map((phase) => phase.heldOn)].filter((day) => day != null && !isIsoDate(day)).map((day) => `date « ${day} » (attendu AAAA-MM-JJ)`),
    ...((record.identityCheck?.method.length ?? 0) > 200 ? ["moyen du contrôle d'identité (200 caractères au plus)"] : []),
    ...[record.pathTraceability, record.reinforcedSupport].filter((text) => (text?.length ?? 0) > 500).map(() => "description (500 caractères au plus)"),
  ];
  if (malformed.length > 0) return refuse("BAD_USER_INPUT", "EVA-8", `Évaluation à distance : vérifiez ${malformed.join(", ")}.`);
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
    `Une évaluation à distance n'est validée que complète ; il manque : ${missing.join(" ; ")}. Complétez-la puis enregistrez-la à nouveau.`,
  );
}
