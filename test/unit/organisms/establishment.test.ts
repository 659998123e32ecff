import { describe, expect, it } from "vitest";
import { checkClosing, checkNewEstablishmentInput, checkPostalCode, type RegisteredEstablishment } from "../../../src/organisms/rules/establishment";
import { addressKey } from "../../../src/organisms/rules/place";

const ALPHA = "812345676";
const TODAY = "2026-03-10";
const registered: RegisteredEstablishment[] = [
  { siret: "81234567600009", name: "Siège", address: "12 rue des Écoles", postalCode: "75005", registeredUntil: null },
  { siret: null, name: "Site de Lyon", address: "3 quai Saint-Vincent", postalCode: "69001", registeredUntil: null },
  { siret: null, name: "Ancien site", address: "5 rue Neuve", postalCode: "33000", registeredUntil: "2025-12-31" },
];
const site = { name: "Site de Lille", address: "1 place du Théâtre", postalCode: "59000", city: "Lille" };
const fieldsOf = (result: ReturnType<typeof checkNewEstablishmentInput>) => (result.ok ? [] : result.errors.map((e) => e.field));
const messageOf = (result: ReturnType<typeof checkNewEstablishmentInput>) => (result.ok ? "" : result.errors.map((e) => e.message).join(" "));

describe("establishments and sites", () => {
  it("HAB-7: an establishment under the organism's SIREN joins, registered today by default", () => {
    const result = checkNewEstablishmentInput(ALPHA, { ...site, siret: "812 345 676 00017" }, registered, TODAY);
    expect(result).toEqual({ ok: true, value: { ...site, siret: "81234567600017", registeredFrom: TODAY } });
  });

  it("HAB-7: a site is registered once open, and reported within 30 days", () => {
    expect(fieldsOf(checkNewEstablishmentInput(ALPHA, { ...site, registeredFrom: "2026-03-11" }, registered, TODAY))).toEqual(["registeredFrom"]);
    expect(fieldsOf(checkNewEstablishmentInput(ALPHA, { ...site, registeredFrom: "2026-02-01" }, registered, TODAY))).toEqual(["registeredFrom"]);
    expect(checkNewEstablishmentInput(ALPHA, { ...site, registeredFrom: "2026-02-10" }, registered, TODAY).ok).toBe(true);
  });

  it("HAB-7: a SIRET of another SIREN never joins: the other entity applies on its own", () => {
    const result = checkNewEstablishmentInput(ALPHA, { ...site, siret: "84123456000008" }, registered, TODAY);
    expect(fieldsOf(result)).toEqual(["siret"]);
    expect(messageOf(result)).toMatch(/SIRET \(siret\) : .*ne relève pas du SIREN 812345676.*propre demande d'habilitation/);
  });

  it.each([
    ["8123456760001", "LENGTH", /14 chiffres/],
    ["8123456760001A", "NOT_DIGITS", /que des chiffres/],
    ["81234567600018", "CHECKSUM", /clé de contrôle/],
  ])("HAB-2: SIRET %s is refused (%s) with its reason", (siret, _code, reason) => {
    const result = checkNewEstablishmentInput(ALPHA, { ...site, siret }, registered, TODAY);
    expect(fieldsOf(result)).toEqual(["siret"]);
    expect(messageOf(result)).toMatch(reason);
  });

  it("HAB-2: one SIRET is registered once, even closed", () => {
    expect(messageOf(checkNewEstablishmentInput(ALPHA, { ...site, siret: "81234567600009" }, registered, TODAY))).toMatch(/déjà enregistré \(« Siège », ouvert\)/);
  });

  it("FEE-2: a site without SIRET is known by a distinct address (case, accents and punctuation ignored)", () => {
    const same = checkNewEstablishmentInput(ALPHA, { ...site, address: "3, Quai SAINT VINCENT", postalCode: "69001" }, registered, TODAY);
    expect(fieldsOf(same)).toEqual(["address"]);
    expect(messageOf(same)).toMatch(/Site de Lyon/);
    expect(checkNewEstablishmentInput(ALPHA, { ...site, address: "3 quai Saint-Vincent", postalCode: "69002" }, registered, TODAY).ok).toBe(true);
    // A closed site's address is free again.
    expect(checkNewEstablishmentInput(ALPHA, { ...site, address: "5 rue Neuve", postalCode: "33000" }, registered, TODAY).ok).toBe(true);
  });

  it("FEE-2: name, address, city are required; the registration date is a date", () => {
    const result = checkNewEstablishmentInput(ALPHA, { name: "", address: " ", postalCode: "59000", city: "", registeredFrom: "2026-02-30" }, registered, TODAY);
    expect(fieldsOf(result)).toEqual(["name", "address", "city", "registeredFrom"]);
  });

  it.each(["75005", "20000", "97400", "98000", "01000"])("FEE-2: %s is a French postal code", (code) => {
    expect(checkPostalCode(code)).toEqual({ ok: true, value: code });
  });

  it.each(["7500", "750051", "7500A", "00100", "99000", "96000"])("FEE-2: %s is not a French postal code", (code) => {
    expect(checkPostalCode(code).ok).toBe(false);
  });

  it("FEE-2: addresses compare without case, accents nor punctuation", () => {
    expect(addressKey("12, Rue des Écoles", "75005")).toBe(addressKey("12 rue des ecoles", "75 005"));
  });

  it("FEE-2: closing keeps the history: once, and not before the registration", () => {
    const open = { name: "Siège", registeredFrom: "2024-11-04", registeredUntil: null };
    expect(checkClosing(open, "2026-03-31", "2026-03-31")).toEqual({ ok: true, value: "2026-03-31" });
    expect(checkClosing({ ...open, registeredFrom: "2026-03-20" }, "2026-03-19", "2026-03-31")).toMatchObject({ ok: false, errors: [{ field: "closedOn" }] });
    expect(checkClosing({ ...open, registeredUntil: "2025-01-01" }, "2026-03-31", "2026-03-31")).toMatchObject({ ok: false, errors: [{ field: "id" }] });
    expect(checkClosing(open, "31/03/2026", "2026-03-31")).toMatchObject({ ok: false, errors: [{ field: "closedOn" }] });
  });

  it("HAB-7, FEE-2: a closing is reported within 30 days; years already due are not rewritten", () => {
    const open = { name: "Siège", registeredFrom: "2024-11-04", registeredUntil: null };
    expect(checkClosing(open, "2026-03-01", "2026-03-31")).toEqual({ ok: true, value: "2026-03-01" });
    expect(checkClosing(open, "2025-01-01", "2026-03-31")).toMatchObject({ ok: false, errors: [{ field: "closedOn" }] });
  });
});
