import { beforeAll, describe, expect, it } from "vitest";

import { renderCertificatePdf, type CertificateView } from "../../../src/evaluations/documents/certificate-pdf";
import { type ResultsMatrixView, renderResultsMatrixPdf } from "../../../src/evaluations/documents/results-matrix-pdf";
import { frenchTypography } from "../../../src/evaluations/documents/typography";
import { pathStatus } from "../../../src/evaluations/rules/path";
import { cleaManagement20230214 } from "../../../seeds/reference/referentials";
import { demoPublishedContextualisation } from "../../../seeds/demo/accounts";
import { ensurePdftotext, flattenSpaces, pdfText, toUnicodeMaps } from "../../support/pdf-text";
import { MANAGEMENT, assess } from "./fixtures";

const wordings = demoPublishedContextualisation.wordings;

function matrixView(context: { name: string } | null): ResultsMatrixView {
  const status = pathStatus(
    MANAGEMENT,
    [
      { kind: "PRELIMINARY", heldOn: "2025-09-15", assessments: assess(MANAGEMENT, { notAcquired: ["2-2", "3-2"] }) },
      { kind: "FINAL", heldOn: "2026-01-12", assessments: assess(MANAGEMENT, { only: ["2-2", "3-2"], notAcquired: ["3-2"] }) },
    ],
    "2026-01-13",
  );
  const wording = (code: string, base: string) => (context ? wordings[code] ?? base : base);
  return {
    organismName: "Organisme Alpha Formation",
    candidate: { fullName: "Éloïse Lefèvre", birthDate: "1990-04-01" },
    certificationName: "CléA management",
    referentialVersion: cleaManagement20230214.version,
    context,
    evaluations: [
      { kind: "PRELIMINARY", heldOn: "2025-09-15" },
      { kind: "FINAL", heldOn: "2026-01-12" },
    ],
    domains: cleaManagement20230214.domains.map((domain) => ({
      code: domain.code,
      title: wording(domain.code, domain.title),
      validatedOn: status.validatedDomains.includes(domain.code)
        ? status.competences.filter((c) => c.domainCode === domain.code).map((c) => c.acquiredOn!).sort().pop()!
        : null,
      competences: domain.competences.map((competence) => ({
        code: competence.code,
        title: wording(competence.code, competence.title),
        acquiredOn: status.competences.find((c) => c.code === competence.code)!.acquiredOn,
      })),
    })),
    jury: null,
    issuedOn: "2026-01-13",
  };
}

const certificate: CertificateView = {
  certificationName: "CléA management",
  holder: { fullName: "Éloïse Lefèvre", birthDate: "1990-04-01" },
  number: "CM-2026-000042",
  verificationCode: "7M3Q-9XCD-N2C8",
  verificationUrl: "http://localhost:4000/verify/CM-2026-000042?code=7M3Q-9XCD-N2C8",
  deliveredOn: "2026-02-03",
  deliveredInNameOf: "CPNE de la propreté et des services associés, certificateur délégué de Certif Pro",
  organismName: "Organisme Alpha Formation",
  referentialVersion: "2023-02-14",
  contextName: "CPNE de la propreté et des services associés",
};

beforeAll(() => ensurePdftotext(), 300_000);

describe("results matrix PDF", () => {
  it("EVA-4: the matrix shows the CPNE's contextualised wording with the referential version, accents and « » intact", async () => {
    const bytes = await renderResultsMatrixPdf(matrixView({ name: "CPNE de la propreté et des services associés" }));
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = flattenSpaces(pdfText(bytes));
    expect(text).toContain("Matrice des résultats");
    expect(text).toContain("Certification « CléA management »");
    expect(text).toContain("Référentiel : version 2023-02-14, formulation contextualisée (CPNE de la propreté et des services associés)");
    expect(text).toContain("Candidat : Éloïse Lefèvre, date de naissance : 1er avril 1990");
    expect(text).toContain("Animer l’équipe d’agents de propreté, sur les sites clients");
    expect(text).toContain("2-2 Animer l’équipe d’agents de propreté");
    expect(text).not.toContain("Animer l’équipe, en présentiel et/ou à distance");
    expect(text).toContain("Évaluation préalable : 15 septembre 2025");
    expect(text).toContain("Acquise le 12 janvier 2026");
    expect(text).toContain("Non acquise");
    expect(text).toContain("Domaine 3 : Accompagner les collaborateurs");
    expect(text).toContain("Non validé");
    expect(text).toContain("mettre en œuvre les directives");
    expect(text).toMatch(/Page 1 sur \d/);
  });

  it("EVA-4: without a context, the base wording of the referential", async () => {
    const text = flattenSpaces(pdfText(await renderResultsMatrixPdf(matrixView(null))));
    expect(text).toContain("formulation du référentiel publié par Certif Pro");
    expect(text).toContain("Animer l’équipe, en présentiel et/ou à distance");
  });

  it("EVA-4: narrow no-break spaces are typeset as such, from the embedded font", async () => {
    const bytes = await renderResultsMatrixPdf(matrixView(null));
    const maps = toUnicodeMaps(bytes);
    expect(maps).toContain("<202f>");
    expect(maps).toContain("<2019>");
    expect(maps).toContain("<00ab>");
    expect(bytes.toString("latin1")).toMatch(/\/FontFile2/);
    expect(bytes.toString("latin1")).toMatch(/DejaVuSans/);
  });

  it("EVA-4: the same view gives the same bytes", async () => {
    const [a, b] = await Promise.all([renderResultsMatrixPdf(matrixView(null)), renderResultsMatrixPdf(matrixView(null))]);
    expect(a.equals(b)).toBe(true);
  });
});

describe("certificate PDF", () => {
  it("EVA-5: the certificate shows the certification, the holder, the number, the date, the Instance and the verification code", async () => {
    const text = flattenSpaces(pdfText(await renderCertificatePdf(certificate)));
    expect(text).toContain("Certificat « CléA management » délivré à Éloïse Lefèvre");
    expect(text).toContain("date de naissance : 1er avril 1990");
    expect(text).toContain("Délivré le 3 février 2026 par Organisme Alpha Formation, organisme habilité, au nom du certificateur : CPNE de la propreté et des services associés, certificateur délégué de Certif Pro.");
    expect(text).toContain("référentiel « CléA management », version 2023-02-14, formulation contextualisée (CPNE de la propreté et des services associés).");
    expect(text).toContain("Certificat n° CM-2026-000042 – code de vérification : 7M3Q-9XCD-N2C8");
    expect(text).toContain("http://localhost:4000/verify/CM-2026-000042?code=7M3Q-9XCD-N2C8");
  });

  it("EVA-5: names beyond Latin-1 survive", async () => {
    const text = flattenSpaces(pdfText(await renderCertificatePdf({ ...certificate, holder: { fullName: "Łukasz Nguyễn-Şahin", birthDate: "1988-12-31" } })));
    expect(text).toContain("Łukasz Nguyễn-Şahin");
  });
});

describe("French typography", () => {
  it("EVA-4: apostrophes, « », and no break before : ; ! ? €", () => {
    expect(frenchTypography("l'équipe « test » : oui ; non ! 11 €")).toBe("l\u2019équipe «\u202Ftest\u202F»\u00A0: oui\u202F; non\u202F! 11\u202F€");
  });
});
