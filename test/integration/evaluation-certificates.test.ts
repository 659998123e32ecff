import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleaNumerique } from "../../seeds/reference/referentials";
import { signToken } from "../../src/common/auth/jwt";
import { CertificateDocument, FeesDueDocument, RevokeCertificateDocument, SetTariffDocument, VerifyCertificateDocument } from "../generated/graphql";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";
import { assess, award, competencesOf, DELTA, delta, enrol, EPSILON, EVALUATORS, evaluate, evaluation, habilitateFor, intervenantId, positioned } from "../support/evaluations";
import { ensurePdftotext, flattenSpaces, pdfText } from "../support/pdf-text";

let h: Harness;
let origin: string;
let marc: string;
let ines: string;
beforeAll(async () => {
  ensurePdftotext();
  h = await startHarness();
  origin = new URL(h.url).origin;
  [marc, ines] = await Promise.all(["Marc Petit", "Inès Moreau"].map((name) => intervenantId(h, DELTA, name)));
});
afterEach(() => h.clock.set(null));
afterAll(async () => h.close());

const demoCertificate = async (reference: string) =>
  (await h.db.query("SELECT x.number, x.verification_code code, x.candidate_id candidate FROM certificate x JOIN candidate c ON c.id = x.candidate_id WHERE c.reference = ?", [reference]))[0] as {
    number: string;
    code: string;
    candidate: number;
  };

const get = async (path: string, email?: string) => {
  const headers: Record<string, string> = email ? { authorization: `Bearer ${await signToken(email, h.secret)}` } : {};
  return fetch(`${origin}${path}`, { headers });
};

