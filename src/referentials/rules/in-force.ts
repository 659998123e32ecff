export interface VersionSummary {
  version: string;
  status: "DRAFT" | "PUBLISHED";
  effectiveFrom: string;
}

/** REF-3: the version in force on a date is the published one with the latest start on or before it. */
export function versionInForce<T extends VersionSummary>(versions: readonly T[], onDate: string): T | undefined {
  let best: T | undefined;
  for (const candidate of versions) {
    if (candidate.status !== "PUBLISHED" || candidate.effectiveFrom > onDate) continue;
    if (!best || candidate.effectiveFrom > best.effectiveFrom) best = candidate;
  }
  return best;
}

/** REF-3: a published version never changes; only a draft may be edited or published. */
export function canEditVersion(version: VersionSummary): boolean {
  return version.status === "DRAFT";
}

export function checkEditableVersion(version: VersionSummary & { certificationCode: string }): { ok: true } | { ok: false; reason: string } {
  if (canEditVersion(version)) return { ok: true };
  return { ok: false, reason: `La version ${version.version} du référentiel ${version.certificationCode} est publiée : elle ne change plus (REF-3).` };
}
