import * as fs from "node:fs";
import * as path from "node:path";

import { describe, expect, it } from "vitest";

import { clea } from "../../../seeds/reference/referentials/clea";
import { cleaManagement202110 } from "../../../seeds/reference/referentials/clea-management-2021-10";
import { cleaManagement20230214 } from "../../../seeds/reference/referentials/clea-management-2023-02-14";
import { cleaNumerique } from "../../../seeds/reference/referentials/clea-numerique";
import { referentialSeeds } from "../../../seeds/reference/referentials/index";
import type {
  CompetenceSeed,
  CriterionSeed,
  ReferentialSeed,
} from "../../../seeds/reference/referentials/types";

// Copies of the source documents the referentials are transcribed from, kept with the seeds so these tests always run.
const SEEDS_DIR = path.resolve(__dirname, "../../../seeds/reference/sources");
const SEED_000 = path.join(SEEDS_DIR, "000_a0f38810ee50b81f.txt");
const SEED_001 = path.join(SEEDS_DIR, "001_59f04fec85d6cdc7.txt");
const SEED_002 = path.join(SEEDS_DIR, "002_18935c0ac2b07d95.txt");
const SEED_004 = path.join(SEEDS_DIR, "004_a5461ac12c83d70b.decoded.txt");

const readSource = (file: string): string => fs.readFileSync(file, "utf8");

const competences = (seed: ReferentialSeed): CompetenceSeed[] =>
  seed.domains.flatMap((d) => d.competences);

const criteria = (seed: ReferentialSeed): CriterionSeed[] =>
  competences(seed).flatMap((c) => c.criteria);

const competence = (seed: ReferentialSeed, code: string): CompetenceSeed => {
  const found = competences(seed).find((c) => c.code === code);
  if (!found) throw new Error(`competence ${code} not found in ${seed.version}`);
  return found;
};

const criterion = (seed: ReferentialSeed, code: string): CriterionSeed => {
  const found = criteria(seed).find((c) => c.code === code);
  if (!found) throw new Error(`criterion ${code} not found in ${seed.version}`);
  return found;
};

const MANAGEMENT_CODES = [
  ["1-1", "1-2", "1-3", "1-4", "1-5", "1-6", "1-7"],
  ["2-1", "2-2", "2-3", "2-4", "2-5", "2-6"],
  ["3-1", "3-2", "3-3", "3-4"],
];

const MANAGEMENT_CRITERIA_COUNTS: Record<string, { certification: number; associated: number }> =
  {
    "1-1": { certification: 3, associated: 0 },
    "1-2": { certification: 3, associated: 0 },
    "1-3": { certification: 3, associated: 0 },
    "1-4": { certification: 2, associated: 1 },
    "1-5": { certification: 2, associated: 1 },
    "1-6": { certification: 1, associated: 1 },
    "1-7": { certification: 5, associated: 0 },
    "2-1": { certification: 4, associated: 1 },
    "2-2": { certification: 4, associated: 0 },
    "2-3": { certification: 2, associated: 0 },
    "2-4": { certification: 3, associated: 0 },
    "2-5": { certification: 6, associated: 0 },
    "2-6": { certification: 4, associated: 0 },
    "3-1": { certification: 2, associated: 0 },
    "3-2": { certification: 2, associated: 0 },
    "3-3": { certification: 2, associated: 1 },
    "3-4": { certification: 4, associated: 0 },
  };

const managementEditions = [cleaManagement202110, cleaManagement20230214];

