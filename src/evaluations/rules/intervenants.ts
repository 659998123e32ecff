import { accept, type Decision, refuse } from "./decision";

/** An intervenant of the organism, as recorded at habilitation (HAB-1). */
export interface IntervenantFacts {
  readonly id: number | string;
  readonly organismId: number | string;
  readonly fullName: string;
  readonly evaluator: boolean;
  readonly trainer: boolean;
  readonly remoteReady: boolean;
}

export type IntervenantRole = "EVALUATOR" | "TRAINER";

/**
 * EVA-3, art. 3: evaluators and trainers are the organism's own identified intervenants ("Ils sont identifiés"), in the
 * role they were declared for; a remote evaluation needs evaluators with the skills for it ("l'organisme doit
 * s'assurer que les intervenants concernés possèdent les compétences nécessaires").
 */
export function checkIntervenantRole(
  intervenant: IntervenantFacts,
  organismId: number | string,
  role: IntervenantRole,
  remote: boolean,
): Decision<IntervenantFacts> {
  if (String(intervenant.organismId) !== String(organismId)) {
    return refuse("BAD_USER_INPUT", "EVA-3", `${intervenant.fullName} n'est pas un intervenant de cet organisme : choisissez l'un de ses intervenants déclarés.`);
  }
  if (role === "EVALUATOR" && !intervenant.evaluator) {
    return refuse("BAD_USER_INPUT", "EVA-3", `${intervenant.fullName} n'est pas déclaré évaluateur : mettez à jour ses rôles ou choisissez un évaluateur.`);
  }
  if (role === "TRAINER" && !intervenant.trainer) {
    return refuse("BAD_USER_INPUT", "EVA-3", `${intervenant.fullName} n'est pas déclaré formateur : mettez à jour ses rôles ou choisissez un formateur.`);
  }
  if (role === "EVALUATOR" && remote && !intervenant.remoteReady) {
    return refuse("BAD_USER_INPUT", "EVA-8", `${intervenant.fullName} n'est pas déclaré compétent pour l'évaluation à distance : choisissez un évaluateur qui l'est.`);
  }
  return accept(intervenant);
}
