import { describe, expect, it } from "vitest";
import { checkOrganismDetails, type OrganismDetails } from "../../../src/organisms/rules/organism-details";

const TODAY = "2026-03-10";
const current: OrganismDetails = {
  name: "Organisme Alpha Formation",
  legalForm: "SAS",
  declarationNumber: "11755555575",
  qualiopiCertified: true,
  qualiopiSince: "2022-01-10",
};

const errorsOf = (result: ReturnType<typeof checkOrganismDetails>) => (result.ok ? [] : result.errors);

describe("organism details", () => {
  it("HAB-2: only the fields given change; blanks are trimmed", () => {
    const result = checkOrganismDetails(current, { name: "  Alpha   Formation  " }, TODAY);
    expect(result).toEqual({ ok: true, value: { ...current, name: "Alpha Formation" } });
  });

  it("HAB-2: the name is required; an empty patch is refused", () => {
    expect(errorsOf(checkOrganismDetails(current, { name: "  " }, TODAY))).toEqual([
      expect.objectContaining({ field: "name", message: expect.stringContaining("Dénomination (name)") }),
    ]);
    expect(errorsOf(checkOrganismDetails(current, { name: null }, TODAY))[0].field).toBe("name");
    expect(errorsOf(checkOrganismDetails(current, {}, TODAY))[0].message).toMatch(/aucun champ/);
  });

  it("HAB-2: null clears the legal form and the declaration number", () => {
    const result = checkOrganismDetails(current, { legalForm: null, declarationNumber: "" }, TODAY);
    expect(result).toMatchObject({ ok: true, value: { legalForm: null, declarationNumber: null } });
  });

  it("HAB-2: the activity declaration number has 11 digits, spaces accepted", () => {
    expect(checkOrganismDetails(current, { declarationNumber: "117 555 555 75" }, TODAY)).toMatchObject({ ok: true, value: { declarationNumber: "11755555575" } });
    const errors = errorsOf(checkOrganismDetails(current, { declarationNumber: "1175555557A" }, TODAY));
    expect(errors[0]).toMatchObject({ field: "declarationNumber", message: expect.stringContaining("11 chiffres") });
  });

  it("HAB-9: a Qualiopi-certified organism states since when, never in the future", () => {
    const uncertified = { ...current, qualiopiCertified: false, qualiopiSince: null };
    expect(errorsOf(checkOrganismDetails(uncertified, { qualiopiCertified: true }, TODAY))[0].field).toBe("qualiopiSince");
    expect(checkOrganismDetails(uncertified, { qualiopiCertified: true, qualiopiSince: "2026-03-01" }, TODAY)).toMatchObject({
      ok: true,
      value: { qualiopiCertified: true, qualiopiSince: "2026-03-01" },
    });
    expect(errorsOf(checkOrganismDetails(uncertified, { qualiopiCertified: true, qualiopiSince: "2026-03-11" }, TODAY))[0].message).toMatch(/postérieure/);
    expect(errorsOf(checkOrganismDetails(current, { qualiopiSince: "10/01/2022" }, TODAY))[0].message).toMatch(/AAAA-MM-JJ/);
  });

  it("HAB-9: losing Qualiopi clears its date; a date without the certification is refused", () => {
    expect(checkOrganismDetails(current, { qualiopiCertified: false }, TODAY)).toMatchObject({
      ok: true,
      value: { qualiopiCertified: false, qualiopiSince: null },
    });
    const errors = errorsOf(checkOrganismDetails(current, { qualiopiCertified: false, qualiopiSince: "2022-01-10" }, TODAY));
    expect(errors[0]).toMatchObject({ field: "qualiopiSince", message: expect.stringContaining("non certifié") });
  });

  it("HAB-2: every invalid field is listed at once", () => {
    const errors = errorsOf(checkOrganismDetails(current, { name: "", declarationNumber: "12", qualiopiSince: "demain" }, TODAY));
    expect(errors.map((e) => e.field)).toEqual(["name", "declarationNumber", "qualiopiSince"]);
  });
});
