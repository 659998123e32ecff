export type ContextualisationStatus = "DRAFT" | "SUBMITTED" | "PUBLISHED" | "REJECTED" | "SUPERSEDED";
export type ContextualisationAction = "EDIT" | "SUBMIT" | "APPROVE" | "REJECT" | "SUPERSEDE";

const TRANSITIONS: Record<ContextualisationAction, { from: ContextualisationStatus; to: ContextualisationStatus }> = {
  EDIT: { from: "DRAFT", to: "DRAFT" },
  SUBMIT: { from: "DRAFT", to: "SUBMITTED" },
  APPROVE: { from: "SUBMITTED", to: "PUBLISHED" },
  REJECT: { from: "SUBMITTED", to: "REJECTED" },
  SUPERSEDE: { from: "PUBLISHED", to: "SUPERSEDED" },
};

const REFUSALS: Record<ContextualisationAction, string> = {
  EDIT: "Seul un brouillon (DRAFT) peut être modifié",
  SUBMIT: "Seul un brouillon (DRAFT) peut être soumis",
  APPROVE: "Seule une contextualisation soumise (SUBMITTED) peut être approuvée",
  REJECT: "Seule une contextualisation soumise (SUBMITTED) peut être rejetée",
  SUPERSEDE: "Seule une contextualisation publiée (PUBLISHED) peut être remplacée",
};

export type TransitionResult =
  | { ok: true; from: ContextualisationStatus; to: ContextualisationStatus }
  | { ok: false; reason: string };

export function transition(current: ContextualisationStatus, action: ContextualisationAction): TransitionResult {
  const rule = TRANSITIONS[action];
  if (current !== rule.from) return { ok: false, reason: `${REFUSALS[action]} ; elle est ${current}.` };
  return { ok: true, from: current, to: rule.to };
}
