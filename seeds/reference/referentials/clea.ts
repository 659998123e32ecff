import type { CompetenceSeed, DomainSeed, ReferentialSeed } from "./types";

const subDomains = (domainCode: string, titles: string[]): CompetenceSeed[] =>
  titles.map((title, index) => ({ code: `${domainCode}.${index + 1}`, title, criteria: [] }));

const domain = (code: string, title: string, subDomainTitles: string[]): DomainSeed => ({
  code,
  title,
  competences: subDomains(code, subDomainTitles),
});

export const clea: ReferentialSeed = {
  certification: "CLEA",
  version: "2016-01-21",
  effectiveFrom: "2016-01-21",
  source:
    "Seed 004, « Fiches Information CléA » (« CléA est composée de 7 domaines de connaissances et de compétences, 28 sous-domaines et 108 critères d’évaluation »): the 7 domains and, in parentheses after each, its sub-domains (not numbered in the source; codes are <domain>.<rank>). The evaluation criteria texts are not in the sources (seed 004 counts 108, seed 002 counts 106), so criteria are empty. The source gives no referential date: version and effectiveFrom are the national official launch of the certificate, 21 January 2016, as stated in seed 004. Repairs of the decoded text: « ;couter » → « Écouter », « ;crire » → « Écrire », « orMlement » → « oralement », « <tre » → « Être », « l•» → « l’ », words hyphenated across lines joined, double spaces collapsed; the separators missing before « Saisir » and « Communiquer » restored, and « Saisir et mettre en forme du texte / Gérer des documents » kept as one sub-domain, which gives the 28 sub-domains the source announces.",
  domains: [
    domain("1", "la communication en français", [
      "Écouter et comprendre",
      "S’exprimer à l’oral",
      "Lire",
      "Écrire",
      "Décrire, formuler",
    ]),
    domain("2", "l'utilisation des règles de base de calcul et du raisonnement mathématique", [
      "Se repérer dans l’univers des nombres",
      "Résoudre un problème mettant en jeu une ou plusieurs opérations",
      "Lire et calculer les unités de mesures, de temps et des quantités",
      "Se repérer dans l’espace",
      "Restituer oralement un raisonnement mathématique",
    ]),
    domain(
      "3",
      "l’utilisation des techniques usuelles de l’information et de la communication numérique",
      [
        "Connaître son environnement et les fonctions de base pour utiliser un ordinateur",
        "Saisir et mettre en forme du texte / Gérer des documents",
        "Se repérer dans l’environnement Internet et effectuer une recherche sur le web",
        "Utiliser la fonction de messagerie",
      ],
    ),
    domain("4", "l’aptitude à travailler dans le cadre de règles définies d’un travail en équipe", [
      "Respecter les règles de vie collective",
      "Travailler en équipe",
      "Contribuer dans un groupe",
      "Communiquer",
    ]),
    domain("5", "l'aptitude à travailler en autonomie et à réaliser un objectif individuel", [
      "Comprendre son environnement de travail",
      "Réaliser des objectifs individuels dans le cadre d’une action simple ou d’un projet",
      "Prendre des initiatives et être force de proposition",
    ]),
    domain("6", "la capacité d’apprendre à apprendre tout au long de la vie", [
      "Accumuler de l’expérience et en tirer les leçons appropriées",
      "Entretenir sa curiosité et sa motivation pour apprendre dans le champ professionnel",
      "Optimiser les conditions d’apprentissage (de la théorie à la pratique professionnelle)",
    ]),
    domain(
      "7",
      "la maîtrise des gestes et postures et le respect des règles d’hygiène, de sécurité et environnementales élémentaires",
      [
        "Respecter un règlement sécurité, hygiène, environnement, une procédure qualité",
        "Avoir les bons gestes et réflexes afin d’éviter les risques",
        "Être capable d’appliquer les gestes de premier secours",
        "Contribuer à la préservation de l’environnement et aux économies d’énergie",
      ],
    ),
  ],
};
