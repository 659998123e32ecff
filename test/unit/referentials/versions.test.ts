import { describe, expect, it } from "vitest";
import { canEditVersion, versionInForce } from "../../../src/referentials/rules/in-force";
import { checkPublicationDate, checkVersionLabel } from "../../../src/referentials/rules/version-label";

const v = (version: string, effectiveFrom: string, status: "DRAFT" | "PUBLISHED" = "PUBLISHED") => ({ version, effectiveFrom, status });

describe("referential versions", () => {
  it("REF-3: the version in force is the latest published one already started", () => {
    const versions = [v("2021-10", "2021-10-31"), v("2023-02-14", "2023-02-14"), v("2027", "2027-01-01")];
    expect(versionInForce(versions, "2026-11-22")?.version).toBe("2023-02-14");
    expect(versionInForce(versions, "2027-01-01")?.version).toBe("2027");
    expect(versionInForce(versions, "2022-06-01")?.version).toBe("2021-10");
    expect(versionInForce(versions, "2020-01-01")).toBeUndefined();
  });

  it("REF-3: a draft is never in force", () => {
    expect(versionInForce([v("a", "2020-01-01"), v("b", "2021-01-01", "DRAFT")], "2026-01-01")?.version).toBe("a");
  });

  it("REF-3: a published version never changes; a draft may", () => {
    expect(canEditVersion(v("a", "2020-01-01"))).toBe(false);
    expect(canEditVersion(v("b", "2030-01-01", "DRAFT"))).toBe(true);
  });

  it("REF-3: a new version starts after the latest published one and not in the past", () => {
    expect(checkPublicationDate("2027-01-01", "2023-02-14", "2026-11-22")).toBeNull();
    expect(checkPublicationDate("2026-11-22", "2023-02-14", "2026-11-22")).toBeNull();
    expect(checkPublicationDate("2026-11-21", "2023-02-14", "2026-11-22")).toMatch(/passée/);
    expect(checkPublicationDate("2023-02-14", "2023-02-14", "2020-01-01")).toMatch(/suivre/);
    expect(checkPublicationDate("2027-02-30", undefined, "2026-11-22")).toMatch(/invalide/);
  });

  it("REF-3: version labels are short and plain", () => {
    expect(checkVersionLabel("2027-01-01")).toBeNull();
    expect(checkVersionLabel("v2.1_rc")).toBeNull();
    expect(checkVersionLabel("")).not.toBeNull();
    expect(checkVersionLabel("a b")).not.toBeNull();
    expect(checkVersionLabel("x".repeat(41))).not.toBeNull();
  });
});
