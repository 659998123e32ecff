import { isDatabaseUnavailable } from "../common/db/unavailable";
import { clientAddress } from "../common/http/client-address";
import { escapeHtml } from "../common/http/html";
import type { ApolloServer } from "@apollo/server";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestContext } from "../common/context";
import { renderCertificatePdf } from "./documents/certificate-pdf";
import { renderResultsMatrixPdf } from "./documents/results-matrix-pdf";
import { longFrenchDate } from "../common/french";
import type { EvaluationKind } from "./rules/path-limits";

/**
 * `GET /verify/<number>?code=…` (EVA-5: a public HTML page) and the PDF downloads (EVA-4, EVA-5). Each page is a thin
 * client of the GraphQL API: the same permission rules, the same journal of Instance reads.
 */

const VERIFY = /^\/verify\/([^/]{1,40})$/;
const MATRIX = /^\/documents\/candidates\/(\d{1,10})\/results-matrix\.pdf$/;
const CERTIFICATE = /^\/documents\/certificates\/([A-Za-z0-9-]{1,30})\.pdf$/;

export const isEvaluationPage = (pathname: string): boolean => [VERIFY, MATRIX, CERTIFICATE].some((pattern) => pattern.test(pathname));

type Api = Pick<ApolloServer<RequestContext>, "executeOperation">;
interface Answer<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, SERVICE_UNAVAILABLE: 503 };

export async function serveEvaluationPage(req: IncomingMessage, res: ServerResponse, url: URL, api: Api, context: () => Promise<RequestContext>): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Méthode non autorisée.");
    return;
  }
  let ctx: RequestContext;
  try {
    ctx = await context();
  } catch (error) {
    // A bad token is the caller's (401, its French message); anything else says nothing of its cause.
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (code === "UNAUTHENTICATED") res.writeHead(401, { "content-type": "text/plain; charset=utf-8" }).end((error as Error).message);
    else if (isDatabaseUnavailable(error)) res.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end("Service momentanément indisponible : réessayez dans un instant.");
    else throw error;
    return;
  }
  const verify = VERIFY.exec(url.pathname);
  if (verify) return verificationPage(req, res, url, api, ctx, decoded(verify[1]!));
  const matrix = MATRIX.exec(url.pathname);
  if (matrix) return matrixPdf(res, api, ctx, matrix[1]!);
  return certificatePdf(req, res, api, ctx, CERTIFICATE.exec(url.pathname)![1]!);
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function ask<T>(api: Api, ctx: RequestContext, query: string, variables: Record<string, unknown>): Promise<Answer<T>> {
  const response = await api.executeOperation({ query, variables }, { contextValue: ctx });
  if (response.body.kind !== "single") throw new Error("Unexpected incremental response");
  return response.body.singleResult as Answer<T>;
}

function refuse(res: ServerResponse, answer: Answer<unknown>): void {
  const error = answer.errors?.[0];
  const status = STATUS_OF[String(error?.extensions?.code)] ?? 500;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(JSON.stringify({ errors: answer.errors }));
}

function sendPdf(res: ServerResponse, bytes: Buffer, filename: string): void {
  res
    .writeHead(200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${filename}"`,
      "content-length": String(bytes.length),
      "cache-control": "no-store",
    })
    .end(bytes);
}

// Walking through numbers with guessed codes is slowed to 30 checks a minute per address.
const WINDOW_MS = 60_000;
const CHECKS_PER_WINDOW = 30;
const checks = new Map<string, { since: number; count: number }>();

function overLimit(address: string, now: number): boolean {
  if (checks.size > 10_000) for (const [key, entry] of checks) if (now - entry.since > WINDOW_MS) checks.delete(key);
  const entry = checks.get(address);
  if (!entry || now - entry.since > WINDOW_MS) {
    checks.set(address, { since: now, count: 1 });
    return false;
  }
  entry.count += 1;
  return entry.count > CHECKS_PER_WINDOW;
}

interface Verification {
  verifyCertificate: {
    found: boolean;
    number: string | null;
    certificationName: string | null;
    referentialVersion: string | null;
    deliveredOn: string | null;
    deliveredInNameOf: string | null;
    valid: boolean | null;
    statusLabel: string | null;
    holderInitials: string | null;
    message: string;
  };
}

const VERIFY_QUERY = `query Verify($number: String!, $code: String) { verifyCertificate(number: $number, code: $code) {
  found number certificationName referentialVersion deliveredOn deliveredInNameOf valid statusLabel holderInitials message } }`;

async function verificationPage(req: IncomingMessage, res: ServerResponse, url: URL, api: Api, ctx: RequestContext, number: string): Promise<void> {
  if (overLimit(clientAddress(req), ctx.clock.now().getTime())) {
    return html(res, 429, "Trop de vérifications", `<p>Trop de vérifications depuis cette adresse : réessayez dans une minute.</p>`);
  }
  const answer = await ask<Verification>(api, ctx, VERIFY_QUERY, { number, code: url.searchParams.get("code") });
  const result = answer.data?.verifyCertificate;
  if (!result) {
    const error = answer.errors?.[0];
    return html(res, STATUS_OF[String(error?.extensions?.code)] ?? 500, "Numéro de certificat non valide", `<p>${escapeHtml(error?.message ?? "Erreur interne.")}</p>`);
  }
  if (!result.found) return html(res, 404, "Certificat introuvable", `<p>${escapeHtml(result.message)}</p>`);
  const rows: [string, string][] = [
    ["Numéro", result.number!],
    ["Certification", `${result.certificationName!}, version ${result.referentialVersion!}`],
    ["Délivré le", longFrenchDate(result.deliveredOn!)],
    ["Au nom de", result.deliveredInNameOf!],
    ...(result.holderInitials ? ([["Initiales du titulaire", result.holderInitials]] as [string, string][]) : []),
  ];
  const body = `<p class="${result.valid ? "valid" : "revoked"}"><strong>${escapeHtml(result.statusLabel!)}</strong></p>
<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join("")}</dl>
<p>${escapeHtml(result.message)}</p>`;
  return html(res, 200, `Certificat ${result.number!}`, body);
}

