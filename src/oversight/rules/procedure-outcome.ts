import { addCalendarDays, type IsoDate } from "../../common/calendar/working-days";
import type { SuspensionPeriod } from "../../habilitations/rules/validity";
import { type ProcedureFacts, type ProcedurePhase, procedurePhaseAt, responseDue } from "./procedure-lifecycle";
import { withdrawalEffectiveDate } from "./withdrawal";

export interface ProcedureOutcome {
  readonly phase: ProcedurePhase;
  /** The day the procedure ends, once its outcome is certain (it may lie ahead: a withdrawal on the notice's date). */
  readonly endsOn: IsoDate | null;
  /** WDR-1: a withdrawal at the end of the procedure and the day it takes effect. */
  readonly withdrawal: { readonly case: "PROCEDURE_DECISION" | "NOTICE_DATE"; readonly effectiveOn: IsoDate } | null;
  /** Ended with the habilitation maintained: the 12 months of CMP-5 run from endsOn. */
  readonly habilitationKept: boolean;
}

/**
 * WDR-1, CMP-3, CMP-4: how the procedure ends. A withdrawal by decision takes effect "au jour de la notification"; without
 * a justification in time, "au jour indiqué sur la lettre de notification de la mise en demeure". Deemed sufficient, it
 * ends with the Instance's last day to notify.
 */
export function procedureOutcome(facts: ProcedureFacts, today: IsoDate): ProcedureOutcome {
  const { phase, roundIndex } = procedurePhaseAt(facts, today);
  const round = facts.rounds[roundIndex];
  switch (phase) {
    case "WITHDRAWN": {
      const on = withdrawalEffectiveDate({ case: "PROCEDURE_DECISION", decisionNotifiedOn: round.decision!.notifiedOn! });
      return { phase, endsOn: on, withdrawal: { case: "PROCEDURE_DECISION", effectiveOn: on }, habilitationKept: false };
    }
    case "WITHDRAWAL_SCHEDULED":
    case "WITHDRAWN_ON_NOTICE_DATE": {
      const on = withdrawalEffectiveDate({ case: "NOTICE_DATE", noticeWithdrawalOn: round.notice.withdrawalOn });
      return { phase, endsOn: on, withdrawal: { case: "NOTICE_DATE", effectiveOn: on }, habilitationKept: false };
    }
    case "DEEMED_SUFFICIENT":
      return { phase, endsOn: responseDue(round.justifiedOn!), withdrawal: null, habilitationKept: true };
    default:
      return { phase, endsOn: null, withdrawal: null, habilitationKept: false };
  }
}

/** The last day a suspension under this procedure can last, or null while its end is unknown. */
function lastSuspendedDay(outcome: ProcedureOutcome): IsoDate | null {
  if (outcome.endsOn === null) return null;
  // Deemed sufficient at the end of the Instance's last day; a withdrawal's first day is already withdrawn.
  return outcome.phase === "DEEMED_SUFFICIENT" ? outcome.endsOn : addCalendarDays(outcome.endsOn, -1);
}

/**
 * CMP-1, WDR-1: a notice for a serious failing suspends the habilitation from its notification, for its period of the
 * procedure (initial or complementary, each notice saying so), until the procedure ends. Never outside a procedure.
 */
export function procedureSuspensions(facts: ProcedureFacts, today: IsoDate): SuspensionPeriod[] {
  const outcome = procedureOutcome(facts, today);
  const periods: SuspensionPeriod[] = [];
  facts.rounds.forEach((round, index) => {
    if (!round.notice.suspension || round.notifiedOn === null) return;
    const next = facts.rounds[index + 1];
    const to = next?.notifiedOn ? addCalendarDays(next.notifiedOn, -1) : lastSuspendedDay(outcome);
    if (to !== null && to < round.notifiedOn) return;
    const previous = periods[periods.length - 1];
    if (previous && previous.to !== null && addCalendarDays(previous.to, 1) === round.notifiedOn) {
      periods[periods.length - 1] = { from: previous.from, to };
    } else {
      periods.push({ from: round.notifiedOn, to });
    }
  });
  return periods;
}
