import { describe, expect, it } from "vitest";

import { billableSites } from "../../../src/fees/rules/sites";

const place = { address: "12 rue des Écoles", postalCode: "75005", city: "Paris", registeredFrom: "2025-01-01" };

describe("billable sites", () => {
  it("FEE-2: every establishment with a SIRET, and every site at an address of its own", () => {
    const sites = [
      { ...place, name: "Siège", siret: "81234567600009" },
      { ...place, name: "Agence", siret: "81234567600017" },
      { name: "Site de Lyon", siret: null, address: "3 quai Saint-Vincent", postalCode: "69001", city: "Lyon", registeredFrom: "2025-02-03" },
    ];
    expect(billableSites(sites).map((site) => site.name)).toEqual(["Siège", "Agence", "Site de Lyon"]);
  });

  it("FEE-2: a site without SIRET at the address of one of the organism's establishments is not a distinct site", () => {
    const sites = [
      { ...place, name: "Siège", siret: "81234567600009" },
      { name: "Salle de formation", siret: null, address: "12, RUE DES ECOLES", postalCode: "75005", city: "PARIS", registeredFrom: "2025-03-01" },
      { name: "Annexe", siret: null, address: "14 rue des Écoles", postalCode: "75005", city: "Paris", registeredFrom: "2025-03-01" },
    ];
    expect(billableSites(sites).map((site) => site.name)).toEqual(["Siège", "Annexe"]);
  });

  it("FEE-2: a SIRET establishment closed before a site opened at its address does not hide that site", () => {
    const sites = [
      { ...place, name: "Ancien siège", siret: "81234567600009", registeredUntil: "2025-06-30" },
      { name: "Salle de formation", siret: null, address: "12 rue des Écoles", postalCode: "75005", city: "Paris", registeredFrom: "2025-09-01" },
    ];
    expect(billableSites(sites).map((site) => site.name)).toEqual(["Ancien siège", "Salle de formation"]);
  });
});
