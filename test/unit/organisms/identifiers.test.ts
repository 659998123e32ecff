import { describe, expect, it } from "vitest";

import { siretBelongsToSiren, validateSiren, validateSiret } from "../../../src/organisms/rules/identifiers";

describe("validateSiren", () => {
  it.each(["732829320", "552081317", "542051180", "123456782", "356000000"])(
    "HAB-2: %s is a valid SIREN (Luhn key)",
    (siren) => {
      expect(validateSiren(siren)).toEqual({ ok: true, value: siren });
    },
  );

  it("HAB-2: spaces, including non-breaking ones, are stripped", () => {
    expect(validateSiren(" 732 829 320 ")).toEqual({ ok: true, value: "732829320" });
    expect(validateSiren("732\u00a0829\u202f320")).toEqual({ ok: true, value: "732829320" });
  });

  it.each([
    ["732829321", "wrong key"],
    ["732829302", "two digits swapped"],
    ["123456789", "sequence"],
  ])("HAB-2: %s (%s) fails the Luhn key", (siren) => {
    const result = validateSiren(siren);
    expect(result).toMatchObject({ ok: false, code: "CHECKSUM" });
    if (!result.ok) expect(result.reason).toContain(siren);
  });

  it("HAB-2: all zeros passes Luhn but is not a SIREN", () => {
    expect(validateSiren("000000000")).toMatchObject({ ok: false, code: "CHECKSUM" });
  });

  it("HAB-2: a SIREN has 9 digits", () => {
    const short = validateSiren("73282932");
    expect(short).toMatchObject({ ok: false, code: "LENGTH" });
    if (!short.ok) expect(short.reason).toMatch(/9 chiffres.*8/);
    expect(validateSiren("73282932000074")).toMatchObject({ ok: false, code: "LENGTH" });
  });

  it("HAB-2: only digits are accepted", () => {
    expect(validateSiren("732-829-320")).toMatchObject({ ok: false, code: "NOT_DIGITS" });
    expect(validateSiren("73282932O")).toMatchObject({ ok: false, code: "NOT_DIGITS" });
    expect(validateSiren("   ")).toMatchObject({ ok: false, code: "EMPTY" });
  });
});

describe("validateSiret", () => {
  it.each(["73282932000074", "55208131766522", "12345678200010", "12345678200028"])(
    "HAB-2: %s is a valid SIRET",
    (siret) => {
      expect(validateSiret(siret)).toEqual({ ok: true, value: siret });
    },
  );

  it("HAB-2: the usual 'SIREN NIC' spacing is accepted", () => {
    expect(validateSiret("732 829 320 00074")).toEqual({ ok: true, value: "73282932000074" });
  });

  it("HAB-2: a SIRET with a wrong key is rejected with a hint on the NIC", () => {
    const result = validateSiret("73282932000075");
    expect(result).toMatchObject({ ok: false, code: "CHECKSUM" });
    if (!result.ok) expect(result.reason).toMatch(/NIC/);
  });

  it("HAB-2: the first 9 digits must be a valid SIREN, even when the 14 digits pass Luhn", () => {
    // 12345678900007 passes Luhn as a whole, but 123456789 is not a SIREN.
    expect(validateSiret("12345678900007")).toMatchObject({ ok: false, code: "INVALID_SIREN" });
  });

  it("HAB-2: a SIRET has 14 digits, digits only", () => {
    expect(validateSiret("7328293200007")).toMatchObject({ ok: false, code: "LENGTH" });
    expect(validateSiret("732829320000741")).toMatchObject({ ok: false, code: "LENGTH" });
    expect(validateSiret("7328293200007A")).toMatchObject({ ok: false, code: "NOT_DIGITS" });
    expect(validateSiret("")).toMatchObject({ ok: false, code: "EMPTY" });
  });

  describe("La Poste (SIREN 356000000)", () => {
    it.each(["35600000049837", "35600000000001", "35600000053427"])(
      "HAB-2: establishment %s is valid: its digits sum to a multiple of 5",
      (siret) => {
        expect(validateSiret(siret)).toEqual({ ok: true, value: siret });
      },
    );

    it("HAB-2: 35600000049837 fails Luhn, yet is valid for La Poste", () => {
      // Same NIC under another SIREN: Luhn applies and fails.
      expect(validateSiret("73282932049837")).toMatchObject({ ok: false, code: "CHECKSUM" });
      expect(validateSiret("35600000049837").ok).toBe(true);
    });

    it("HAB-2: the head office 35600000000048 keeps the Luhn key", () => {
      expect(validateSiret("35600000000048")).toEqual({ ok: true, value: "35600000000048" });
    });

    it.each(["35600000012345", "35600000000014", "35600000009932"])(
      "HAB-2: establishment %s is invalid: its digits do not sum to a multiple of 5",
      (siret) => {
        expect(validateSiret(siret)).toMatchObject({ ok: false, code: "CHECKSUM" });
      },
    );
  });
});

describe("siretBelongsToSiren", () => {
  it("HAB-7: an establishment belongs to the SIREN of its first 9 digits", () => {
    expect(siretBelongsToSiren("73282932000074", "732829320")).toBe(true);
    expect(siretBelongsToSiren("732 829 320 00074", "732 829 320")).toBe(true);
    expect(siretBelongsToSiren("35600000049837", "356000000")).toBe(true);
  });

  it("HAB-7: an establishment of another SIREN does not belong", () => {
    expect(siretBelongsToSiren("55208131766522", "732829320")).toBe(false);
  });

  it("HAB-7: invalid identifiers never match", () => {
    expect(siretBelongsToSiren("73282932000075", "732829320")).toBe(false);
    expect(siretBelongsToSiren("73282932000074", "732829321")).toBe(false);
  });
});
