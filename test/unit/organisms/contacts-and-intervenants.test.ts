import { describe, expect, it } from "vitest";
import { checkContacts, isEmail, isPhone, MAX_CONTACTS } from "../../../src/organisms/rules/contacts";
import { checkIntervenant } from "../../../src/organisms/rules/intervenant";

const claire = { fullName: "Claire Martin", email: "Claire.Martin@organisme-alpha.demo", phone: "01 45 00 00 01", functionTitle: "Directrice" };

describe("contacts", () => {
  it("HAB-9: a list of contacts is kept, e-mails in lower case, blanks as null", () => {
    expect(checkContacts([claire, { fullName: "Karim Haddad", email: "karim@beta.demo", phone: " ", functionTitle: "" }])).toEqual({
      ok: true,
      value: [
        { ...claire, email: "claire.martin@organisme-alpha.demo" },
        { fullName: "Karim Haddad", email: "karim@beta.demo", phone: null, functionTitle: null },
      ],
    });
  });

  it("HAB-9: at least one contact, at most the limit", () => {
    expect(checkContacts([])).toMatchObject({ ok: false, errors: [{ field: "contacts" }] });
    const many = Array.from({ length: MAX_CONTACTS + 1 }, (_, i) => ({ fullName: `P${i}`, email: `p${i}@x.fr` }));
    expect(checkContacts(many)).toMatchObject({ ok: false, errors: [{ field: "contacts" }] });
  });

  it("HAB-9: each invalid field is named by its position", () => {
    const result = checkContacts([claire, { fullName: "", email: "claire.martin@ORGANISME-alpha.demo", phone: "12" }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field)).toEqual(["contacts[1].fullName", "contacts[1].email", "contacts[1].phone"]);
      expect(result.errors[1].message).toMatch(/Contact 2, e-mail \(contacts\[1\]\.email\) : .*déjà au contact 1/);
    }
  });

  it.each(["a@b.fr", "prenom.nom+clea@sous.domaine.org"])("HAB-9: %s is an e-mail address", (email) => expect(isEmail(email)).toBe(true));
  it.each(["a@b", "a b@c.fr", "@c.fr", "a@@c.fr", "a@c..fr", "a@.c.fr"])("HAB-9: %s is not an e-mail address", (email) => expect(isEmail(email)).toBe(false));
  it.each(["01 45 00 00 01", "+33 1 45 00 00 01", "01.45.00.00.01", "(0)1-45-00-00-01"])("HAB-9: %s is a phone number", (phone) => expect(isPhone(phone)).toBe(true));
  it.each(["12345", "01 45 ab", "+33 1 45 00 00 01 00 00 00 00"])("HAB-9: %s is not a phone number", (phone) => expect(isPhone(phone)).toBe(false));
});

describe("intervenants", () => {
  const julien = { fullName: "Julien Bernard", evaluator: true, trainer: false, qualifications: "Master en sciences de l'éducation" };

  it("HAB-1: an evaluator, a trainer or both, with qualifications; remote-ready defaults to no", () => {
    expect(checkIntervenant(julien)).toEqual({ ok: true, value: { ...julien, remoteReady: false } });
    expect(checkIntervenant({ ...julien, evaluator: true, trainer: true, remoteReady: true }).ok).toBe(true);
  });

  it("HAB-1: neither evaluator nor trainer is refused, naming the field", () => {
    const result = checkIntervenant({ ...julien, evaluator: false, trainer: false });
    expect(result).toMatchObject({ ok: false, errors: [{ field: "evaluator", message: expect.stringContaining("évaluateur, formateur ou les deux") }] });
  });

  it("HAB-1: name and qualifications are required, bounded", () => {
    const result = checkIntervenant({ ...julien, fullName: " ", qualifications: "x".repeat(2001) });
    expect(result).toMatchObject({ ok: false, errors: [{ field: "fullName" }, { field: "qualifications", message: expect.stringContaining("2000 caractères") }] });
  });
});
