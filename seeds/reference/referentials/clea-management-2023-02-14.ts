import type { ReferentialSeed } from "./types";

export const cleaManagement20230214: ReferentialSeed = {
  certification: "CLEA_MANAGEMENT",
  version: "2023-02-14",
  effectiveFrom: "2023-02-14",
  source:
    "Seed 001 (partnership convention for CléA management, in force since 14 February 2023), Annexe 1 « Référentiel de la certification CléA management »: domains, competences and criteria from section 2 « Référentiel de compétences et de certification » (the canonical detailed table); shortTitle from the « Approche matricielle » matrix.",
  transversalTitle: "Contribuer à l'amélioration continue",
  domains: [
    {
      code: "1",
      title:
        "Organiser l'activité au regard des attentes et contraintes de l'entreprise et de son environnement",
      competences: [
        {
          code: "1-1",
          title:
            "Identifier, comprendre, mettre en œuvre les directives et la politique de l'entreprise, les porter, les expliquer auprès de son équipe, en mesurer les effets et en alertant la hiérarchie.",
          shortTitle:
            "Identifier, comprendre, mettre en œuvre les directives et la politique de l'entreprise, les porter, les expliquer (...)",
          criteriaLead: "Le candidat :",
          criteria: [
            {
              code: "1-1.1",
              kind: "CERTIFICATION",
              text: "Sait identifier les orientations stratégiques fixées par l'entreprise, pour les porter à connaissance de ses interlocuteurs et de son équipe",
            },
            {
              code: "1-1.2",
              kind: "CERTIFICATION",
              text: "sait adapter sa communication en fonction de son interlocuteur (client, salarié, ...) et alerter sa hiérarchie",
            },
            {
              code: "1-1.3",
              kind: "CERTIFICATION",
              text: "a conscience des freins possibles et sait identifier les moyens à mettre en place pour les lever",
            },
          ],
        },
        {
          code: "1-2",
          title:
            "S'approprier les directives et la politique de l'entreprise (Politique RH, RSE, règlementaire, valeurs, diversité, cadres du télétravail...) et prendre en compte l'écosystème de son entreprise (évolutions techniques, réglementaires, économiques, concurrence, marché), ses orientations stratégiques, attentes et contraintes, notamment pour organiser le collectif de travail",
          shortTitle:
            "Organiser le collectif de travail en s'appropriant et déclinant les directives et la politique de l'entreprise (...)",
          criteriaLead: "Le candidat :",
          criteria: [
            {
              code: "1-2.1",
              kind: "CERTIFICATION",
              text: "connaît les enjeux de la communication, en maîtrise les outils (réunions, notes, logiciels, ...) utilisés dans l'entreprise et sait les mettre en place.",
            },
            {
              code: "1-2.2",
              kind: "CERTIFICATION",
              text: "sait identifier les compétences dont il a besoin en fonction des directives et de la politique de l'entreprise, et celles détenues par les salariés de son équipe (notamment il sait conduire un entretien professionnel)",
            },
            {
              code: "1-2.3",
              kind: "CERTIFICATION",
              text: "connaît la politique de GPEC de l'entreprise, les dispositifs et process associés",
            },
          ],
        },
        {
          code: "1-3",
          title:
            "Suivre les résultats de son activité, procéder aux remontées d'information, utiliser les outils prévus à cet effet, pratiquer à des ajustements et actions correctives, si nécessaire pour atteindre les objectifs, proposer et mettre en place des axes d'amélioration.",
          shortTitle:
            "Suivre les résultats de son activité, procéder aux remontées d'information, utiliser les outils prévus à cet effet (...)",
          criteriaLead: "Le candidat :",
          criteria: [
            {
              code: "1-3.1",
              kind: "CERTIFICATION",
              text: "maîtrise l'utilisation des outils de reporting en vigueur dans l'entreprise.",
            },
            {
              code: "1-3.2",
              kind: "CERTIFICATION",
              text: "sait identifier des indicateurs pertinents et les décliner auprès de son équipe.",
            },
            {
              code: "1-3.3",
              kind: "CERTIFICATION",
              text: "sait identifier les bons interlocuteurs à qui remonter toute difficulté identifiée, en cohérence avec les process en vigueur dans l'entreprise.",
            },
          ],
        },
        {
          code: "1-4",
          title:
            "S'approprier et utiliser les outils numériques liés à l'activité et à son suivi et les mettre en œuvre à bon escient (cf. CléA Numérique)",
          shortTitle:
            "S'approprier et utiliser les outils numériques liés à l'activité et à son suivi et les mettre en œuvre à bon escient (CléA Num)",
          criteria: [
            {
              code: "1-4.1",
              kind: "CERTIFICATION",
              text: "Le candidat connaît et sait utiliser les outils numériques liés à l'activité et à son suivi",
            },
            {
              code: "1-4.2",
              kind: "ASSOCIATED",
              text: "le candidat maîtrise les fonctionnalités nécessaires à l'exercice de sa fonction.",
            },
            {
              code: "1-4.3",
              kind: "CERTIFICATION",
              text: "Le candidat sait choisir et mettre en œuvre les outils numériques à bon escient.",
            },
          ],
        },
        {
          code: "1-5",
          title:
            "Valoriser son domaine d'activité et contribuer aux actions de communication internes et/ou externes.",
          shortTitle:
            "Valoriser son domaine d'activité et contribuer aux actions de communication internes et/ou externes",
          criteriaLead: "Le candidat :",
          criteria: [
            {
              code: "1-5.1",
              kind: "CERTIFICATION",
              text: "sait apprécier et choisir les éléments valorisables de son activité",
            },
            {
              code: "1-5.2",
              kind: "CERTIFICATION",
              text: "propose ces éléments valorisables selon les canaux de communication choisis par l'entreprise",
            },
            {
              code: "1-5.3",
              kind: "ASSOCIATED",
              text: "le candidat possède des connaissances générales en matière de canaux de communication.",
            },
          ],
        },
        {
          code: "1-6",
          title:
            "Respecter les différentes obligations administratives, sociales et financières nécessaires à l'activité",
          shortTitle:
            "Respecter les différentes obligations administratives et financières nécessaires à l'activité (juridiques, RH...)",
          criteria: [
            {
              code: "1-6.1",
              kind: "CERTIFICATION",
              text: "Le candidat connaît et fait respecter les différentes obligations administratives, sociales et financières nécessaires à l'activité",
            },
            {
              code: "1-6.2",
              kind: "ASSOCIATED",
              text: "le candidat dispose des ressources et de procédures applicables et s'y réfère en cas de besoin.",
            },
          ],
        },
        {
          code: "1-7",
          title:
            "Contribuer par ses propositions à l'amélioration de son activité, et aux démarches qualité de l'entreprise lorsqu'elles existent (ISO, RSE...)",
          shortTitle:
            "Contribuer par ses propositions à l'amélioration de son activité, et aux démarches qualité de l'entreprise",
          transversal: true,
          criteriaLead: "Le candidat est capable :",
          criteria: [
            {
              code: "1-7.1",
              kind: "CERTIFICATION",
              text: "d'expliquer les démarches qualité de l'entreprise : leur sens, les résultats attendus, les règles...",
            },
            {
              code: "1-7.2",
              kind: "CERTIFICATION",
              text: "de diagnostiquer les forces et les faiblesses des activités exercées par son équipe aux vues de ce cadre",
            },
            {
              code: "1-7.3",
              kind: "CERTIFICATION",
              text: "de rechercher coopérativement et développer des moyens de résoudre les difficultés identifiées, est avérée",
            },
            {
              code: "1-7.4",
              kind: "CERTIFICATION",
              text: "de construire coopérativement une proposition permettant de contribuer à l'amélioration continue de son activité",
            },
            {
              code: "1-7.5",
              kind: "CERTIFICATION",
              text: "de contrôler les améliorations mises en œuvre",
            },
          ],
        },
      ],
    },
    {
      code: "2",
      title: "Animer et encadrer le collectif de travail",
      competences: [
        {
          code: "2-1",
          title:
            "Mettre en place et maintenir un cadre de travail avec des règles de fonctionnement du collectif et dans le respect du cadre donné par l'entreprise (politique RH, RSE, règlementaire, valeurs, diversité, ...), en l'adaptant selon la charge de travail et au regard des missions et objectifs, au besoin en déléguant, et en veillant à donner du sens au travail.",
          shortTitle:
            "Mettre en place et maintenir un cadre de travail avec des règles de fonctionnement du collectif (...)",
          criteriaLead: "A partir d'une situation comme une prise de poste, le candidat sait :",
          criteria: [
            {
              code: "2-1.1",
              kind: "CERTIFICATION",
              text: "Poser un cadre de travail adapté à l'activité du collectif, à la charge de travail et à ses objectifs et des règles de travail ;",
            },
            {
              code: "2-1.2",
              kind: "CERTIFICATION",
              text: "Prendre en compte les orientations de l'entreprise, les expliquer, et adapter le cadre de travail le cas échéant",
            },
            {
              code: "2-1.3",
              kind: "CERTIFICATION",
              text: "Déléguer de manière sécurisée",
            },
            {
              code: "2-1.4",
              kind: "CERTIFICATION",
              text: "Mobiliser les services supports existants dans l'entreprise",
            },
            {
              code: "2-1.5",
              kind: "ASSOCIATED",
              text: "connaissance des orientations de l'entreprise, connaissances des règles générales (fondamentaux du domaine CléA) et des règles spécifiques à l'entreprise.",
            },
          ],
        },
        {
          code: "2-2",
          title:
            "Animer l'équipe, en présentiel et/ou à distance, coordonner ses activités en s'assurant par une écoute appropriée de la mobilisation des collaborateurs, en adaptant son management aux situations et aux personnes, en créant et maintenant les conditions favorables au développement d'une dynamique collective et en gérant les conflits, le cas échéant.",
          shortTitle:
            "Animer l'équipe en présentiel et/ou à distance, coordonner ses activités en s'assurant de sa mobilisation (...)",
          criteriaLead:
            "Dans le cadre d'une situation collective avec ses collaborateurs (comme une réunion de travail), le candidat sait :",
          criteria: [
            { code: "2-2.1", kind: "CERTIFICATION", text: "animer une réunion ;" },
            { code: "2-2.2", kind: "CERTIFICATION", text: "susciter des solutions et suggestions ;" },
            {
              code: "2-2.3",
              kind: "CERTIFICATION",
              text: "créer les conditions de la mobilisation des collaborateurs",
            },
            { code: "2-2.4", kind: "CERTIFICATION", text: "prendre en compte les conflits" },
          ],
        },
        {
          code: "2-3",
          title:
            "Communiquer clairement et conduire des réunions, utiliser les possibilités du numérique, échanger sur les pratiques de travail, sur les problèmes rencontrés et susciter des suggestions de solutions.",
          shortTitle:
            "Communiquer clairement et conduire des réunions, utiliser les possibilités du numérique, échanger sur les pratiques (...)",
          criteriaLead: "Le candidat sait :",
          criteria: [
            {
              code: "2-3.1",
              kind: "CERTIFICATION",
              text: "communiquer oralement, par écrit, en présentiel et en utilisant les possibilités du numérique à distance, avec son équipe",
            },
            {
              code: "2-3.2",
              kind: "CERTIFICATION",
              text: "adapter sa communication aux situations et aux interlocuteurs",
            },
          ],
        },
        {
          code: "2-4",
          title:
            "Décider, arbitrer dans des environnements ou situations contraints. Gérer des situations difficiles (notamment en temps de crise (sanitaire, technique, budgétaire...) en prenant du recul et analysant ses pratiques.",
          shortTitle:
            "Décider, arbitrer dans des environnements ou situations contraints. Gérer des situations difficiles (...)",
          criteriaLead:
            "Dans une situation difficile (ex. crise sanitaire, pannes techniques, problèmes budgétaires...), le candidat sait :",
          criteria: [
            { code: "2-4.1", kind: "CERTIFICATION", text: "Prendre du recul pour analyser ;" },
            { code: "2-4.2", kind: "CERTIFICATION", text: "Réagir à temps" },
            {
              code: "2-4.3",
              kind: "CERTIFICATION",
              text: "S'en référer à sa hiérarchie et à ses pairs s'il y a lieu",
            },
          ],
        },
        {
          code: "2-5",
          title:
            "Développer la cohésion, la coopération et l'efficacité du collectif de travail, en identifiant les leviers de la performance collective et en valorisant les bonnes pratiques (retours d'expérience, co-développement...).",
          shortTitle:
            "Développer la cohésion, la coopération et l'efficacité du collectif de travail, en identifiant les leviers (...)",
          transversal: true,
          criteriaLead: "Le candidat sait :",
          criteria: [
            {
              code: "2-5.1",
              kind: "CERTIFICATION",
              text: "susciter et recevoir des contributions de ses collaborateurs et est capable de les intégrer dans ses décisions",
            },
            {
              code: "2-5.2",
              kind: "CERTIFICATION",
              text: "accompagner les problématiques de son collectif de travail, de façon adaptée, au service de la performance collective",
            },
            {
              code: "2-5.3",
              kind: "CERTIFICATION",
              text: "concevoir une situation de management favorisant l'émergence d'idées nouvelles",
            },
            {
              code: "2-5.4",
              kind: "CERTIFICATION",
              text: "s'assurer que son équipe comprend les enjeux et met en œuvre les actions liées à l'amélioration continue",
            },
            {
              code: "2-5.5",
              kind: "CERTIFICATION",
              text: "Dans le cadre de l'amélioration continue, fixer des objectifs et des critères spécifiques, mesurables, atteignables et réalistes",
            },
            {
              code: "2-5.6",
              kind: "CERTIFICATION",
              text: "Identifier et partager des critères de la performance collective, cohérents et formalisés dans un tableau de bord",
            },
          ],
        },
        {
          code: "2-6",
          title:
            "Interroger ses pratiques managériales, identifier les axes d'amélioration et s'adapter aux situations rencontrées. Mettre à jour ses connaissances et ses compétences, par divers moyens, notamment dans le cadre du plan de développement des compétences et des échanges entre pairs.",
          shortTitle:
            "Interroger ses pratiques managériales, identifier les axes d'amélioration et s'adapter aux situations rencontrées (...)",
          transversal: true,
          criteriaLead: "Le candidat est capable :",
          criteria: [
            {
              code: "2-6.1",
              kind: "CERTIFICATION",
              text: "de mobiliser les ressources pertinentes internes et externes au service",
            },
            {
              code: "2-6.2",
              kind: "CERTIFICATION",
              text: "de formaliser et d'explicitier sa méthode de travail",
            },
            { code: "2-6.3", kind: "CERTIFICATION", text: "d'interroger ses pratiques managériales" },
            {
              code: "2-6.4",
              kind: "CERTIFICATION",
              text: "d'identifier des axes de progrès et leurs actions associées",
            },
          ],
        },
      ],
    },
    {
      code: "3",
      title: "Accompagner les collaborateurs et favoriser le développement de leurs compétences",
      competences: [
        {
          code: "3-1",
          title:
            "Veiller et/ou créer les conditions de l'accompagnement du collaborateur dans son parcours professionnel (par exemples : accueil, intégration, appui métier, évolution professionnelle...) notamment en menant ou contribuant aux « entretiens professionnels » qui visent à accompagner le salarié dans son évolution professionnelle dans et /ou hors de l'entreprise, à identifier ses besoins de formation et à l'informer sur le Compte Personnel de Formation (CPF), sur le Conseil en Evolution Professionnelle (CEP) et la Validation des Acquis de l'Expérience (VAE).",
          shortTitle:
            "Veiller et/ou créer les conditions de l'accompagnement du collaborateur dans son parcours professionnel",
          criteria: [
            {
              code: "3-1.1",
              kind: "CERTIFICATION",
              text: "Le candidat sait constituer les conditions de l'accompagnement du collaborateur en décrivant, au travers de quelques situations (accueil/intégration, appréhension des besoins et attentes en matière d'évolution ou de formation par exemple) la manière de procéder, éventuellement en s'appuyant sur des méthodes et outils.",
            },
            {
              code: "3-1.2",
              kind: "CERTIFICATION",
              text: "Le candidat connaît l'entretien professionnel et les conditions de sa mise en place dans l'entreprise en lien éventuellement avec d'autres acteurs (services RH, consultants...)",
            },
          ],
        },
        {
          code: "3-2",
          title:
            "Participer à identifier les leviers de motivation et à la définition des objectifs individuels des collaborateurs au regard de l'activité, de manière réaliste et quantifiée.",
          shortTitle:
            "Participer à identifier les leviers de motivation et à la définition des objectifs individuels des collaborateurs (...)",
          criteriaLead: "Le candidat présente – à partir d'une situation donnée – la manière dont :",
          criteria: [
            {
              code: "3-2.1",
              kind: "CERTIFICATION",
              text: "il identifie les leviers de motivation d'un collaborateur;",
            },
            { code: "3-2.2", kind: "CERTIFICATION", text: "il détermine des objectifs individuels." },
          ],
        },
        {
          code: "3-3",
          title:
            "Prendre en compte, expliquer, appliquer et faire appliquer les règles d'hygiène, de sécurité et les bases du droit du travail dans les relations avec les collaborateurs et si nécessaire en lien avec la fonction RH de l'entreprise, lorsqu'elle existe.",
          shortTitle:
            "Prendre en compte, expliquer, appliquer et faire appliquer les règles d'hygiène, de sécurité et de droit du travail (...)",
          criteria: [
            {
              code: "3-3.1",
              kind: "CERTIFICATION",
              text: "Le candidat prend en compte et explique les règles d'hygiène, de sécurité et de droit du travail.",
            },
            {
              code: "3-3.2",
              kind: "CERTIFICATION",
              text: "Il les applique et sait les faire appliquer.",
            },
            {
              code: "3-3.3",
              kind: "ASSOCIATED",
              text: "connaissance des règles générales (fondamentaux du domaine CléA) et des règles spécifiques à l'entreprise.",
            },
          ],
        },
        {
          code: "3-4",
          title:
            "Identifier/repérer les compétences individuelles des collaborateurs et collectives, mettre en œuvre avec les services RH lorsqu'ils existent les moyens pour les faire évoluer (formation, tutorat, échanges de pratiques, évaluation des acquis...) en prévoyant du temps articulé à l'activité de l'équipe pour ces actions.",
          shortTitle:
            "Identifier/repérer les compétences individuelles des collaborateurs et collectives (...)",
          transversal: true,
          criteriaLead: "Le candidat est capable :",
          criteria: [
            { code: "3-4.1", kind: "CERTIFICATION", text: "de décrire les emplois du collaborateur" },
            {
              code: "3-4.2",
              kind: "CERTIFICATION",
              text: "d'identifier les écarts avec l'activité prescrite et l'activité réelle",
            },
            {
              code: "3-4.3",
              kind: "CERTIFICATION",
              text: "d'être force de proposition pour remédier à ces écarts",
            },
            {
              code: "3-4.4",
              kind: "CERTIFICATION",
              text: "d'organiser la continuité de l'activité en l'absence de ses collaborateurs partis en formation",
            },
          ],
        },
      ],
    },
  ],
};
