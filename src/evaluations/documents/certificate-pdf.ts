import type { IsoDate } from "../../common/calendar/working-days";
import { longFrenchDate } from "../../common/french";
import { type Pdf, renderPdf } from "./pdf";
import { frenchTypography, NO_BREAK_SPACE, quoted } from "./typography";

/** EVA-5: what the certificate shows. */
export interface CertificateView {
  readonly certificationName: string;
  readonly holder: { readonly fullName: string; readonly birthDate: IsoDate };
  readonly number: string;
  readonly verificationCode: string;
  /** The public page that confirms it, with the code: `…/verify/<number>?code=<code>`. */
  readonly verificationUrl: string;
  readonly deliveredOn: IsoDate;
  /** Certif Pro, or the delegated CPNE (see `deliveredInNameOf`). */
  readonly deliveredInNameOf: string;
  readonly organismName: string;
  readonly referentialVersion: string;
  readonly contextName: string | null;
}

const t = frenchTypography;

/** EVA-5, art. 5: "le parchemin du Certificat", here as a PDF (the paper one is printed from the same). */
export function renderCertificatePdf(view: CertificateView): Promise<Buffer> {
  return renderPdf(
    { title: `Certificat ${view.certificationName} n°${NO_BREAK_SPACE}${view.number}`, subject: "Certificat", date: view.deliveredOn, layout: "landscape" },
    (doc) => {
      frame(doc);
      const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
      const centred = { width, align: "center" as const };
      doc.x = doc.page.margins.left;
      doc.y = 95;
      doc.font("regular").fontSize(14).text("Certificat", centred);
      doc.font("bold").fontSize(30).text(t(quoted(view.certificationName)), centred).moveDown(0.8);
      doc.font("regular").fontSize(13).text("délivré à", centred).moveDown(0.3);
      doc.font("bold").fontSize(24).text(view.holder.fullName, centred);
      doc.font("regular").fontSize(11).text(t(`date de naissance : ${longFrenchDate(view.holder.birthDate)}`), centred).moveDown(1.2);
      const wording = view.contextName ? `, formulation contextualisée (${view.contextName})` : "";
      doc
        .fontSize(12)
        .text(t(`Le jury a constaté la maîtrise de chacun des domaines du référentiel ${quoted(view.certificationName)}, version ${view.referentialVersion}${wording}.`), centred)
        .moveDown(0.5)
        .text(t(`Délivré le ${longFrenchDate(view.deliveredOn)} par ${view.organismName}, organisme habilité, au nom du certificateur : ${view.deliveredInNameOf}.`), centred);
      verification(doc, view, width);
    },
  );
}

function frame(doc: Pdf): void {
  doc.lineWidth(2).strokeColor("#1d4e89").rect(25, 25, doc.page.width - 50, doc.page.height - 50).stroke();
  doc.lineWidth(0.5).rect(32, 32, doc.page.width - 64, doc.page.height - 64).stroke();
}

function verification(doc: Pdf, view: CertificateView, width: number): void {
  doc.x = doc.page.margins.left;
  doc.y = doc.page.height - 130;
  doc.font("bold").fontSize(10).text(t(`Certificat n°${NO_BREAK_SPACE}${view.number} – code de vérification : ${view.verificationCode}`), { width, align: "center" });
  doc.font("regular").fontSize(9).text(t(`Vérifiez son authenticité : ${view.verificationUrl}`), { width, align: "center", link: view.verificationUrl });
}
