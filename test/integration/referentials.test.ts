import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CertificationOutcomeDocument,
  CertificationsDocument,
  DraftReferentialVersionDocument,
  PublishReferentialVersionDocument,
  ReferentialDocument,
  ReferentialVersionsDocument,
  SetReferentialWordingDocument,
} from "../generated/graphql";
import { todayInParis } from "../../src/common/clock";
import { DEMO, errorCode, startHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const managementInForce = async () => {
  const result = await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT" });
  expect(result.errors).toBeUndefined();
  return result.data!.referential;
};

describe("referentials served from the sources", () => {
  it("REF-1: the three certifications are listed", async () => {
    const { data } = await h.run(CertificationsDocument);
    expect(data!.certifications).toEqual([
      { code: "CLEA", name: "CléA" },
      { code: "CLEA_MANAGEMENT", name: "CléA management" },
      { code: "CLEA_NUMERIQUE", name: "CléA numérique" },
    ]);
  });

  it("REF-1: CléA management in force has 3 domains, 17 competences and the transversal dimension", async () => {
    const referential = await managementInForce();
    expect(referential.version).toBe("2023-02-14");
    expect(referential.effectiveFrom).toBe("2023-02-14");
    expect(referential.context).toBeNull();
    expect(referential.domains.map((d) => d.code)).toEqual(["1", "2", "3"]);
    expect(referential.domains.map((d) => d.competences.length)).toEqual([7, 6, 4]);
    expect(referential.transversalTitle).toBe("Contribuer à l'amélioration continue");
    expect(referential.transversalCompetences.map((c) => c.code)).toEqual(["1-7", "2-5", "2-6", "3-4"]);
  });

  it("REF-1: spot checks of the seeded wording against Annexe 1", async () => {
    const referential = await managementInForce();
    const competences = referential.domains.flatMap((d) => d.competences);
    const competence = (code: string) => competences.find((c) => c.code === code)!;
    expect(referential.domains[0].title).toBe(
      "Organiser l'activité au regard des attentes et contraintes de l'entreprise et de son environnement",
    );
    expect(referential.domains[2].title).toBe("Accompagner les collaborateurs et favoriser le développement de leurs compétences");
    expect(competence("1-4").title).toBe(
      "S'approprier et utiliser les outils numériques liés à l'activité et à son suivi et les mettre en œuvre à bon escient (cf. CléA Numérique)",
    );
    expect(competence("1-4").criteria.map((c) => [c.code, c.kind])).toEqual([
      ["1-4.1", "CERTIFICATION"],
      ["1-4.2", "ASSOCIATED"],
      ["1-4.3", "CERTIFICATION"],
    ]);
    expect(competence("1-4").criteria[1].text).toBe("le candidat maîtrise les fonctionnalités nécessaires à l'exercice de sa fonction.");
    expect(competence("2-4").criteriaLead).toBe(
      "Dans une situation difficile (ex. crise sanitaire, pannes techniques, problèmes budgétaires...), le candidat sait :",
    );
    expect(competence("3-4").criteria.at(-1)!.text).toBe(
      "d'organiser la continuité de l'activité en l'absence de ses collaborateurs partis en formation",
    );
    expect(competence("2-5").transversal).toBe(true);
    expect(competence("2-4").transversal).toBe(false);
  });

  it("REF-2: the matrix title is served as shortTitle beside the canonical title", async () => {
    const competences = (await managementInForce()).domains.flatMap((d) => d.competences);
    const c12 = competences.find((c) => c.code === "1-2")!;
    expect(c12.title.startsWith("S'approprier les directives et la politique de l'entreprise")).toBe(true);
    expect(c12.shortTitle).toBe(
      "Organiser le collectif de travail en s'appropriant et déclinant les directives et la politique de l'entreprise (...)",
    );
  });

  it("REF-1: CléA has 7 domains and 28 sub-domains; CléA numérique 4 domains", async () => {
    const clea = (await h.run(ReferentialDocument, { certification: "CLEA" })).data!.referential;
    expect(clea.domains).toHaveLength(7);
    expect(clea.domains.flatMap((d) => d.competences)).toHaveLength(28);
    const numerique = (await h.run(ReferentialDocument, { certification: "CLEA_NUMERIQUE" })).data!.referential;
    expect(numerique.domains).toHaveLength(4);
  });

  it("REF-2: the earlier edition is served by its version label", async () => {
    const { data } = await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", version: "2021-10" });
    expect(data!.referential.version).toBe("2021-10");
    const c25 = data!.referential.domains[1].competences.find((c) => c.code === "2-5")!;
    expect(c25.title).toContain("l’efficience");
  });

  it("unknown certification or version: NOT_FOUND", async () => {
    expect(errorCode(await h.run(ReferentialDocument, { certification: "CLEA_INCONNU" }))).toBe("NOT_FOUND");
    expect(errorCode(await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", version: "1999" }))).toBe("NOT_FOUND");
    expect(errorCode(await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", context: "CPNE_INCONNUE" }))).toBe("NOT_FOUND");
  });
});

describe("referential versions", () => {
  const today = todayInParis();

  it("REF-3: Certif Pro drafts a version, copied from the one in force, that nobody else sees", async () => {
    const drafted = await h.run(
      DraftReferentialVersionDocument,
      { certification: "CLEA_MANAGEMENT", version: "2099-01-01", effectiveFrom: "2099-01-01" },
      { email: DEMO.certifProDecider },
    );
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data!.draftReferentialVersion).toEqual({ version: "2099-01-01", status: "DRAFT" });

    const asPublic = await h.run(ReferentialVersionsDocument, { certification: "CLEA_MANAGEMENT" });
    expect(asPublic.data!.referentialVersions.map((v) => v.version)).toEqual(["2021-10", "2023-02-14"]);
    expect(errorCode(await h.run(ReferentialDocument, { certification: "CLEA_MANAGEMENT", version: "2099-01-01" }))).toBe("NOT_FOUND");
    const asCertifPro = await h.run(ReferentialVersionsDocument, { certification: "CLEA_MANAGEMENT" }, { email: DEMO.certifProStaff });
    expect(asCertifPro.data!.referentialVersions.map((v) => [v.version, v.status, v.inForce])).toEqual([
      ["2021-10", "PUBLISHED", false],
      ["2023-02-14", "PUBLISHED", true],
      ["2099-01-01", "DRAFT", false],
    ]);
  });

  it("REF-3: a second draft of the same referential is a CONFLICT", async () => {
    const again = await h.run(
      DraftReferentialVersionDocument,
      { certification: "CLEA_MANAGEMENT", version: "2099-06-01", effectiveFrom: "2099-06-01" },
      { email: DEMO.certifProDecider },
    );
    expect(errorCode(again)).toBe("CONFLICT");
  });

  it("REF-3: a draft's wording is edited; blank wording or an unknown item is refused", async () => {
    const edited = await h.run(
      SetReferentialWordingDocument,
      { certification: "CLEA_MANAGEMENT", version: "2099-01-01", target: "2-3.1", text: "communiquer avec son équipe" },
      { email: DEMO.certifProDecider },
    );
    expect(edited.errors).toBeUndefined();
    const blank = await h.run(
      SetReferentialWordingDocument,
      { certification: "CLEA_MANAGEMENT", version: "2099-01-01", target: "2-3.1", text: "  " },
      { email: DEMO.certifProDecider },
    );
    expect(errorCode(blank)).toBe("BAD_USER_INPUT");
    const unknown = await h.run(
      SetReferentialWordingDocument,
      { certification: "CLEA_MANAGEMENT", version: "2099-01-01", target: "9-9", text: "x" },
      { email: DEMO.certifProDecider },
    );
    expect(errorCode(unknown)).toBe("NOT_FOUND");
  });

  it("REF-3: a published version never changes", async () => {
    const result = await h.run(
      SetReferentialWordingDocument,
      { certification: "CLEA_MANAGEMENT", version: "2023-02-14", target: "2-3.1", text: "autre chose" },
      { email: DEMO.certifProDecider },
    );
    expect(errorCode(result)).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toContain("REF-3");
    const referential = await managementInForce();
    expect(referential.domains[1].competences[2].criteria[0].text).toBe(
      "communiquer oralement, par écrit, en présentiel et en utilisant les possibilités du numérique à distance, avec son équipe",
    );
  });

  it("REF-3: a version cannot be drafted to start in the past or before the one in force", async () => {
    const past = await h.run(
      DraftReferentialVersionDocument,
      { certification: "CLEA", version: "passe", effectiveFrom: "2020-01-01" },
      { email: DEMO.certifProDecider },
    );
    expect(errorCode(past)).toBe("BAD_USER_INPUT");
  });

  it("REF-3: publishing makes a version in force from its date", async () => {
    const drafted = await h.run(
      DraftReferentialVersionDocument,
      { certification: "CLEA_NUMERIQUE", version: today, effectiveFrom: today },
      { email: DEMO.certifProDecider },
    );
    expect(drafted.errors).toBeUndefined();
    await h.run(
      SetReferentialWordingDocument,
      { certification: "CLEA_NUMERIQUE", version: today, target: "1", text: "identifier son environnement numérique et l'utiliser" },
      { email: DEMO.certifProDecider },
    );
    const published = await h.run(PublishReferentialVersionDocument, { certification: "CLEA_NUMERIQUE", version: today }, { email: DEMO.certifProDecider });
    expect(published.data!.publishReferentialVersion).toEqual({ version: today, status: "PUBLISHED" });
    const inForce = (await h.run(ReferentialDocument, { certification: "CLEA_NUMERIQUE" })).data!.referential;
    expect(inForce.version).toBe(today);
    expect(inForce.domains[0].title).toBe("identifier son environnement numérique et l'utiliser");
    const again = await h.run(PublishReferentialVersionDocument, { certification: "CLEA_NUMERIQUE", version: today }, { email: DEMO.certifProDecider });
    expect(errorCode(again)).toBe("BAD_USER_INPUT");
  });
});

describe("certification outcome", () => {
  it("REF-4: CléA management is obtained when every domain of the version in force is validated", async () => {
    const all = await h.run(CertificationOutcomeDocument, { certification: "CLEA_MANAGEMENT", validatedDomains: ["1", "2", "3"] });
    expect(all.data!.certificationOutcome).toEqual({ obtained: true, missingDomains: [], reason: null });
    const partial = await h.run(CertificationOutcomeDocument, { certification: "CLEA_MANAGEMENT", validatedDomains: ["1", "3"] });
    expect(partial.data!.certificationOutcome).toMatchObject({ obtained: false, missingDomains: ["2"] });
    expect(errorCode(await h.run(CertificationOutcomeDocument, { certification: "CLEA_MANAGEMENT", validatedDomains: ["4"] }))).toBe("BAD_USER_INPUT");
  });
});
