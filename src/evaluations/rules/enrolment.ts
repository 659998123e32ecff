import { isIsoDate, type IsoDate } from "../../common/calendar/working-days";
import type { EvaluationRight, OrganismHabilitation } from "../../habilitations/rules/evaluation-right";
import { type HabilitationRecord, mayFinishEnrolledCandidate, statusOn } from "../../habilitations/rules/validity";
import { accept, type Decision, refuse } from "./decision";
import { formatDate } from "../../common/french";

/** What the organism told the person at enrolment. */
export interface EnrolmentNotices {
  /** GDPR-1, convention IV.7: "faire mention de la finalité du traitement des données personnelles lors de leur collecte". */
  readonly purposeStated: boolean;
  /** EVA-6, art. 6: "au moment de leur inscription au certificat", "le nom et le contact du référent handicap". */
  readonly disabilityReferentGiven: boolean;
}

export interface EnrolmentInput {
  /** `mayEvaluate` for the organism, the certification and the context, on the enrolment day. */
  readonly right: EvaluationRight;
  /** The enrolment day: today. */
  readonly enrolledOn: IsoDate;
  readonly notices: EnrolmentNotices;
}

const instanceLabel = (habilitation: OrganismHabilitation): string =>
  habilitation.instance.kind === "CERTIFIER" ? "Certif Pro" : `la CPNE ${habilitation.instance.code}`;

/**
 * EVA-1: the organism holds, on the enrolment day, a habilitation giving it the right (CTX-4, suspension and
 * withdrawal included). HAB-6: once its renunciation is sent, nobody new is enrolled ("les bénéficiaires déjà
 * inscrits à la date d'envoi" alone are carried to the end). GDPR-1 and EVA-6: the person was told the purpose and
 * the disability referent's contact.
 */
export function checkEnrolment(input: EnrolmentInput): Decision<OrganismHabilitation> {
  if (!input.right.allowed) return refuse("BAD_USER_INPUT", "EVA-1", input.right.reason);
  const habilitation = input.right.habilitation;
  const sentOn = habilitation.validity.renunciation?.noticeSentOn ?? null;
  if (sentOn !== null && sentOn < input.enrolledOn) {
    return refuse(
      "BAD_USER_INPUT",
      "HAB-6",
      `L'organisme a adressé le ${formatDate(sentOn)} sa renonciation à l'habilitation délivrée par ${instanceLabel(habilitation)} : seules les personnes inscrites à cette date sont menées au terme de leur parcours, aucune nouvelle inscription n'est possible.`,
    );
  }
  if (!input.notices.purposeStated) {
    return refuse("BAD_USER_INPUT", "GDPR-1", "Indiquez à la personne la finalité du traitement de ses données (registre des traitements) avant de l'inscrire, puis confirmez-le.");
  }
  if (!input.notices.disabilityReferentGiven) {
    return refuse("BAD_USER_INPUT", "EVA-6", "Communiquez à la personne, à son inscription, le nom et le contact du référent handicap de l'organisme, puis confirmez-le.");
  }
  return accept(habilitation);
}

/**
 * HAB-6, WDR-1: every later step of a path (evaluation, training, jury, certificate) happens while the habilitation
 * it was enrolled under lets the organism act: active, or renounced with the person enrolled by the sending day.
 */
export function checkPathMayContinue(validity: HabilitationRecord, enrolledOn: IsoDate, today: IsoDate): Decision<null> {
  if (mayFinishEnrolledCandidate(validity, enrolledOn, today)) return accept(null);
  const status = statusOn(validity, today);
  const messages: Partial<Record<typeof status, string>> = {
    SUSPENDED: "L'habilitation est suspendue : l'organisme cesse toute activité à ce titre pendant la suspension ; ce parcours reprendra à sa levée.",
    WITHDRAWN: `L'habilitation a été retirée à compter du ${formatDate(validity.withdrawnOn ?? today)} : l'organisme cesse toute activité à ce titre.`,
    EXPIRED: "L'habilitation a pris fin : l'organisme ne peut plus conduire ce parcours.",
    RENOUNCED: "L'organisme a renoncé à l'habilitation et la personne a été inscrite après l'envoi de la renonciation : son parcours ne peut être poursuivi au titre de cette habilitation.",
  };
  return refuse("BAD_USER_INPUT", status === "SUSPENDED" || status === "WITHDRAWN" ? "WDR-1" : "HAB-6", messages[status] ?? "L'habilitation ne permet pas de poursuivre ce parcours à cette date.");
}

