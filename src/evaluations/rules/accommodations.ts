import { accept, type Decision, refuse } from "./decision";

/**
 * EVA-6, Annexe 3 art. 6: "adaptation de la durée, accessibilité des locaux, aides humaines, matérielles et
 * techniques nécessaires (traducteur LSF, logiciel de lecture audio, connexion plage Braille...)".
 */
export const ACCOMMODATION_KINDS = ["DURATION", "ACCESSIBLE_PREMISES", "HUMAN_AID", "MATERIAL_AID", "TECHNICAL_AID"] as const;

export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];

export const ACCOMMODATION_LABELS: Readonly<Record<AccommodationKind, string>> = {
  DURATION: "Adaptation de la durée",
  ACCESSIBLE_PREMISES: "Accessibilité des locaux",
  HUMAN_AID: "Aide humaine",
  MATERIAL_AID: "Aide matérielle",
  TECHNICAL_AID: "Aide technique",
};

export interface AccommodationInput {
  readonly kind: string;
  /** What is provided ("traducteur LSF", "salle de plain-pied"); never the person's condition. */
  readonly description: string;
  /** DURATION only: minutes added to the evaluation's maximum duration. */
  readonly extraMinutes?: number | null;
}

export interface Accommodation {
  readonly kind: AccommodationKind;
  readonly description: string;
  readonly extraMinutes: number | null;
}

const MAX_DESCRIPTION = 500;
// A day of extra time catches hours typed as minutes; the sources set no figure.
const MAX_EXTRA_MINUTES = 24 * 60;

const CONTENT_UNCHANGED =
  "Les aménagements ne peuvent modifier le contenu des épreuves et garantissent le maintien du niveau de maîtrise requis des compétences (règlement d'évaluation, art. 6)";

const isKind = (kind: string): kind is AccommodationKind => (ACCOMMODATION_KINDS as readonly string[]).includes(kind);

/**
 * EVA-6: an accommodation is one of the kinds art. 6 lists, says what is provided, and adds time only as an
 * adaptation of the duration. No kind can waive a criterion or lower the required level: there is none to ask for.
 */
export function checkAccommodation(input: AccommodationInput): Decision<Accommodation> {
  if (!isKind(input.kind)) {
    return refuse(
      "BAD_USER_INPUT",
      "EVA-6",
      `Aménagement « ${input.kind} » inconnu. ${CONTENT_UNCHANGED} : seuls sont possibles ${ACCOMMODATION_KINDS.map((kind) => `« ${ACCOMMODATION_LABELS[kind]} »`).join(", ")}.`,
    );
  }
  const description = input.description.replace(/\s+/g, " ").trim();
  if (description.length === 0) {
    return refuse("BAD_USER_INPUT", "EVA-6", `Décrivez l'aménagement « ${ACCOMMODATION_LABELS[input.kind]} » prévu (par exemple « traducteur LSF »), sans mentionner la situation de santé de la personne.`);
  }
  if (description.length > MAX_DESCRIPTION) {
    return refuse("BAD_USER_INPUT", "EVA-6", `La description de l'aménagement dépasse ${MAX_DESCRIPTION} caractères.`);
  }
  const extra = input.extraMinutes ?? null;
  if (input.kind === "DURATION") {
    if (extra === null || !Number.isInteger(extra) || extra < 1 || extra > MAX_EXTRA_MINUTES) {
      return refuse("BAD_USER_INPUT", "EVA-6", `L'adaptation de la durée indique le temps ajouté, en minutes entières, de 1 à ${MAX_EXTRA_MINUTES}.`);
    }
  } else if (extra !== null) {
    return refuse("BAD_USER_INPUT", "EVA-6", `Seule l'adaptation de la durée ajoute du temps ; « ${ACCOMMODATION_LABELS[input.kind]} » n'en ajoute pas.`);
  }
  return accept({ kind: input.kind, description, extraMinutes: input.kind === "DURATION" ? extra : null });
}

/** EVA-6: the time the adaptations of duration add to an evaluation's maximum. */
export function extraMinutesGranted(accommodations: readonly Accommodation[]): number {
  return accommodations.reduce((sum, accommodation) => sum + (accommodation.kind === "DURATION" ? accommodation.extraMinutes ?? 0 : 0), 0);
}
