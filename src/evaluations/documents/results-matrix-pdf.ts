import type { IsoDate } from "../../common/calendar/working-days";
import { longFrenchDate } from "../../common/french";
import type { EvaluationKind } from "../rules/path-limits";
import { type Pdf, renderPdf } from "./pdf";
import { frenchTypography, quoted } from "./typography";

/** EVA-4: what the results matrix shows, in the wording the person was evaluated against. */
export interface ResultsMatrixView {
  readonly organismName: string;
  readonly candidate: { readonly fullName: string; readonly birthDate: IsoDate };
  readonly certificationName: string;
  readonly referentialVersion: string;
  /** The CPNE whose contextualised wording was used; null for the referential as published by Certif Pro. */
  readonly context: { readonly name: string } | null;
  readonly evaluations: readonly { readonly kind: EvaluationKind; readonly heldOn: IsoDate }[];
  readonly domains: readonly MatrixDomain[];
  readonly jury: { readonly awarded: boolean; readonly decidedOn: IsoDate } | null;
  readonly issuedOn: IsoDate;
}

export interface MatrixDomain {
  readonly code: string;
  readonly title: string;
  readonly validatedOn: IsoDate | null;
  readonly competences: readonly MatrixCompetence[];
}

export interface MatrixCompetence {
  readonly code: string;
  readonly title: string;
  readonly acquiredOn: IsoDate | null;
}

const KIND_LABEL: Readonly<Record<EvaluationKind, string>> = { PRELIMINARY: "Évaluation préalable", FINAL: "Évaluation finale" };
const STATUS_WIDTH = 140;
const GAP = 12;

/** EVA-4, art. 4: "la matrice obligatoire des résultats de son évaluation", per domain and competence, as a PDF. */
export function renderResultsMatrixPdf(view: ResultsMatrixView): Promise<Buffer> {
  const title = `Matrice des résultats – ${view.certificationName}`;
  return renderPdf({ title, subject: `Résultats de ${view.candidate.fullName}`, date: view.issuedOn, layout: "portrait" }, (doc) => {
    header(doc, view);
    for (const domain of view.domains) drawDomain(doc, domain);
    footer(doc, view);
    numberPages(doc);
  });
}

const t = frenchTypography;

function header(doc: Pdf, view: ResultsMatrixView): void {
  doc.font("bold").fontSize(18).text("Matrice des résultats");
  doc.font("regular").fontSize(12).text(t(`Certification ${quoted(view.certificationName)}`)).moveDown(0.6);
  const wording = view.context ? `formulation contextualisée (${view.context.name})` : "formulation du référentiel publié par Certif Pro";
  const lines = [
    `Candidat : ${view.candidate.fullName}, date de naissance : ${longFrenchDate(view.candidate.birthDate)}`,
    `Organisme habilité : ${view.organismName}`,
    `Référentiel : version ${view.referentialVersion}, ${wording}`,
    ...view.evaluations.map((evaluation) => `${KIND_LABEL[evaluation.kind]} : ${longFrenchDate(evaluation.heldOn)}`),
  ];
  doc.fontSize(10);
  for (const line of lines) doc.text(t(line));
  doc.moveDown();
}

function drawDomain(doc: Pdf, domain: MatrixDomain): void {
  const status = domain.validatedOn ? `Validé le ${longFrenchDate(domain.validatedOn)}` : "Non validé";
  row(doc, `Domaine ${domain.code} : ${domain.title}`, status, "bold", 11);
  for (const competence of domain.competences) {
    const acquired = competence.acquiredOn ? `Acquise le ${longFrenchDate(competence.acquiredOn)}` : "Non acquise";
    row(doc, `${competence.code}  ${competence.title}`, acquired, "regular", 9.5);
  }
  doc.moveDown(0.6);
}

/** One line of the matrix: the wording on the left, the status on the right, on a new page when it would not fit. */
function row(doc: Pdf, label: string, status: string, font: "regular" | "bold", size: number): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const textWidth = width - STATUS_WIDTH - GAP;
  doc.font(font).fontSize(size);
  const height = Math.max(doc.heightOfString(t(label), { width: textWidth }), doc.heightOfString(status, { width: STATUS_WIDTH }));
  if (doc.y + height > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
  const top = doc.y;
  doc.text(t(label), left, top, { width: textWidth });
  doc.text(status, left + textWidth + GAP, top, { width: STATUS_WIDTH, align: "right" });
  doc.y = top + height + 4;
  doc.moveTo(left, doc.y - 2).lineTo(left + width, doc.y - 2).lineWidth(0.3).strokeColor("#999999").stroke();
  doc.x = left;
}

function footer(doc: Pdf, view: ResultsMatrixView): void {
  doc.moveDown().font("regular").fontSize(9.5);
  const jury = view.jury
    ? view.jury.awarded
      ? `Le jury a délivré le certificat le ${longFrenchDate(view.jury.decidedOn)}.`
      : `Le jury ne l'a pas délivré le ${longFrenchDate(view.jury.decidedOn)} ; les domaines validés restent acquis dans les conditions du règlement d'évaluation.`
    : "Le dossier n'a pas encore été présenté au jury, souverain pour décider de la délivrance du certificat.";
  doc.text(t(jury));
  doc.text(
    t(
      `Matrice remise par ${view.organismName} le ${longFrenchDate(view.issuedOn)} (règlement d'évaluation, art. 4). Vous pouvez demander à consulter le procès-verbal du jury ou contester les résultats par écrit, en recommandé avec accusé de réception, auprès du certificateur, dans un délai d'un mois après leur communication (art. 7).`,
    ),
  );
}

function numberPages(doc: Pdf): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.height - doc.page.margins.bottom;
    doc.font("regular").fontSize(8).text(`Page ${i + 1} sur ${range.count}`, doc.page.margins.left, bottom - 10, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: "right",
      lineBreak: false,
    });
  }
}
