/** Demo accounts of the Instances and a published contextualisation: the public contract for portals and checks. */

export const demoUsers = [
  { email: "decideur@certifpro.demo", displayName: "Décideur Certif Pro", role: "DECISION_MAKER" as const, instance: "CERTIF_PRO" },
  { email: "instructeur@certifpro.demo", displayName: "Service compétent Certif Pro", role: "STAFF" as const, instance: "CERTIF_PRO" },
  { email: "prestataire@certifpro.demo", displayName: "Prestataire de Certif Pro", role: "PROVIDER" as const, instance: "CERTIF_PRO" },
  { email: "decideur@cpne-proprete.demo", displayName: "Décideur CPNE Propreté", role: "DECISION_MAKER" as const, instance: "CPNE_PROPRETE" },
  { email: "instructeur@cpne-proprete.demo", displayName: "Service compétent CPNE Propreté", role: "STAFF" as const, instance: "CPNE_PROPRETE" },
  { email: "prestataire@cpne-proprete.demo", displayName: "Prestataire de la CPNE Propreté", role: "PROVIDER" as const, instance: "CPNE_PROPRETE" },
  { email: "decideur@cpne-metallurgie.demo", displayName: "Décideur CPNE Métallurgie", role: "DECISION_MAKER" as const, instance: "CPNE_METALLURGIE" },
];

/** The CPNE Propreté's published contextualisation of CléA management 2023-02-14: trade wording only. */
export const demoPublishedContextualisation = {
  instance: "CPNE_PROPRETE",
  certification: "CLEA_MANAGEMENT",
  baseVersion: "2023-02-14",
  createdBy: "decideur@cpne-proprete.demo",
  approvedBy: "decideur@certifpro.demo",
  wordings: {
    "2-2":
      "Animer l'équipe d'agents de propreté, sur les sites clients et/ou à distance, coordonner ses interventions en s'assurant par une écoute appropriée de la mobilisation des collaborateurs, en adaptant son management aux situations et aux personnes, en créant et maintenant les conditions favorables au développement d'une dynamique collective et en gérant les conflits, le cas échéant.",
    "2-2.1": "animer une réunion d'équipe, y compris en début de vacation sur le site client ;",
    "3-3.1":
      "Le candidat prend en compte et explique les règles d'hygiène, de sécurité (produits, machines, travail en hauteur) et de droit du travail.",
    "2-4.1": "Prendre du recul pour analyser, notamment face à une exigence imprévue du client ;",
  } as Record<string, string>,
};
