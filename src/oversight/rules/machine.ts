import { capitalise, elidedDe, joinFrench } from "../../common/french";
import type { OversightActorKind } from "./actors";
import { accept, type Decision, refuse } from "./decision";
import { requireMember } from "../../common/require-member";

export interface Transition<S extends string, A extends string> {
  readonly from: S;
  readonly action: A;
  readonly to: S;
}

/** A file's state machine: its transitions, who may take each action, and the French words to say why not. */
export interface Machine<S extends string, A extends string> {
  /** "l'audit", "la procédure", "le retrait": the subject of "… est <state label>". */
  readonly subject: string;
  readonly states: readonly S[];
  readonly actions: readonly A[];
  readonly transitions: readonly Transition<S, A>[];
  readonly actors: Readonly<Record<A, readonly OversightActorKind[]>>;
  readonly stateLabels: Readonly<Record<S, string>>;
  readonly actionLabels: Readonly<Record<A, string>>;
  readonly permissionReasons: Readonly<Record<A, string>>;
}

export const ACTOR_LABELS: Readonly<Record<OversightActorKind, string>> = {
  ORGANISM: "l'organisme habilité (ou son mandataire)",
  AUDITOR: "l'auditeur désigné",
  AGENT: "le service compétent de l'Instance ou un prestataire",
  DECIDER: "l'Instance (décideur)",
  READER: "une Instance qui suit ce dossier sans en avoir la charge",
};

export const OUTSIDER_REFUSAL = "Ce dossier relève d'un autre organisme ou d'une autre Instance : vous ne pouvez ni le consulter ni y agir.";

/** INS-1, INS-2: whether this part may ever take the action, whatever the file's state (what the permission layer asks). */
export function permissionIn<S extends string, A extends string>(machine: Machine<S, A>, action: A, actor: OversightActorKind | null): Decision<true> {
  requireMember(machine.actions, action, "action");
  if (actor === null) return refuse("FORBIDDEN", OUTSIDER_REFUSAL);
  if (!machine.actors[action].includes(actor)) {
    return refuse(
      "FORBIDDEN",
      `${capitalise(ACTOR_LABELS[actor])} ne peut pas ${machine.actionLabels[action]}. ${machine.permissionReasons[action]}`,
    );
  }
  return accept(true);
}

/**
 * The next state, or why not. A part that may never take the action is FORBIDDEN whatever the state (the answer does
 * not depend on the file); a permitted part gets WRONG_STATE in the wrong state, with the states that allow it.
 */
export function transitionIn<S extends string, A extends string>(
  machine: Machine<S, A>,
  state: S,
  action: A,
  actor: OversightActorKind | null,
): Decision<{ readonly from: S; readonly to: S }> {
  requireMember(machine.states, state, "state");
  const permitted = permissionIn(machine, action, actor);
  if (!permitted.ok) return permitted;
  const rule = machine.transitions.find((candidate) => candidate.from === state && candidate.action === action);
  if (rule === undefined) {
    const from = machine.transitions.filter((candidate) => candidate.action === action).map((candidate) => machine.stateLabels[candidate.from]);
    const allowed = [...new Set(from)];
    const where = allowed.length > 0 ? ` Cette action n'est possible que lorsque ${machine.subject} est ${joinFrench(allowed, "ou")}.` : "";
    return refuse("WRONG_STATE", `Impossible ${elidedDe(machine.actionLabels[action])} : ${machine.subject} est ${machine.stateLabels[state]}.${where}`);
  }
  return accept({ from: state, to: rule.to });
}

export function allowedActionsIn<S extends string, A extends string>(machine: Machine<S, A>, state: S, actor: OversightActorKind | null): A[] {
  return machine.actions.filter((action) => transitionIn(machine, state, action, actor).ok);
}

