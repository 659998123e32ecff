import type { IsoDate } from "../../common/calendar/working-days";
import type { HabilitationRecord, SuspensionPeriod } from "../../habilitations/rules/validity";
import type { ProcedureFacts } from "./procedure-lifecycle";
import { procedureOutcome, procedureSuspensions } from "./procedure-outcome";
import { standaloneEffectiveOn, type WithdrawalCase, type WithdrawalFacts } from "./withdrawal";

/** Everything oversight knows of one habilitation. */
export interface OversightFacts {
  readonly procedures: readonly ProcedureFacts[];
  /** Withdrawals decided outside a procedure's decision: relapse, audit refusal, EDOF alert. */
  readonly withdrawals: readonly WithdrawalFacts[];
}

export interface OversightEffects {
  readonly suspensions: readonly SuspensionPeriod[];
  /** The withdrawal that takes effect first, with its case (kept private: the status and its dates are public, HAB-5). */
  readonly withdrawal: { readonly case: WithdrawalCase; readonly effectiveOn: IsoDate } | null;
}

/**
 * WDR-1, CMP-3, CMP-4, CMP-5: the suspensions and the withdrawal that follow from the dated facts, as known today.
 * Automatic outcomes count as soon as they are certain: once the justification period has run out, the withdrawal on
 * the notice's date is known even if that date lies ahead.
 */
export function oversightEffects(facts: OversightFacts, today: IsoDate): OversightEffects {
  const suspensions = facts.procedures.flatMap((procedure) => procedureSuspensions(procedure, today)).sort((a, b) => (a.from < b.from ? -1 : 1));
  const withdrawals: { case: WithdrawalCase; effectiveOn: IsoDate }[] = [];
  for (const procedure of facts.procedures) {
    const outcome = procedureOutcome(procedure, today);
    if (outcome.withdrawal) withdrawals.push(outcome.withdrawal);
  }
  for (const withdrawal of facts.withdrawals) {
    const effectiveOn = standaloneEffectiveOn(withdrawal);
    if (effectiveOn) withdrawals.push({ case: withdrawal.case, effectiveOn });
  }
  const first = withdrawals.reduce<(typeof withdrawals)[number] | null>((earliest, w) => (earliest === null || w.effectiveOn < earliest.effectiveOn ? w : earliest), null);
  return { suspensions, withdrawal: first };
}

export type BaseHabilitationRecord = Omit<HabilitationRecord, "suspensions" | "withdrawnOn">;

/**
 * The habilitation's record with suspensions and withdrawal computed from oversight, never typed in: statusOn,
 * computeValidity and mayEvaluate then answer as before (HAB-6: a suspension never extends the habilitation, and bars the
 * automatic renewal when it falls in the first period).
 */
export function withOversight(base: BaseHabilitationRecord, effects: OversightEffects): HabilitationRecord {
  return { ...base, suspensions: effects.suspensions, withdrawnOn: effects.withdrawal?.effectiveOn ?? null };
}
