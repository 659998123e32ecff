/** One entry of the register of processing the organism keeps as controller (GDPR-1, convention IV.7). */
export interface ProcessingActivity {
  readonly code: "CERTIFICATION_PATH" | "CERTIFICATE" | "RESULTS_REQUESTS" | "STATISTICS";
  readonly name: string;
  readonly controller: string;
  readonly purpose: string;
  readonly dataSubjects: string;
  readonly data: readonly string[];
  readonly recipients: readonly string[];
  readonly retention: string;
}

export interface RegisterOrganism {
  readonly name: string;
  readonly siren: string;
}

const DESTRUCTION =
  "Jusqu'au terme du parcours et au plus tard de l'habilitation : les données sont détruites au terme de la période d'habilitation ou en cas de retrait, selon les instructions de Certif Pro (convention, IV.7) ; plus tôt si la personne en demande l'effacement.";

/**
 * GDPR-1, convention IV.7: "tenir un registre de toutes les catégories d'activités de traitement effectuées" and
 * "faire mention de la finalité du traitement des données personnelles lors de leur collecte": what is processed on
 * the people the organism enrols, why, for whom and for how long, as the API processes it.
 */
export function processingRegister(organism: RegisterOrganism): readonly ProcessingActivity[] {
  const controller = `${organism.name} (SIREN ${organism.siren}), organisme habilité, responsable du traitement`;
  return [
    {
      code: "CERTIFICATION_PATH",
      name: "Inscription et parcours de certification",
      controller,
      purpose:
        "Inscrire la personne au certificat qu'elle demande, la convoquer, conduire son évaluation préalable, son parcours de formation éventuel et son évaluation finale, présenter son dossier au jury et lui remettre la matrice de ses résultats (règlement d'évaluation, art. 1 à 5).",
      dataSubjects: "Les personnes inscrites à une certification CléA auprès de l'organisme.",
      data: [
        "Identité : nom, prénoms, date de naissance",
        "Contact : adresse e-mail ou adresse postale",
        "Parcours : dates d'inscription et d'évaluation, résultats critère par critère, formateurs, évaluateurs, décision et procès-verbal du jury",
        "Aménagements accordés : leur nature seulement, jamais la situation de santé de la personne",
        "Évaluation à distance : date et moyen du contrôle d'identité, jamais de copie de pièce d'identité",
        "Demandes de la personne sur ses données : limitation, opposition, effacement, avec leur date",
      ],
      recipients: [
        "Les personnels habilités de l'organisme, ses évaluateurs et formateurs pour les personnes qu'ils suivent, les membres du jury",
        "Certif Pro ou la CPNE certificatrice, seulement lorsqu'une règle le justifie : une demande de la personne qui leur est adressée (EVA-7) ou un audit de l'organisme (AUD-1) ; chacune de ces consultations est journalisée",
        "Jamais le mandataire de l'organisme",
      ],
      retention: DESTRUCTION,
    },
    {
      code: "CERTIFICATE",
      name: "Délivrance et vérification du certificat",
      controller,
      purpose: "Délivrer le certificat au nom du certificateur, sur papier ou en PDF au choix de la personne, et permettre à quiconque le reçoit d'en vérifier l'authenticité (règlement d'évaluation, art. 5).",
      dataSubjects: "Les personnes à qui le jury a délivré le certificat.",
      data: [
        "Sur le certificat : nom, prénoms, date de naissance, certification, version du référentiel, date, numéro et code de vérification",
        "Talon de vérification conservé : numéro, code de vérification, certification, version, Instance, date, initiales du titulaire",
      ],
      recipients: [
        "La personne titulaire",
        "Quiconque présente le numéro : existence et validité du certificat, sans donnée personnelle",
        "Quiconque présente le numéro et le code de vérification : en plus, les initiales du titulaire",
      ],
      retention: `${DESTRUCTION} Le talon de vérification est conservé par le certificateur tant que le certificat peut être présenté : l'effacement ne le supprime pas.`,
    },
    {
      code: "RESULTS_REQUESTS",
      name: "Consultation des procès-verbaux et contestation des résultats",
      controller: "Le certificateur à qui la demande est adressée : Certif Pro, ou la CPNE certificatrice déléguée",
      purpose: "Recevoir, examiner et décider les demandes de consultation des procès-verbaux du jury et les contestations de résultats (règlement d'évaluation, art. 7).",
      dataSubjects: "Les personnes qui adressent une telle demande.",
      data: ["La demande (nature, dates d'envoi et de réception)", "Le dossier de la personne nécessaire à son examen", "La décision du certificateur et ses motifs"],
      recipients: ["Les membres du certificateur qui instruisent et décident la demande", "La personne et l'organisme, pour la décision"],
      retention: `${DESTRUCTION} Une demande en cours suspend l'effacement des données nécessaires à son examen.`,
    },
    {
      code: "STATISTICS",
      name: "Statistiques anonymisées",
      controller,
      purpose: "Compter les parcours et les certificats par certification, version, contexte, organisme et année.",
      dataSubjects: "Aucune personne identifiable : les résultats sont détachés de toute identité.",
      data: ["Certification, version et contexte du référentiel, année, domaines validés, décision du jury ; ni nom, ni date de naissance, ni contact"],
      recipients: ["Certif Pro et les CPNE, pour leurs rapports"],
      retention: "Sans limite : ces résultats ne sont plus des données personnelles. Ils restent après l'effacement ou la destruction.",
    },
  ];
}
