import { accept, type Decision, refuse } from "./decision";
import { joinFrench } from "../../common/french";

/** A person acting on a candidate's path: an intervenant (by id) or, for a jury, possibly someone from outside. */
export interface PersonOnPath {
  readonly intervenantId: number | string | null;
  readonly fullName: string;
}

const RULE =
  "le formateur d'un candidat ne peut en aucun cas être évaluateur de cette même personne, et le jury est distinct du formateur (règlement d'évaluation, art. 3 et 5)";

// Compared without case, accents or spacing, so that a trainer entered as an outside jury member is still caught.
const nameKey = (name: string): string =>
  name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]+/g, " ").trim();

function samePerson(a: PersonOnPath, b: PersonOnPath): boolean {
  if (a.intervenantId !== null && b.intervenantId !== null) return String(a.intervenantId) === String(b.intervenantId);
  return nameKey(a.fullName) === nameKey(b.fullName);
}

function clash(people: readonly PersonOnPath[], others: readonly PersonOnPath[]): string[] {
  return [...new Set(people.filter((person) => others.some((other) => samePerson(person, other))).map((person) => person.fullName))];
}

/** EVA-3: a trainer recorded for a person must not already have evaluated them nor sit on a jury deciding on them. */
export function checkTrainerAssignment(trainer: PersonOnPath, evaluators: readonly PersonOnPath[], juryMembers: readonly PersonOnPath[]): Decision<PersonOnPath> {
  if (clash([trainer], evaluators).length > 0) {
    return refuse("CONFLICT", "EVA-3", `${trainer.fullName} a déjà évalué ce candidat et ne peut donc pas le former : ${RULE}. Choisissez un autre formateur.`);
  }
  if (clash([trainer], juryMembers).length > 0) {
    return refuse("CONFLICT", "EVA-3", `${trainer.fullName} siège au jury qui statue sur ce candidat et ne peut donc pas le former : ${RULE}. Choisissez un autre formateur.`);
  }
  return accept(trainer);
}

/** EVA-3: none of an evaluation's evaluators may be one of the person's trainers. */
export function checkEvaluators(evaluators: readonly PersonOnPath[], trainers: readonly PersonOnPath[]): Decision<readonly PersonOnPath[]> {
  if (evaluators.length === 0) return refuse("BAD_USER_INPUT", "EVA-3", "Indiquez au moins un évaluateur, intervenant identifié de l'organisme.");
  const trainersAmong = clash(evaluators, trainers);
  if (trainersAmong.length > 0) {
    return refuse(
      "CONFLICT",
      "EVA-3",
      `${joinFrench(trainersAmong)} ${trainersAmong.length > 1 ? "forment" : "forme"} ce candidat : ${RULE}. Choisissez ${trainersAmong.length > 1 ? "d'autres évaluateurs" : "un autre évaluateur"}.`,
    );
  }
  return accept(evaluators);
}

/** EVA-3, EVA-5: the jury is composed of named members, none of them the person's trainer. */
export function checkJuryMembers(members: readonly PersonOnPath[], trainers: readonly PersonOnPath[]): Decision<readonly PersonOnPath[]> {
  const named = members.filter((member) => member.fullName.trim().length > 0);
  if (named.length === 0 || named.length !== members.length) {
    return refuse("BAD_USER_INPUT", "EVA-5", "Le jury est composé par l'organisme : nommez chacun de ses membres.");
  }
  const trainersAmong = clash(members, trainers);
  if (trainersAmong.length > 0) {
    return refuse(
      "CONFLICT",
      "EVA-3",
      `${joinFrench(trainersAmong)} ${trainersAmong.length > 1 ? "forment" : "forme"} ce candidat et ne ${trainersAmong.length > 1 ? "peuvent" : "peut"} siéger au jury qui statue sur lui : ${RULE}. Composez le jury autrement.`,
    );
  }
  return accept(members);
}