describe("REF-1: referential structure", () => {
  it("REF-1: CléA management has 3 domains and 17 competences", () => {
    for (const seed of managementEditions) {
      expect(seed.certification).toBe("CLEA_MANAGEMENT");
      expect(seed.domains.map((d) => d.code)).toEqual(["1", "2", "3"]);
      expect(seed.domains.map((d) => d.competences.map((c) => c.code))).toEqual(
        MANAGEMENT_CODES,
      );
      expect(competences(seed)).toHaveLength(17);
    }
    expect(cleaManagement20230214.domains.map((d) => d.title)).toEqual([
      "Organiser l'activité au regard des attentes et contraintes de l'entreprise et de son environnement",
      "Animer et encadrer le collectif de travail",
      "Accompagner les collaborateurs et favoriser le développement de leurs compétences",
    ]);
  });

  it("REF-1: transversal competences are 1-7, 2-5, 2-6, 3-4", () => {
    for (const seed of managementEditions) {
      const transversal = competences(seed)
        .filter((c) => c.transversal === true)
        .map((c) => c.code);
      expect(transversal).toEqual(["1-7", "2-5", "2-6", "3-4"]);
      expect(competences(seed).filter((c) => c.transversal !== undefined)).toHaveLength(4);
    }
    expect(cleaManagement20230214.transversalTitle).toBe("Contribuer à l'amélioration continue");
    expect(cleaManagement202110.transversalTitle).toBe("Contribuer à l’amélioration continue");
  });

  it("REF-1: CléA management criteria count per competence (certification and associated)", () => {
    for (const seed of managementEditions) {
      const counts = Object.fromEntries(
        competences(seed).map((c) => [
          c.code,
          {
            certification: c.criteria.filter((k) => k.kind === "CERTIFICATION").length,
            associated: c.criteria.filter((k) => k.kind === "ASSOCIATED").length,
          },
        ]),
      );
      expect(counts).toEqual(MANAGEMENT_CRITERIA_COUNTS);
      expect(criteria(seed)).toHaveLength(57);
      expect(criteria(seed).filter((k) => k.kind === "ASSOCIATED").map((k) => k.code)).toEqual([
        "1-4.2",
        "1-5.3",
        "1-6.2",
        "2-1.5",
        "3-3.3",
      ]);
    }
  });

  it("REF-1: CléA management criteria leads are kept out of the criteria", () => {
    const leads = Object.fromEntries(
      competences(cleaManagement20230214).map((c) => [c.code, c.criteriaLead]),
    );
    expect(leads).toEqual({
      "1-1": "Le candidat :",
      "1-2": "Le candidat :",
      "1-3": "Le candidat :",
      "1-4": undefined,
      "1-5": "Le candidat :",
      "1-6": undefined,
      "1-7": "Le candidat est capable :",
      "2-1": "A partir d'une situation comme une prise de poste, le candidat sait :",
      "2-2":
        "Dans le cadre d'une situation collective avec ses collaborateurs (comme une réunion de travail), le candidat sait :",
      "2-3": "Le candidat sait :",
      "2-4":
        "Dans une situation difficile (ex. crise sanitaire, pannes techniques, problèmes budgétaires...), le candidat sait :",
      "2-5": "Le candidat sait :",
      "2-6": "Le candidat est capable :",
      "3-1": undefined,
      "3-2": "Le candidat présente – à partir d'une situation donnée – la manière dont :",
      "3-3": undefined,
      "3-4": "Le candidat est capable :",
    });
    for (const c of competences(cleaManagement20230214)) {
      for (const k of c.criteria) {
        if (c.criteriaLead) expect(k.text).not.toContain(c.criteriaLead);
        expect(k.text).not.toMatch(/^Critères? associés? ?:/);
      }
    }
  });

  it("REF-1: the 2021-10 and 2023-02-14 editions share codes, kinds and transversal flags", () => {
    const shape = (seed: ReferentialSeed) =>
      competences(seed).map((c) => ({
        code: c.code,
        transversal: c.transversal ?? false,
        lead: c.criteriaLead !== undefined,
        criteria: c.criteria.map((k) => `${k.code}:${k.kind}`),
      }));
    expect(shape(cleaManagement202110)).toEqual(shape(cleaManagement20230214));
  });

  it("REF-1: CléA has 7 domains and 28 sub-domains", () => {
    expect(clea.certification).toBe("CLEA");
    expect(clea.domains.map((d) => d.code)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(clea.domains.map((d) => d.competences.length)).toEqual([5, 5, 4, 4, 3, 3, 4]);
    expect(competences(clea)).toHaveLength(28);
    expect(criteria(clea)).toHaveLength(0);
    for (const d of clea.domains) {
      d.competences.forEach((c, i) => expect(c.code).toBe(`${d.code}.${i + 1}`));
    }
  });

  it("REF-1: CléA numérique has 4 domains", () => {
    expect(cleaNumerique.certification).toBe("CLEA_NUMERIQUE");
    expect(cleaNumerique.domains.map((d) => d.code)).toEqual(["1", "2", "3", "4"]);
    expect(cleaNumerique.domains.map((d) => d.title)).toEqual([
      "identifier son environnement et utiliser les outils associés",
      "acquérir et exploiter de l’information dans un environnement professionnel numérisé",
      "interagir en mode collaboratif",
      "appliquer les règles et bonnes pratiques de la sécurité numérique",
    ]);
    expect(competences(cleaNumerique)).toHaveLength(0);
  });
});

describe("REF-2: matrix short titles", () => {
  const stem = (shortTitle: string) => shortTitle.replace(/\s*\(\.\.\.\)$/, "");

  it("REF-2: matrix short titles differ from canonical titles for 1-2, 1-6, 2-5", () => {
    for (const code of ["1-2", "1-6", "2-5"]) {
      const c = competence(cleaManagement20230214, code);
      expect(c.shortTitle).toBeDefined();
      expect(c.shortTitle).not.toBe(c.title);
    }
    const c12 = competence(cleaManagement20230214, "1-2");
    expect(c12.shortTitle).toBe(
      "Organiser le collectif de travail en s'appropriant et déclinant les directives et la politique de l'entreprise (...)",
    );
    expect(c12.title.startsWith("S'approprier les directives et la politique de l'entreprise")).toBe(
      true,
    );
    const c16 = competence(cleaManagement20230214, "1-6");
    expect(c16.shortTitle).toBe(
      "Respecter les différentes obligations administratives et financières nécessaires à l'activité (juridiques, RH...)",
    );
    expect(c16.title).toBe(
      "Respecter les différentes obligations administratives, sociales et financières nécessaires à l'activité",
    );
    const c25 = competence(cleaManagement20230214, "2-5");
    expect(c25.shortTitle).toBe(
      "Développer la cohésion, la coopération et l'efficacité du collectif de travail, en identifiant les leviers (...)",
    );
    expect(c25.title.startsWith(stem(c25.shortTitle!))).toBe(true);
    expect(c25.title).toContain("de la performance collective et en valorisant les bonnes pratiques");
    expect(competence(cleaManagement202110, "2-5").title).toContain("l’efficience du collectif");
  });

  it("REF-2: every 2023-02-14 competence keeps both its canonical title and its matrix label", () => {
    const notPrefix = competences(cleaManagement20230214)
      .filter((c) => !c.title.startsWith(stem(c.shortTitle!)))
      .map((c) => c.code);
    expect(notPrefix).toEqual(["1-2", "1-4", "1-6", "2-2", "3-3"]);
    for (const c of competences(cleaManagement20230214)) {
      expect(c.shortTitle, c.code).toBeDefined();
      expect(c.title, c.code).not.toBe(c.shortTitle);
    }
    expect(competence(cleaManagement20230214, "1-4").shortTitle).toMatch(/\(CléA Num\)$/);
    expect(competence(cleaManagement20230214, "1-4").title).toMatch(/\(cf\. CléA Numérique\)$/);
  });

  it("REF-2: the 2021-10 edition has no matrix, hence no short titles", () => {
    for (const c of competences(cleaManagement202110)) expect(c.shortTitle).toBeUndefined();
  });
});

describe("REF-3: versions", () => {
  it("REF-3: seeds are listed older before newer, with unique versions per certification", () => {
    expect(referentialSeeds).toEqual([clea, cleaNumerique, cleaManagement202110, cleaManagement20230214]);
    const dates = referentialSeeds.map((s) => s.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    const keys = referentialSeeds.map((s) => `${s.certification}@${s.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of referentialSeeds) {
      expect(s.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${s.effectiveFrom}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
        s.effectiveFrom,
      );
      expect(s.effectiveFrom.startsWith(s.version)).toBe(true);
      expect(s.source.trim()).not.toBe("");
    }
    expect(cleaManagement20230214).toMatchObject({ version: "2023-02-14", effectiveFrom: "2023-02-14" });
    expect(cleaManagement202110).toMatchObject({ version: "2021-10", effectiveFrom: "2021-10-31" });
  });
});

describe("exact wording (spot checks copied from the sources)", () => {
  it("REF-1: CléA management 2023-02-14 wording", () => {
    const s = cleaManagement20230214;
    expect(criterion(s, "1-4.2")).toEqual({
      code: "1-4.2",
      kind: "ASSOCIATED",
      text: "le candidat maîtrise les fonctionnalités nécessaires à l'exercice de sa fonction.",
    });
    expect(criterion(s, "1-4.1")).toEqual({
      code: "1-4.1",
      kind: "CERTIFICATION",
      text: "Le candidat connaît et sait utiliser les outils numériques liés à l'activité et à son suivi",
    });
    expect(criterion(s, "1-4.3").text).toBe(
      "Le candidat sait choisir et mettre en œuvre les outils numériques à bon escient.",
    );
    expect(competence(s, "1-1").title).toBe(
      "Identifier, comprendre, mettre en œuvre les directives et la politique de l'entreprise, les porter, les expliquer auprès de son équipe, en mesurer les effets et en alertant la hiérarchie.",
    );
    expect(competence(s, "1-3").title).toBe(
      "Suivre les résultats de son activité, procéder aux remontées d'information, utiliser les outils prévus à cet effet, pratiquer à des ajustements et actions correctives, si nécessaire pour atteindre les objectifs, proposer et mettre en place des axes d'amélioration.",
    );
    expect(competence(s, "3-3").title).toBe(
      "Prendre en compte, expliquer, appliquer et faire appliquer les règles d'hygiène, de sécurité et les bases du droit du travail dans les relations avec les collaborateurs et si nécessaire en lien avec la fonction RH de l'entreprise, lorsqu'elle existe.",
    );
    expect(competence(s, "3-1").title).toContain(
      "notamment en menant ou contribuant aux « entretiens professionnels » qui visent",
    );
    expect(criterion(s, "2-6.2").text).toBe("de formaliser et d'explicitier sa méthode de travail");
    expect(criterion(s, "1-7.3").text).toBe(
      "de rechercher coopérativement et développer des moyens de résoudre les difficultés identifiées, est avérée",
    );
    expect(criterion(s, "3-2.1").text).toBe(
      "il identifie les leviers de motivation d'un collaborateur;",
    );
    expect(criterion(s, "2-1.1").text).toBe(
      "Poser un cadre de travail adapté à l'activité du collectif, à la charge de travail et à ses objectifs et des règles de travail ;",
    );
    expect(criterion(s, "1-1.2").text).toBe(
      "sait adapter sa communication en fonction de son interlocuteur (client, salarié, ...) et alerter sa hiérarchie",
    );
    expect(criterion(s, "3-3.3")).toEqual({
      code: "3-3.3",
      kind: "ASSOCIATED",
      text: "connaissance des règles générales (fondamentaux du domaine CléA) et des règles spécifiques à l'entreprise.",
    });
    expect(criterion(s, "1-6.2").text).toBe(
      "le candidat dispose des ressources et de procédures applicables et s'y réfère en cas de besoin.",
    );
    expect(criterion(s, "2-5.5").text).toBe(
      "Dans le cadre de l'amélioration continue, fixer des objectifs et des critères spécifiques, mesurables, atteignables et réalistes",
    );
    expect(criterion(s, "3-4.3").text).toBe("d'être force de proposition pour remédier à ces écarts");
  });

  it("REF-1: CléA management 2021-10 wording keeps the earlier edition's characters", () => {
    const s = cleaManagement202110;
    expect(criterion(s, "1-4.2")).toEqual({
      code: "1-4.2",
      kind: "ASSOCIATED",
      text: "le candidat maitrise les fonctionnalités nécessaires à l’exercice de sa fonction.",
    });
    expect(criterion(s, "2-6.2").text).toBe("de formaliser et d’expliciter sa méthode de travail");
    expect(criterion(s, "1-3.1").text).toBe(
      "maitrise l’utilisation les outils de reporting en vigueur dans l’entreprise.",
    );
    expect(criterion(s, "1-7.1").text).toBe(
      "d’expliquer les démarches qualité de l’entreprise : leur sens, les résultats attendus, les règles…",
    );
    expect(competence(s, "2-2").title.startsWith("Animer l'équipe, en présentiel")).toBe(true);
  });

  it("REF-1: CléA and CléA numérique wording", () => {
    expect(competence(clea, "1.1").title).toBe("Écouter et comprendre");
    expect(competence(clea, "3.2").title).toBe(
      "Saisir et mettre en forme du texte / Gérer des documents",
    );
    expect(competence(clea, "7.3").title).toBe(
      "Être capable d’appliquer les gestes de premier secours",
    );
    expect(clea.domains[6]!.title).toBe(
      "la maîtrise des gestes et postures et le respect des règles d’hygiène, de sécurité et environnementales élémentaires",
    );
    expect(cleaNumerique.domains[1]!.title).toBe(
      "acquérir et exploiter de l’information dans un environnement professionnel numérisé",
    );
  });
});

describe("seed hygiene", () => {
  it("REF-1: codes are unique and well-formed", () => {
    for (const seed of referentialSeeds) {
      const domainCodes = seed.domains.map((d) => d.code);
      expect(new Set(domainCodes).size).toBe(domainCodes.length);
      domainCodes.forEach((code, i) => expect(code).toBe(String(i + 1)));

      const competenceCodes = competences(seed).map((c) => c.code);
      expect(new Set(competenceCodes).size).toBe(competenceCodes.length);
      const criterionCodes = criteria(seed).map((c) => c.code);
      expect(new Set(criterionCodes).size).toBe(criterionCodes.length);

      const separator = seed.certification === "CLEA_MANAGEMENT" ? "-" : ".";
      for (const d of seed.domains) {
        d.competences.forEach((c, i) => {
          expect(c.code).toBe(`${d.code}${separator}${i + 1}`);
          c.criteria.forEach((k, j) => expect(k.code).toBe(`${c.code}.${j + 1}`));
        });
      }
    }
  });

  it("REF-1: every text is non-blank, trimmed, single-spaced, without HTML or leading bullet", () => {
    for (const seed of referentialSeeds) {
      const texts: string[] = [];
      for (const d of seed.domains) {
        texts.push(d.title);
        for (const c of d.competences) {
          texts.push(c.title);
          if (c.shortTitle !== undefined) texts.push(c.shortTitle);
          if (c.criteriaLead !== undefined) texts.push(c.criteriaLead);
          for (const k of c.criteria) {
            expect(["CERTIFICATION", "ASSOCIATED"]).toContain(k.kind);
            texts.push(k.text);
          }
        }
      }
      if (seed.transversalTitle !== undefined) texts.push(seed.transversalTitle);
      for (const text of texts) {
        expect(text.trim(), text).not.toBe("");
        expect(text, text).toBe(text.trim());
        expect(text, text).not.toMatch(/\s{2,}|[\t\n\r\u00a0]/);
        expect(text, text).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
        expect(text, text).not.toMatch(/^[-–•¶]\s/);
        expect(text, text).not.toMatch(/^Compétence \d/);
        expect(text, text).not.toMatch(/[;<•¶]\w/);
      }
    }
  });

  it("REF-1: the 2023-02-14 edition uses straight apostrophes, the 2021-10 edition keeps its curly ones", () => {
    const all = (seed: ReferentialSeed) =>
      competences(seed)
        .flatMap((c) => [c.title, c.shortTitle ?? "", c.criteriaLead ?? "", ...c.criteria.map((k) => k.text)])
        .join(" ");
    expect(all(cleaManagement20230214)).not.toContain("’");
    expect(all(cleaManagement20230214)).not.toContain("…");
    expect(all(cleaManagement202110)).toContain("’");
  });
});

/** Strips HTML tags and collapses whitespace, the only transformations allowed on the source. */
const normalise = (text: string): string =>
  text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const between = (text: string, start: string, end?: string): string => {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`marker not found: ${start}`);
  const to = end === undefined ? text.length : text.indexOf(end, from + start.length);
  if (to < 0) throw new Error(`marker not found: ${end}`);
  return text.slice(from, to);
};

const competenceSlices = (section: string): Map<string, string> => {
  const heads = [...section.matchAll(/Compétence (\d-\d) : /g)];
  const slices = new Map<string, string>();
  heads.forEach((m, i) => {
    const code = m[1]!;
    if (slices.has(code)) throw new Error(`competence ${code} appears twice`);
    slices.set(code, section.slice(m.index!, heads[i + 1]?.index ?? section.length));
  });
  return slices;
};

/** Splits `text` before each marker: the parts of a cell that a page or column break separated. */
const parts = (text: string, splitBefore: string[] = []): string[] => {
  const result: string[] = [];
  let rest = text;
  for (const marker of splitBefore) {
    const at = rest.indexOf(marker);
    if (at <= 0) throw new Error(`split marker « ${marker} » not found inside « ${text} »`);
    result.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  result.push(rest);
  return result;
};

interface VerbatimOptions {
  /** Cells split across breaks in the source: key = competence or criterion code, value = where each later part starts. */
  splits: Record<string, string[]>;
  transversalHeading: string;
}

/**
 * Checks one CléA management edition against the normalised section 2 of its source: every
 * title, lead and criterion occurs verbatim and in order inside its competence's slice, associated
 * criteria follow « Critère(s) associé(s) : », bulleted criteria follow « - », and once all of
 * them are removed, nothing but table headings and labels is left (so nothing was omitted).
 */
const checkVerbatim = (seed: ReferentialSeed, section: string, options: VerbatimOptions) => {
  const slices = competenceSlices(section);
  expect([...slices.keys()].sort()).toEqual(competences(seed).map((c) => c.code).sort());

  for (const d of seed.domains) {
    expect(section, `domain ${d.code}`).toContain(`Domaine ${d.code} : ${d.title} `);
  }
  expect(section).toContain(options.transversalHeading);

  for (const c of competences(seed)) {
    const slice = slices.get(c.code)!;
    let residue = slice;
    const consume = (piece: string, label: string) => {
      const at = residue.indexOf(piece);
      expect(at, `${label}: « ${piece} » not found verbatim in the source`).toBeGreaterThanOrEqual(0);
      residue = `${residue.slice(0, at)} ${residue.slice(at + piece.length)}`;
    };
    const inOrder = (pieces: string[], label: string, from: number): number => {
      let cursor = from;
      for (const piece of pieces) {
        const at = slice.indexOf(piece, cursor);
        expect(at, `${label}: « ${piece} » not found verbatim (in order) in the source`).toBeGreaterThanOrEqual(0);
        cursor = at + piece.length;
      }
      return cursor;
    };

    const titleParts = parts(c.title, options.splits[c.code]);
    expect(slice.startsWith(`Compétence ${c.code} : ${titleParts[0]}`), `${c.code} title start`).toBe(
      true,
    );
    inOrder(titleParts, `${c.code} title`, 0);
    titleParts.forEach((p, i) => consume(i === 0 ? `Compétence ${c.code} : ${p}` : p, c.code));

    let cursor = 0;
    if (c.criteriaLead !== undefined) {
      cursor = inOrder([c.criteriaLead], `${c.code} lead`, cursor);
      consume(c.criteriaLead, `${c.code} lead`);
    }
    for (const k of c.criteria) {
      const pieces = parts(k.text, options.splits[k.code]);
      const start = slice.indexOf(pieces[0]!, cursor);
      cursor = inOrder(pieces, k.code, cursor);
      const before = slice.slice(0, start).trimEnd();
      if (k.kind === "ASSOCIATED") {
        expect(before, `${k.code} follows « Critère(s) associé(s) : »`).toMatch(
          /Critères? associés? :$/,
        );
      } else {
        expect(before, `${k.code} is not an associated criterion`).not.toMatch(/associés? :$/);
        if (c.criteriaLead !== undefined) expect(before, `${k.code} is a bullet`).toMatch(/ -$/);
      }
      pieces.forEach((p) => consume(p, k.code));
    }

    for (const d of seed.domains) residue = residue.replace(`Domaine ${d.code} : ${d.title}`, " ");
    residue = residue
      .replace(options.transversalHeading, " ")
      .replace(/Référentiel de compétences|Référentiel de certification/g, " ")
      .replace(/Critères? associés? :/g, " ")
      .replace(/(^|\s)-(?=\s|$)/g, " ")
      .trim();
    expect(residue, `${c.code}: source text left untranscribed`).toBe("");
  }
};

const source001 = readSource(SEED_001);
describe(
  `REF-1: the 2023-02-14 seed matches seed 001 verbatim`,
  () => {
    const text = normalise(source001 ?? "");
    const annex = () => between(
        text,
        "Annexe 1 - Référentiel de la certification CléA management 1. Avant-Propos",
        "Annexe 2 - Stipulations financières",
      );
    const section2 = () => between(annex(), "2. Référentiel de compétences et de certification");
    const matrix = () => between(annex(), "Approche matricielle", "Les partenaires sociaux tiennent");

    it("REF-1: every competence title, lead and criterion text occurs verbatim in Annexe 1, section 2", () => {
      checkVerbatim(cleaManagement20230214, section2(), {
        splits: {
          "1-3": ["correctives, si nécessaire"],
          "3-3": ["collaborateurs et si nécessaire"],
        },
        transversalHeading: "Dimension transversale : contribuer à l'amélioration continue",
      });
    });

    it("REF-2: every short title occurs verbatim in the matrix, after its competence code", () => {
      for (const c of competences(cleaManagement20230214)) {
        const entry = `Compétence ${c.code} : ${c.shortTitle}`;
        expect(matrix(), c.code).toContain(entry);
        const next = matrix().slice(matrix().indexOf(entry) + entry.length);
        expect(next, `${c.code} short title is complete`).toMatch(/^(\s|$)/);
        expect(next.trimStart(), `${c.code} short title is complete`).toMatch(/^(Compétence|Dimension|$)/);
      }
    });

    it("REF-1: the transversal title is the one the source announces", () => {
      expect(annex()).toContain("Dimension Transversale : Contribuer à l'Amélioration Continue");
      expect(annex().toLowerCase()).toContain(
        `dimension transversale : ${cleaManagement20230214.transversalTitle!.toLowerCase()}`,
      );
    });
  },
);

const source000 = readSource(SEED_000);
describe(
  `REF-1: the 2021-10 seed matches seed 000 verbatim`,
  () => {
    it("REF-1: every competence title, lead and criterion text occurs verbatim in section 2", () => {
      const text = normalise(source000 ?? "");
      expect(text).toContain("A fin octobre 2021, les membres de la Commission");
      checkVerbatim(cleaManagement202110, between(text, "2. Référentiel de compétences et de certification"), {
        splits: {
          "2-1": ["missions et objectifs, au besoin"],
          "3-1": ["menant ou contribuant"],
          "3-1.1": ["d’évolution ou de formation"],
        },
        transversalHeading: "Dimension transversale : contribuer à l’amélioration continue",
      });
    });
  },
);

const source004 = readSource(SEED_004);
describe(
  `REF-1: the CléA seed matches seed 004`,
  () => {
    it("REF-1: domains and sub-domains are those of « CléA, c'est quoi ? », decoding glitches repaired", () => {
      const raw = between(source004 ?? "", "CléA est composée de 7", "CléA, c’est pour qui");
      const repaired = raw
        .replace(/-[ \t]*\r?\n\s*/g, "")
        .replace(/\s+/g, " ")
        .replace("(;couter", "(Écouter")
        .replace("/ ;crire", "/ Écrire")
        .replace("orMlement", "oralement")
        .replace("<tre capable", "Être capable")
        .replace(/l•/g, "l’");
      expect(repaired).toContain("7 domaines de connaissances et de compétences, 28 sous-domaines");
      const items = repaired.split("¶").slice(1).map((s) => s.trim());
      expect(items).toHaveLength(7);
      clea.domains.forEach((d, i) => {
        const item = items[i]!;
        expect(item.startsWith(`${d.title} (`), `domain ${d.code}`).toBe(true);
        let rest = item.slice(d.title.length + 2);
        for (const c of d.competences) {
          const at = rest.indexOf(c.title);
          expect(at, `sub-domain ${c.code} « ${c.title} »`).toBeGreaterThanOrEqual(0);
          expect(rest.slice(0, at).replace(/[\s/]/g, ""), `${c.code} is next in order`).toBe("");
          rest = rest.slice(at + c.title.length);
        }
        expect(rest.replace(/[\s)]/g, ""), `domain ${d.code}: nothing left over`).toBe("");
      });
    });
  },
);

const source002 = readSource(SEED_002);
describe(
  `REF-1: the CléA numérique seed matches seed 002`,
  () => {
    it("REF-1: the 4 domains are the 4 « compétences-clés » of seed 002, in order", () => {
      const section = between(source002 ?? "", "Qu’est-ce que CléA numérique ?", "Consultez le référentiel");
      expect(section).toContain("construite en 2018");
      expect(section).toContain("4 compétences-clés");
      const bullets = [...section.matchAll(/^- (.+?)\s*[;.]?$/gm)].map((m) => m[1]);
      expect(bullets).toEqual(cleaNumerique.domains.map((d) => d.title));
    });
  },
);
