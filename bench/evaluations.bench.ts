import "reflect-metadata";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { type Database, openDatabase } from "../src/app/database";
import { createApp, type App } from "../src/app/server";
import { signToken } from "../src/common/auth/jwt";
import { addCalendarDays } from "../src/common/calendar/working-days";
import { todayInParis } from "../src/common/clock";
import { countQueries } from "../src/common/db/query-counter";
import { readConfig } from "../src/config";
import { renderCertificatePdf } from "../src/evaluations/documents/certificate-pdf";
import { renderResultsMatrixPdf, type ResultsMatrixView } from "../src/evaluations/documents/results-matrix-pdf";
import { allCompetences, assessableItems } from "../src/evaluations/rules/referential-scope";
import { checkSessionResultRow, type SessionFacts, type SessionResultRow, validateSessionBatch } from "../src/evaluations/rules/session-batch";
import { runSeeds } from "../seeds";
import { DELTA } from "../seeds/demo/evaluations";
import { clea, cleaManagement20230214 } from "../seeds/reference/referentials";

/**
 * Prints how long the evaluation documents and a 200-row session take, in one process on this machine: the rules
 * alone, then through the API on a real database (the local bench server, or DATABASE_URL), with its SQL statements.
 */

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

const SESSION_QUERY = `mutation($organism: String!, $rows: [SessionResultRowInput!]!) { recordSessionResults(organism: $organism, rows: $rows) { recorded } }`;
const LIST_QUERY = `{ candidates(first: 100) { totalCount nodes { id reference person { lastName } standing { remainingDomains } certificate { number } } } }`;

/** Fresh candidates of Delta, enrolled a week ago under its habilitation (rows written straight). */
async function freshCandidates(database: Database, count: number): Promise<string[]> {
  const prefix = `BENCH-${randomBytes(4).toString("hex")}`;
  const references = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  const enrolledOn = addCalendarDays(todayInParis(), -7);
  const [{ organism, habilitation, version }] = await database.dataSource.query(
    `SELECT o.id organism, (SELECT MIN(x.id) FROM habilitation x WHERE x.organism_id = o.id) habilitation,
            (SELECT v.id FROM referential_version v WHERE v.certification_code = 'CLEA_MANAGEMENT' AND v.version = '2023-02-14') version
       FROM organism o WHERE o.siren = ?`,
    [DELTA],
  );
  await database.dataSource.query(
    `INSERT INTO candidate (organism_id, reference, habilitation_id, certification_code, referential_version_id, enrolled_on, purpose_stated, disability_referent_given, status)
     VALUES ${references.map(() => "(?, ?, ?, 'CLEA_MANAGEMENT', ?, ?, 1, 1, 'OPEN')").join(", ")}`,
    references.flatMap((reference) => [organism, reference, habilitation, version, enrolledOn]),
  );
  await database.dataSource.query(
    `INSERT INTO candidate_identity (candidate_id, last_name, first_names, birth_date, email) SELECT id, 'Durand', 'Camille', '1992-05-17', 'camille@example.org' FROM candidate WHERE reference LIKE ?`,
    [`${prefix}-%`],
  );
  return references;
}

async function throughTheApi(): Promise<void> {
  const config = { ...readConfig({ ...process.env, JWT_SECRET: process.env.JWT_SECRET || randomBytes(32).toString("hex") }), production: true };
  let database: Database | undefined;
  let app: App | undefined;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, localName: "bench-db" });
    await runSeeds(database.dataSource, { demo: true });
    app = await createApp(database.dataSource, config);
    await new Promise<void>((resolve) => app!.http.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(app.http.address() as AddressInfo).port}/graphql`;
    const token = await signToken("admin@organisme-delta.demo", config.jwtSecret);
    const [{ id: evaluator }] = await database.dataSource.query("SELECT i.id FROM intervenant i JOIN organism o ON o.id = i.organism_id WHERE o.siren = ? AND i.full_name = 'Marc Petit'", [DELTA]);
    const heldOn = addCalendarDays(todayInParis(), -1);
    const management = { certification: "CLEA_MANAGEMENT", version: "", domains: cleaManagement20230214.domains.map((d) => ({ code: d.code, competences: d.competences.map((c) => ({ code: c.code, criteria: c.criteria.map((x) => x.code) })) })) };
    const items = allCompetences(management).flatMap((c) => assessableItems(c).map((code) => ({ code, acquired: true })));
    const post = async (query: string, variables: unknown) => {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    };
    const runs = 5;
    let total = 0;
    let statements = 0;
    for (let i = 0; i <= runs; i += 1) {
      const references = await freshCandidates(database, 200);
      const rows = references.map((candidateReference) => ({ candidateReference, kind: "PRELIMINARY", sittings: [{ heldOn, minutes: 240 }], assessments: items, evaluators: [String(evaluator)] }));
      const start = process.hrtime.bigint();
      const { counter } = await countQueries(() => post(SESSION_QUERY, { organism: DELTA, rows }));
      if (i === 0) continue;
      total += Number(process.hrtime.bigint() - start) / 1e6;
      statements = counter.count;
    }
    console.log(`${"session of 200 CléA management rows, through the API".padEnd(52)} ${(total / runs).toFixed(1).padStart(8)} ms per run (${runs} runs, ${statements} SQL statements)`);
    await post(LIST_QUERY, {});
    const { counter } = await countQueries(() => post(LIST_QUERY, {}));
    await timed(`candidates page of 100 with person, standing, certificate (${counter.count} SQL statements)`, 10, () => post(LIST_QUERY, {}));
  } finally {
    await app?.stop();
    await database?.close();
  }
}

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
  await throughTheApi();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
