import { insertApplication, insertHabilitation, organismId } from "../integration/fees.fixtures";
import { DEMO, type GraphQLResult, type Harness } from "./harness";
import { BETA } from "./identifiers";

/** Oversight fixtures: a habilitation of Beta (its admin and its Mandataire Gamma act for it), and its files cleared. */

export const as = {
  cpDecider: { email: DEMO.certifProDecider },
  cpStaff: { email: DEMO.certifProStaff },
  cpProvider: { email: DEMO.certifProProvider },
  prDecider: { email: DEMO.propreteDecider },
  prStaff: { email: DEMO.propreteStaff },
  prProvider: { email: DEMO.propreteProvider },
  meDecider: { email: DEMO.metallurgieDecider },
  organism: { email: DEMO.betaAdmin },
  mandataire: { email: DEMO.gammaMandataire },
  other: { email: DEMO.alphaAdmin },
};

/** The data of a result, or the test fails with its errors. */
export function must<T>(result: GraphQLResult<T>): T {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Removes Beta's oversight files and habilitations (the journal stays: it is append-only). */
export async function clearBetaOversight(h: Harness): Promise<void> {
  const beta = "(SELECT id FROM organism WHERE siren = '841234560')";
  await h.db.query(`UPDATE audit SET refusal_withdrawal_id = NULL WHERE organism_id = ${beta}`);
  await h.db.query(`DELETE FROM habilitation_withdrawal WHERE organism_id = ${beta}`);
  await h.db.query(`DELETE n FROM formal_notice n JOIN compliance_procedure p ON p.id = n.procedure_id WHERE p.organism_id = ${beta}`);
  await h.db.query(`DELETE FROM compliance_procedure WHERE organism_id = ${beta}`);
  await h.db.query(`DELETE FROM audit WHERE organism_id = ${beta}`);
  await h.db.query(`DELETE FROM habilitation WHERE organism_id = ${beta}`);
}

/** A fresh habilitation of Beta, granted by the Instance named, notified on 6 January 2025 (its first period runs to 6 January 2028). */
export async function betaHabilitation(h: Harness, instance: "CERTIF_PRO" | "CPNE_PROPRETE" = "CERTIF_PRO", notifiedOn = "2025-01-06"): Promise<string> {
  await clearBetaOversight(h);
  const organism = await organismId(h, BETA);
  const application = await insertApplication(h, { organism, instance, status: "NOTIFIED_ACCEPTED", filedOn: "2024-10-07", notifiedOn, durationMonths: 36 });
  return String(await insertHabilitation(h, { organism, instance, application, notifiedOn }));
}

/** Rows and versions of every oversight table, the habilitations and the journal: what "nothing changed" compares. */
export async function oversightCounts(h: Harness): Promise<Record<string, string>> {
  const [row] = await h.db.query(
    `SELECT (SELECT COUNT(*) FROM audit) a, (SELECT COALESCE(SUM(row_version), 0) FROM audit) av,
            (SELECT COUNT(*) FROM compliance_procedure) p, (SELECT COALESCE(SUM(row_version), 0) FROM compliance_procedure) pv,
            (SELECT COUNT(*) FROM formal_notice) n, (SELECT COUNT(*) FROM formal_notice WHERE notified_on IS NOT NULL OR justified_on IS NOT NULL OR decided_on IS NOT NULL) nd,
            (SELECT COUNT(*) FROM habilitation_withdrawal) w, (SELECT COALESCE(SUM(row_version), 0) FROM habilitation_withdrawal) wv,
            (SELECT COALESCE(SUM(row_version), 0) FROM habilitation) hv, (SELECT COUNT(*) FROM journal_entry) j`,
  );
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, String(value)]));
}

export const NOTICE = { failings: ["Évaluateurs non déclarés sur la plateforme", "Résultats non saisis dans les délais"], suspension: false, withdrawalOn: "2026-06-15" };
export const REPORT_WITH_RESERVATIONS = [{ description: "Deux dossiers d'évaluation incomplets", severity: "MINOR" as const }];
export const REPORT_UNFAVOURABLE = [{ description: "Jury non distinct du formateur", severity: "BLOCKING" as const }];
export const OUTSIDE_AUDITOR = { kind: "PROVIDER" as const, name: "Cabinet Audit Conseil" };
