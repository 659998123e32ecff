/** The certifications, Certif Pro and the CPNEs holding its delegation: reference data, loaded everywhere. */

export const certifications = [
  { code: "CLEA", name: "CléA" },
  { code: "CLEA_NUMERIQUE", name: "CléA numérique" },
  { code: "CLEA_MANAGEMENT", name: "CléA management" },
];

export const instances = [
  { code: "CERTIF_PRO", name: "Certif Pro", kind: "CERTIFIER" as const, professionalField: null },
  {
    code: "CPNE_PROPRETE",
    name: "CPNE de la propreté et des services associés",
    kind: "CPNE" as const,
    professionalField: "Propreté et services associés",
  },
  {
    code: "CPNE_METALLURGIE",
    name: "CPNE de la métallurgie",
    kind: "CPNE" as const,
    professionalField: "Métallurgie",
  },
];

/** Certif Pro's delegations to the CPNEs, from the convention's entry into force. */
export const delegations = [
  { instance: "CPNE_PROPRETE", certification: "CLEA_MANAGEMENT", grantedOn: "2023-02-14" },
  { instance: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT", grantedOn: "2023-02-14" },
];

/** Annexe 2 of the convention in force since 14 February 2023: 330 € per application, 33 € per site and year, 11 € per certificate. */
export const tariffs = [{ validFrom: "2023-02-14", applicationCents: 33000, siteAnnualCents: 3300, certificateCents: 1100 }];