describe("GET /verify/<number>: the public verification page (EVA-5, GDPR-1)", () => {
  it("EVA-5: a French HTML page says the certificate is valid; the holder's initials appear only with the code", async () => {
    const { number, code } = await demoCertificate("DELTA-2025-001");
    const withCode = await get(`/verify/${number}?code=${encodeURIComponent(code.toLowerCase())}`);
    expect(withCode.status).toBe(200);
    expect(withCode.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(withCode.headers.get("x-robots-tag")).toBe("noindex");
    expect(withCode.headers.get("referrer-policy")).toBe("no-referrer");
    const page = await withCode.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("Certificat valide");
    expect(page).toContain("CléA management, version 2023-02-14");
    expect(page).toContain("2 juin 2025");
    expect(page).toContain("<dd>É. L.</dd>");
    expect(page).not.toContain("Lefèvre");

    const without = await (await get(`/verify/${number}`)).text();
    expect(without).toContain("Certificat valide");
    expect(without).not.toContain("É. L.");
    const wrong = await (await get(`/verify/${number}?code=AAAA-AAAA-AAAA`)).text();
    expect(wrong).toContain("ne correspond pas à ce certificat");
    expect(wrong).not.toContain("É. L.");
  });

  it("EVA-5: an unknown number is a 404 page, a malformed one a 400 page; both in French", async () => {
    const unknown = await get("/verify/CM-2019-000042");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Aucun certificat ne porte ce numéro");
    const malformed = await get("/verify/n%27importe%20quoi");
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("n&#39;est pas un numéro de certificat");
    expect((await fetch(`${origin}/verify/CM-2025-000001`, { method: "POST" })).status).toBe(405);
  });

  it("EVA-5: a withdrawn certificate says so, with the date; only its certifier withdraws it", async () => {
    const path = await positioned(h, { enrolled: "2026-03-02", evaluated: "2026-03-09" }, marc);
    const awarded = await award(h, path, "2026-03-09", ines);
    const { number, rowVersion } = awarded.certificate!;
    h.clock.set("2026-04-01");
    const revoke = (email: string) => h.run(RevokeCertificateDocument, { number, rowVersion, revokedOn: "2026-04-01", reason: "Fraude établie à l'évaluation." }, { email });
    expect(errorCode(await revoke(EVALUATORS.deltaAdmin))).toBe("FORBIDDEN");
    expect(errorCode(await revoke(DEMO.propreteDecider))).toBe("FORBIDDEN");
    expect(errorCode(await revoke(DEMO.certifProStaff))).toBe("FORBIDDEN");
    expect((await revoke(DEMO.certifProDecider)).data!.revokeCertificate).toMatchObject({ revokedOn: "2026-04-01" });
    const verified = (await h.run(VerifyCertificateDocument, { number })).data!.verifyCertificate;
    expect(verified).toMatchObject({ found: true, valid: false, statusLabel: "Certificat retiré le 01/04/2026" });
    const page = await get(`/verify/${number}`);
    expect(await page.text()).toContain("Certificat retiré le 01/04/2026");
  });
});

describe("the documents as PDFs, read back with pdftotext (EVA-4, EVA-5)", () => {
  it("EVA-5: the certificate PDF carries the holder, the certification, the Instance, the date, the number and the code, accents included", async () => {
    const { number, code } = await demoCertificate("DELTA-2025-001");
    const response = await get(`/documents/certificates/${number}.pdf`, EVALUATORS.deltaAdmin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="certificat-${number}.pdf"`);
    const text = flattenSpaces(pdfText(new Uint8Array(await response.arrayBuffer())));
    expect(text).toContain("« CléA management »");
    expect(text).toContain("Éloïse Lefèvre");
    expect(text).toContain("date de naissance : 1er avril 1990");
    expect(text).toContain("Délivré le 2 juin 2025 par Organisme Delta Évaluation, organisme habilité, au nom du certificateur : Certif Pro.");
    expect(text).toContain(`Certificat n° ${number} – code de vérification : ${code}`);
    expect(text).toContain(`/verify/${number}?code=${code}`);
  });

  it("EVA-5, GDPR-1: only the organism downloads it", async () => {
    const { number } = await demoCertificate("DELTA-2025-001");
    expect((await get(`/documents/certificates/${number}.pdf`, DEMO.certifProDecider)).status).toBe(404);
    expect((await get(`/documents/certificates/${number}.pdf`, EVALUATORS.epsilonAdmin)).status).toBe(403);
    expect((await get(`/documents/certificates/${number}.pdf`)).status).toBe(403);
    const bad = await fetch(`${origin}/documents/certificates/${number}.pdf`, { headers: { authorization: "Bearer nonsense" } });
    expect(bad.status).toBe(401);
  });

  it("EVA-4: the results matrix of a contextualised path shows the CPNE's wording, the version and the dates", async () => {
    const { candidate } = await demoCertificate("EPSILON-2025-001");
    const response = await get(`/documents/candidates/${candidate}/results-matrix.pdf`, EVALUATORS.epsilonAdmin);
    expect(response.status).toBe(200);
    const text = flattenSpaces(pdfText(new Uint8Array(await response.arrayBuffer())));
    expect(text).toContain("Matrice des résultats");
    expect(text).toContain("Candidat : Karim Benali, date de naissance : 30 juillet 1979");
    expect(text).toContain("Référentiel : version 2023-02-14, formulation contextualisée (CPNE de la propreté et des services associés)");
    expect(text).toContain("Animer l’équipe d’agents de propreté, sur les sites clients");
    expect(text).toContain("Évaluation préalable : 26 mai 2025");
    expect(text).toContain("Acquise le 15 septembre 2025");
    expect(text).toContain("Le jury a délivré le certificat le 22 septembre 2025.");
    expect((await get(`/documents/candidates/${candidate}/results-matrix.pdf`, EVALUATORS.deltaAdmin)).status).toBe(403);
  });
});

describe("FEE-3 and HAB-6: what a certificate brings about", () => {
  it("FEE-3: 11 € per certificate awarded, at the tariff of its day, listed by feesDue", async () => {
    const fees = async (periodStart: string, periodEnd: string, organism: string) =>
      (await h.run(FeesDueDocument, { periodStart, periodEnd, organism }, { email: DEMO.certifProDecider })).data!.feesDue[0]!;
    const year = await fees("2025-01-01", "2025-12-31", DELTA);
    expect(year.lines.map((line) => `${line.rule} ${line.chargedOn} ${line.amount}`)).toEqual(["FEE-1 2025-02-03 330,00 €", "FEE-3 2025-06-02 11,00 €", "FEE-3 2025-11-24 11,00 €"]);
    expect(year.lines[1]!.label).toBe("Redevance pour le certificat CM-2025-000001 attribué le 02/06/2025 : 11,00 € HT");
    const epsilon = await fees("2025-01-01", "2025-12-31", EPSILON);
    expect(epsilon.lines.map((line) => `${line.rule} ${line.chargedOn}`)).toEqual(["FEE-3 2025-09-22"]);

    h.clock.set("2026-12-01");
    expect((await h.run(SetTariffDocument, { validFrom: "2027-01-01", applicationCents: 33_000, siteAnnualCents: 3_300, certificateCents: 1_200 }, { email: DEMO.certifProDecider })).errors).toBeUndefined();
    const before = await positioned(h, { enrolled: "2026-12-01", evaluated: "2026-12-28" }, marc);
    h.clock.set("2026-12-31");
    await award(h, before, "2026-12-31", ines);
    const after = await positioned(h, { enrolled: "2026-12-01", evaluated: "2026-12-28" }, marc);
    h.clock.set("2027-01-04");
    await award(h, after, "2027-01-04", ines);
    const straddling = await fees("2026-12-01", "2027-01-31", DELTA);
    expect(straddling.lines.filter((line) => line.rule === "FEE-3").map((line) => `${line.chargedOn} ${line.amount}`)).toEqual(["2026-12-31 11,00 €", "2027-01-04 12,00 €"]);
  });

  it("HAB-6: the first certificate decided under a habilitation is its evidence of use, and renews it", async () => {
    const habilitation = await habilitateFor(h, DELTA, "CLEA_NUMERIQUE", "2026-01-05");
    const view = async (as: Parameters<typeof h.run>[2] = delta) =>
      (await h.run<{ habilitation: { firstUsedOn: string | null; firstUseCertificate: string | null; renewal: { applies: boolean }; lastValidDay: string } }, unknown>(
        `{ habilitation(id: "${habilitation}") { firstUsedOn firstUseCertificate renewal { applies } lastValidDay } }`,
        undefined,
        as,
      )).data!.habilitation;
    const unused = await view();
    expect(unused).toMatchObject({ firstUsedOn: null, renewal: { applies: false } });
    h.clock.set("2026-02-02");
    let path = await enrol(h, { certification: "CLEA_NUMERIQUE" });
    h.clock.set("2026-02-09");
    path = await evaluate(h, path, evaluation("PRELIMINARY", "2026-02-09", [marc], assess({ referential: competencesOf(cleaNumerique) })));
    const awarded = await h.run(
      `mutation($candidate: ID!, $rowVersion: Int!) { recordJuryDecision(candidate: $candidate, rowVersion: $rowVersion, input: {
         outcome: AWARDED, decidedOn: "2026-02-09", validatedDomains: ${JSON.stringify(cleaNumerique.domains.map((d) => d.code))}, minutes: "PV", members: [{ intervenant: "${ines}" }], certificateFormat: PDF }) { certificate { number } } }`,
      { candidate: path.id, rowVersion: path.rowVersion },
      delta,
    );
    expect(awarded.errors).toBeUndefined();
    const number = (awarded.data as { recordJuryDecision: { certificate: { number: string } } }).recordJuryDecision.certificate.number;
    expect(number).toBe("CN-2026-000001");
    const used = await view();
    expect(used).toMatchObject({ firstUsedOn: "2026-02-09", firstUseCertificate: "CN-2026-000001", renewal: { applies: true } });
    expect((await view({})).firstUseCertificate, "a person's certificate number is not public").toBeNull();
    expect(used.lastValidDay > unused.lastValidDay).toBe(true);
    expect(Number(used.lastValidDay.slice(0, 4)) - Number(unused.lastValidDay.slice(0, 4))).toBe(3);
    const [entry] = await h.db.query("SELECT reason FROM journal_entry WHERE action = 'HABILITATION_USED' AND subject_id = ?", [String(habilitation)]);
    expect(entry.reason).toBe("Premier certificat décidé sous cette habilitation : CN-2026-000001, le 2026-02-09");
    expect(errorCode(await h.run(CertificateDocument, { number }, { email: DEMO.propreteDecider }))).toBe("FORBIDDEN");
  });
});