export interface CandidateIdentityInput {
  readonly lastName: string;
  readonly firstNames: string;
  readonly birthDate: IsoDate;
  readonly email: string | null;
  readonly postalAddress: string | null;
}

const MAX_NAME = 100;
const MAX_ADDRESS = 300;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const tidy = (text: string | null): string | null => {
  const value = text?.replace(/\s+/g, " ").trim() ?? "";
  return value.length === 0 ? null : value;
};

/**
 * GDPR-1 (least data): the person's names and birth date (to tell homonyms apart on the certificate) and one way to
 * reach them for convocations and results; nothing else.
 */
export function checkCandidateIdentity(input: CandidateIdentityInput, today: IsoDate): Decision<CandidateIdentityInput> {
  const lastName = tidy(input.lastName);
  const firstNames = tidy(input.firstNames);
  const email = tidy(input.email);
  const postalAddress = tidy(input.postalAddress);
  const problems: string[] = [];
  if (lastName === null || lastName.length > MAX_NAME) problems.push(`le nom (1 à ${MAX_NAME} caractères)`);
  if (firstNames === null || firstNames.length > MAX_NAME) problems.push(`le ou les prénoms (1 à ${MAX_NAME} caractères)`);
  if (!isIsoDate(input.birthDate) || input.birthDate >= today) problems.push("la date de naissance (AAAA-MM-JJ, passée)");
  if (email !== null && (!EMAIL.test(email) || email.length > 254)) problems.push("l'adresse e-mail");
  if (postalAddress !== null && postalAddress.length > MAX_ADDRESS) problems.push(`l'adresse postale (${MAX_ADDRESS} caractères au plus)`);
  if (email === null && postalAddress === null) problems.push("un moyen de joindre la personne (e-mail ou adresse postale) pour ses convocations et ses résultats");
  if (problems.length > 0) return refuse("BAD_USER_INPUT", "GDPR-1", `Vérifiez ${problems.join(", ")}.`);
  return accept({ lastName: lastName!, firstNames: firstNames!, birthDate: input.birthDate, email, postalAddress });
}

export interface ProcessingLimits {
  readonly restrictedSince: IsoDate | null;
  readonly objectedSince: IsoDate | null;
}

/** GDPR-1: while the person's restriction of, or objection to, processing stands, nothing new is recorded on them. */
export function checkProcessingAllowed(limits: ProcessingLimits): Decision<null> {
  if (limits.restrictedSince !== null) {
    return refuse("CONFLICT", "GDPR-1", `La personne a obtenu le ${formatDate(limits.restrictedSince)} la limitation du traitement de ses données : rien ne peut être enregistré à son sujet avant la levée de la limitation.`);
  }
  if (limits.objectedSince !== null) {
    return refuse("CONFLICT", "GDPR-1", `La personne s'est opposée le ${formatDate(limits.objectedSince)} au traitement de ses données : rien ne peut être enregistré à son sujet tant que son opposition n'est pas traitée.`);
  }
  return accept(null);
}

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._\/-]{0,39}$/;

/** GDPR-1 (least data): the organism's file number names the person's file without naming the person. */
export function checkCandidateReference(raw: string): Decision<string> {
  const reference = raw.trim();
  if (!REFERENCE.test(reference)) {
    return refuse("BAD_USER_INPUT", "GDPR-1", `Numéro de dossier « ${reference.slice(0, 40)} » invalide : 1 à 40 lettres, chiffres, points, tirets ou barres obliques (par exemple DELTA-2025-001), jamais le nom de la personne.`);
  }
  return accept(reference);
}
