import { type Checked, InputCheck } from "./fields";

export interface IntervenantValues {
  fullName: string;
  evaluator: boolean;
  trainer: boolean;
  qualifications: string;
  remoteReady?: boolean | null;
}

export interface CheckedIntervenant {
  fullName: string;
  evaluator: boolean;
  trainer: boolean;
  qualifications: string;
  remoteReady: boolean;
}

/**
 * HAB-1: intervenants are the organism's evaluators and trainers, qualified (their CVs are examined at instruction),
 * remote-ready or not. Each is an evaluator, a trainer or both.
 */
export function checkIntervenant(input: IntervenantValues): Checked<CheckedIntervenant> {
  const check = new InputCheck();
  const fullName = check.requiredText("fullName", "Nom de l'intervenant", input.fullName, 200);
  if (!input.evaluator && !input.trainer) {
    check.fail("evaluator", "Rôle de l'intervenant", "un intervenant est évaluateur, formateur ou les deux : indiquez au moins l'un des deux.");
  }
  const qualifications = check.requiredText(
    "qualifications",
    "Qualifications",
    input.qualifications,
    2000,
  );
  return check.result({ fullName, evaluator: !!input.evaluator, trainer: !!input.trainer, qualifications, remoteReady: !!input.remoteReady });
}