function html(res: ServerResponse, status: number, title: string, body: string): void {
  const page = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – vérification d’un certificat CléA</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}dt{font-weight:bold}.valid{color:#1b5e20}.revoked{color:#b71c1c}</style>
</head><body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>`;
  res
    .writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-robots-tag": "noindex",
      "referrer-policy": "no-referrer",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    })
    .end(page);
}

interface MatrixAnswer {
  candidate: {
    reference: string;
    organism: { name: string };
    person: { lastName: string; firstNames: string; birthDate: string } | null;
    resultsMatrix: {
      certificationName: string;
      referentialVersion: string;
      contextName: string | null;
      domains: { code: string; title: string; validatedOn: string | null; competences: { code: string; title: string; acquiredOn: string | null }[] }[];
    };
    evaluations: { kind: EvaluationKind; heldOn: string }[];
    juryDecisions: { outcome: string; decidedOn: string }[];
  };
}

const MATRIX_QUERY = `query Matrix($id: ID!) { candidate(id: $id) { reference organism { name } person { lastName firstNames birthDate }
  resultsMatrix { certificationName referentialVersion contextName domains { code title validatedOn competences { code title acquiredOn } } }
  evaluations { kind heldOn } juryDecisions { outcome decidedOn } } }`;

async function matrixPdf(res: ServerResponse, api: Api, ctx: RequestContext, id: string): Promise<void> {
  const answer = await ask<MatrixAnswer>(api, ctx, MATRIX_QUERY, { id });
  const candidate = answer.data?.candidate;
  if (!candidate?.person) return refuse(res, answer.errors ? answer : { errors: [{ message: "Candidat introuvable.", extensions: { code: "NOT_FOUND" } }] });
  const matrix = candidate.resultsMatrix;
  const jury = candidate.juryDecisions.at(-1);
  const bytes = await renderResultsMatrixPdf({
    organismName: candidate.organism.name,
    candidate: { fullName: `${candidate.person.firstNames} ${candidate.person.lastName}`, birthDate: candidate.person.birthDate },
    certificationName: matrix.certificationName,
    referentialVersion: matrix.referentialVersion,
    context: matrix.contextName ? { name: matrix.contextName } : null,
    evaluations: candidate.evaluations,
    domains: matrix.domains,
    jury: jury ? { awarded: jury.outcome === "AWARDED", decidedOn: jury.decidedOn } : null,
    issuedOn: ctx.clock.today(),
  });
  sendPdf(res, bytes, `matrice-${candidate.reference.replace(/[^A-Za-z0-9._-]/g, "_")}.pdf`);
}

interface CertificateAnswer {
  certificate: {
    number: string;
    verificationCode: string | null;
    certificationName: string;
    referentialVersion: string;
    contextName: string | null;
    deliveredOn: string;
    deliveredInNameOf: string;
    organism: { name: string };
    holder: { lastName: string; firstNames: string; birthDate: string } | null;
  };
}

const CERTIFICATE_QUERY = `query CertificatePdf($number: String!) { certificate(number: $number) { number verificationCode certificationName referentialVersion
  contextName deliveredOn deliveredInNameOf organism { name } holder { lastName firstNames birthDate } } }`;

async function certificatePdf(req: IncomingMessage, res: ServerResponse, api: Api, ctx: RequestContext, number: string): Promise<void> {
  const answer = await ask<CertificateAnswer>(api, ctx, CERTIFICATE_QUERY, { number });
  const certificate = answer.data?.certificate;
  if (!certificate?.holder || !certificate.verificationCode) {
    return refuse(res, answer.errors ? answer : { errors: [{ message: "Le PDF du certificat est remis par l'organisme, tant que les données de son titulaire sont conservées.", extensions: { code: "NOT_FOUND" } }] });
  }
  // The printed address is the one the certificate was downloaded from.
  const origin = `${req.headers["x-forwarded-proto"] === "https" ? "https" : "http"}://${req.headers.host ?? "localhost"}`;
  const bytes = await renderCertificatePdf({
    certificationName: certificate.certificationName,
    holder: { fullName: `${certificate.holder.firstNames} ${certificate.holder.lastName}`, birthDate: certificate.holder.birthDate },
    number: certificate.number,
    verificationCode: certificate.verificationCode,
    verificationUrl: `${origin}/verify/${certificate.number}?code=${certificate.verificationCode}`,
    deliveredOn: certificate.deliveredOn,
    deliveredInNameOf: certificate.deliveredInNameOf,
    organismName: certificate.organism.name,
    referentialVersion: certificate.referentialVersion,
    contextName: certificate.contextName,
  });
  sendPdf(res, bytes, `certificat-${certificate.number}.pdf`);
}
