import { renderCertificatePdf } from "../src/evaluations/documents/certificate-pdf";
import { renderResultsMatrixPdf, type ResultsMatrixView } from "../src/evaluations/documents/results-matrix-pdf";
import { allCompetences, assessableItems } from "../src/evaluations/rules/referential-scope";
import { checkSessionResultRow, type SessionFacts, type SessionResultRow, validateSessionBatch } from "../src/evaluations/rules/session-batch";
import { clea, cleaManagement20230214 } from "../seeds/reference/referentials";

/** Prints how long the evaluation documents and a 200-row session take, in one process on this machine. */

async function timed(label: string, runs: number, run: () => unknown): Promise<void> {
  await run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) await run();
  const perRun = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  console.log(`${label.padEnd(52)} ${perRun.toFixed(1).padStart(8)} ms per run (${runs} runs)`);
}

const matrix: ResultsMatrixView = {
  organismName: "Organisme Alpha Formation",
  candidate: { fullName: "Éloïse Lefèvre", birthDate: "1990-04-01" },
  certificationName: "CléA management",
  referentialVersion: cleaManagement20230214.version,
  context: null,
  evaluations: [{ kind: "PRELIMINARY", heldOn: "2025-09-15" }],
  domains: cleaManagement20230214.domains.map((domain) => ({
    code: domain.code,
    title: domain.title,
    validatedOn: "2025-09-15",
    competences: domain.competences.map((competence) => ({ code: competence.code, title: competence.title, acquiredOn: "2025-09-15" })),
  })),
  jury: { awarded: true, decidedOn: "2025-10-01" },
  issuedOn: "2025-10-01",
};

const referential = {
  certification: clea.certification,
  version: clea.version,
  domains: clea.domains.map((d) => ({ code: d.code, competences: d.competences.map((c) => ({ code: c.code, criteria: c.criteria.map((x) => x.code) })) })),
};
const assessments = allCompetences(referential).flatMap((c) => assessableItems(c).map((code) => ({ code, acquired: c.code !== "7.1" })));
const rows: SessionResultRow[] = Array.from({ length: 200 }, (_, i) => ({
  candidateReference: `C${i}`,
  kind: "PRELIMINARY",
  sittings: [{ heldOn: "2025-09-15", minutes: 300 }],
  assessments,
  scorePercent: 80,
  evaluatorIds: [8],
  remote: null,
}));
const facts: SessionFacts = {
  today: "2025-09-16",
  intervenants: new Map([["8", { id: 8, organismId: 3, fullName: "Marc Petit", evaluator: true, trainer: false, remoteReady: false }]]),
  candidates: new Map(
    rows.map((row) => [
      row.candidateReference,
      {
        organismId: 3,
        enrolledOn: "2025-09-01",
        habilitation: { notifiedOn: "2025-03-10" },
        referential,
        previous: [],
        trainers: [],
        accommodations: [],
        limits: { restrictedSince: null, objectedSince: null },
      },
    ]),
  ),
};

async function main(): Promise<void> {
  await timed("results matrix PDF (CléA management, 17 competences)", 30, () => renderResultsMatrixPdf(matrix));
  await timed("certificate PDF", 30, () =>
    renderCertificatePdf({
      certificationName: "CléA management",
      holder: { fullName: "Éloïse Lefèvre", birthDate: "1990-04-01" },
      number: "CM-2025-000042",
      verificationCode: "7M3Q-9XCD-N2C8",
      verificationUrl: "http://localhost:4000/verify/CM-2025-000042?code=7M3Q-9XCD-N2C8",
      deliveredOn: "2025-10-01",
      deliveredInNameOf: "Certif Pro",
      organismName: "Organisme Alpha Formation",
      referentialVersion: "2023-02-14",
      contextName: null,
    }),
  );
  await timed("session of 200 CléA preliminary evaluations, rules only", 20, () => {
    const result = validateSessionBatch(rows, (row) => row.candidateReference, (row) => checkSessionResultRow(row, facts));
    if (!result.ok) throw new Error(result.message);
  });
}

void main();
