import { computeDeadline } from "../../common/calendar/deadlines";
import type { IsoDate } from "../../common/calendar/working-days";
import { accept, checkDateInput, checkText, type Decision, refuse } from "./decision";
import { checkWithdrawalDecision, type DecidedWithdrawal, type WithdrawalDecisionBase } from "./withdrawal";

/** A procedure of the habilitation, as it ended (see procedureOutcome). */
export interface EndedProcedure {
  readonly id: number;
  readonly endsOn: IsoDate | null;
  readonly habilitationKept: boolean;
}

/** CMP-5: last day of the 12 months following the end of a procedure. */
export function relapseWindowEnd(procedureEndedOn: IsoDate): IsoDate {
  return computeDeadline("CMP_RELAPSE_WINDOW", procedureEndedOn);
}

export interface RelapseBasis {
  readonly procedureId: number;
  readonly procedureEndedOn: IsoDate;
  readonly windowEnd: IsoDate;
}

/**
 * CMP-5: "En cas de nouveau(x) manquement(s) constaté(s) dans les 12 mois suivant la fin d'une procédure de mise en
 * conformité": found after a procedure that ended with the habilitation kept, and within the 12 months that follow.
 */
export function findRelapseBasis(procedures: readonly EndedProcedure[], findingOn: IsoDate): Decision<RelapseBasis> {
  const ended = procedures
    .filter((procedure) => procedure.habilitationKept && procedure.endsOn !== null && procedure.endsOn < findingOn)
    .sort((a, b) => (a.endsOn! < b.endsOn! ? 1 : -1));
  const latest = ended[0];
  if (!latest) {
    return refuse(
      "NO_RECENT_PROCEDURE",
      `Aucune procédure de mise en conformité de cette habilitation ne s'est achevée avant le constat du ${findingOn} : un nouveau manquement donne lieu à une procédure de mise en conformité, non à un retrait pour récidive (CMP-5).`,
    );
  }
  const windowEnd = relapseWindowEnd(latest.endsOn!);
  if (findingOn > windowEnd) {
    return refuse(
      "NO_RECENT_PROCEDURE",
      `La dernière procédure de mise en conformité s'est achevée le ${latest.endsOn} : les 12 mois ont pris fin le ${windowEnd}, avant le constat du ${findingOn}. Engagez une nouvelle procédure de mise en conformité (CMP-5).`,
    );
  }
  return accept({ procedureId: latest.id, procedureEndedOn: latest.endsOn!, windowEnd });
}

export interface RelapseWithdrawalInput extends WithdrawalDecisionBase {
  /** The day the new failing was found. */
  readonly findingOn: IsoDate;
  /** What was found, showing the corrective measures were not kept to. */
  readonly finding: string;
  readonly procedures: readonly EndedProcedure[];
}

/** CMP-5, WDR-1: withdrawal for a new failing within 12 months, effective on the day of its notification. */
export function decideRelapseWithdrawal(input: RelapseWithdrawalInput): Decision<DecidedWithdrawal & { readonly findingOn: IsoDate; readonly finding: string; readonly basis: RelapseBasis }> {
  const decided = checkWithdrawalDecision(input, "RELAPSE");
  if (!decided.ok) return decided;
  const bad = checkDateInput(input.findingOn, "Date du constat du nouveau manquement");
  if (bad) return bad;
  if (input.findingOn > input.today) return refuse("INVALID", `Date du constat (${input.findingOn}) : un manquement s'enregistre une fois constaté, pas à l'avance.`);
  const finding = checkText(input.finding, "La description du nouveau manquement");
  if (!finding.ok) return finding;
  const basis = findRelapseBasis(input.procedures, input.findingOn);
  if (!basis.ok) return basis;
  return accept({ ...decided.value, findingOn: input.findingOn, finding: finding.value, basis: basis.value });
}
