import PDFDocument from "pdfkit";

/** DejaVu Sans, from the npm package: embedded (subset) in every PDF, so nothing is fetched at run time. */
const FONT_FILES = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
} as const;

export type Pdf = PDFKit.PDFDocument;

export interface PdfMeta {
  readonly title: string;
  readonly subject: string;
  /** The document's own date (ISO), written as its creation date so that the same input gives the same bytes. */
  readonly date: string;
  readonly layout: "portrait" | "landscape";
}

/** Draws a French A4 document and returns its bytes. */
export function renderPdf(meta: PdfMeta, draw: (doc: Pdf) => void): Promise<Buffer> {
  const created = new Date(`${meta.date}T12:00:00Z`);
  const doc = new PDFDocument({
    size: "A4",
    layout: meta.layout,
    margin: 50,
    lang: "fr-FR",
    displayTitle: true,
    bufferPages: true,
    info: { Title: meta.title, Subject: meta.subject, Author: "Certification CléA", Creator: "CléA management API", CreationDate: created, ModDate: created },
  });
  doc.registerFont("regular", FONT_FILES.regular);
  doc.registerFont("bold", FONT_FILES.bold);
  doc.font("regular");
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
