/** Demo organisms, their users, a Mandataire, campaigns and a CPNE criterion: every step can be tried. */

export const demoOrganisms = [
  {
    siren: "812345676",
    name: "Organisme Alpha Formation",
    legalForm: "SAS",
    declarationNumber: "11755555575",
    qualiopiCertified: true,
    qualiopiSince: "2022-01-10",
    establishments: [
      { siret: "81234567600009", name: "Siège", address: "12 rue des Écoles", postalCode: "75005", city: "Paris", registeredFrom: "2024-11-04" },
      { siret: null, name: "Site de Lyon", address: "3 quai Saint-Vincent", postalCode: "69001", city: "Lyon", registeredFrom: "2025-02-03" },
    ],
    contacts: [{ fullName: "Claire Martin", email: "claire.martin@organisme-alpha.demo", phone: "01 45 00 00 01", functionTitle: "Directrice" }],
    intervenants: [
      { fullName: "Julien Bernard", evaluator: true, trainer: false, qualifications: "Master en sciences de l'éducation ; 8 ans d'évaluation de compétences", remoteReady: true },
      { fullName: "Sophie Petit", evaluator: false, trainer: true, qualifications: "Formatrice en management, titre professionnel FPA", remoteReady: false },
    ],
  },
  {
    siren: "841234560",
    name: "Organisme Beta Compétences",
    legalForm: "Association loi 1901",
    declarationNumber: "84691234569",
    qualiopiCertified: true,
    qualiopiSince: "2021-06-01",
    establishments: [
      { siret: "84123456000008", name: "Siège", address: "8 avenue Jean Jaurès", postalCode: "69007", city: "Lyon", registeredFrom: "2025-09-01" },
    ],
    contacts: [{ fullName: "Karim Haddad", email: "karim.haddad@organisme-beta.demo", phone: null, functionTitle: "Responsable pédagogique" }],
    intervenants: [
      { fullName: "Nadia Roux", evaluator: true, trainer: true, qualifications: "Consultante RH, certifiée en évaluation des compétences", remoteReady: true },
    ],
  },
];

export const demoMandataires = [
  { name: "Conseil Gamma", siren: "901234567", mandates: [{ organismSiren: "841234560", proofReference: "Mandat signé le 5 janvier 2026", validFrom: "2026-01-05" }] },
];

export const demoOrganismUsers = [
  { email: "admin@organisme-alpha.demo", displayName: "Administratrice Alpha", role: "ORGANISM_ADMIN" as const, organismSiren: "812345676" },
  { email: "admin@organisme-beta.demo", displayName: "Administrateur Beta", role: "ORGANISM_ADMIN" as const, organismSiren: "841234560" },
  { email: "mandataire@conseil-gamma.demo", displayName: "Mandataire Gamma", role: "MANDATAIRE" as const, mandataire: "Conseil Gamma" },
];

export const demoCampaigns = [
  { instance: "CERTIF_PRO", certification: "CLEA_MANAGEMENT", name: "Campagne 2024", opensOn: "2024-09-02", closesOn: "2024-11-29", meetings: ["2024-12-17"] },
  {
    instance: "CERTIF_PRO",
    certification: "CLEA_MANAGEMENT",
    name: "Campagne 2026-2027",
    opensOn: "2026-09-01",
    closesOn: "2027-06-30",
    meetings: ["2027-01-19", "2027-04-13", "2027-06-29"],
  },
  {
    instance: "CPNE_PROPRETE",
    certification: "CLEA_MANAGEMENT",
    name: "Campagne propreté 2027",
    opensOn: "2026-10-01",
    closesOn: "2027-05-31",
    meetings: ["2027-02-09", "2027-06-08"],
  },
];

/** The CPNE Propreté's own habilitation criterion. */
export const demoInstanceCriteria = [
  {
    instance: "CPNE_PROPRETE",
    code: "PROPRETE_TERRAIN",
    label: "Mobiliser des intervenants connaissant les métiers de la propreté et leurs conditions d'exercice sur site client",
  },
];


/** Alpha holds a Certif Pro habilitation from the 2024 campaign, used since March 2025. */
export const demoHabilitations = [
  {
    organismSiren: "812345676",
    instance: "CERTIF_PRO",
    campaign: "Campagne 2024",
    certification: "CLEA_MANAGEMENT",
    filedOn: "2024-10-07",
    receiptNumber: "CERTIF_PRO-2024-000001",
    meetsOn: "2024-12-17",
    opinionOn: "2024-12-06",
    decidedOn: "2024-12-17",
    notifiedOn: "2025-01-06",
    firstUsedOn: "2025-03-03",
  },
];
