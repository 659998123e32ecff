import type { ReferentialSeed } from "./types";

export const cleaNumerique: ReferentialSeed = {
  certification: "CLEA_NUMERIQUE",
  version: "2018",
  effectiveFrom: "2018-01-01",
  source:
    "Seed 002, section « Qu’est-ce que CléA numérique ? »: « une certification, construite en 2018 par les partenaires sociaux avec le ministère du Travail, qui atteste de la maîtrise de 4 compétences-clés » (domain titles as worded there, list semicolons dropped). Seed 003 gives the same 4 domains in looser wording. Neither source gives sub-levels or criteria, so competences are empty. Only the year is known: version is « 2018 » and effectiveFrom is set to 1 January 2018 by convention.",
  domains: [
    {
      code: "1",
      title: "identifier son environnement et utiliser les outils associés",
      competences: [],
    },
    {
      code: "2",
      title: "acquérir et exploiter de l’information dans un environnement professionnel numérisé",
      competences: [],
    },
    { code: "3", title: "interagir en mode collaboratif", competences: [] },
    {
      code: "4",
      title: "appliquer les règles et bonnes pratiques de la sécurité numérique",
      competences: [],
    },
  ],
};
