import type { ExampleOperation } from "./page-config";

/** The README's example operations, offered ready to run in the explorer (a unit test validates them against the schema). */
export const EXPLORER_EXAMPLES: ExampleOperation[] = [
  {
    title: "Référentiel contextualisé",
    query: `# The contextualised referential a CPNE portal shows, base and contextualised wording side by side.
query ContextualisedReferential {
  referential(certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE") {
    version
    context { code name }
    transversalTitle
    transversalCompetences { code }
    domains {
      code title baseTitle contextualised
      competences {
        code title shortTitle baseTitle contextualised transversal criteriaLead
        wordingDiff { kind text }
        criteria { code kind text baseText contextualised wordingDiff { kind text } }
      }
    }
  }
}
`,
  },
  {
    title: "Qui suis-je ?",
    query: `# The signed-in account: choose one under « Comptes et exemples ».
query Me {
  me { email displayName role instance { code name kind } }
}
`,
  },
  {
    title: "Contextualiser puis décider",
    query: `# A CPNE adapts its wording, then Certif Pro decides (run one operation at a time).
mutation Start { startContextualisation(context: "CPNE_METALLURGIE", certification: "CLEA_MANAGEMENT") { id status baseVersion } }
mutation Reword { setWording(contextualisation: "2", target: "2-2.1", text: "animer une réunion de chantier ;") { id } }
mutation Submit { submitContextualisation(contextualisation: "2") { status } }
# As decideur@certifpro.demo:
mutation Approve { approveContextualisation(contextualisation: "2") { status } }
`,
  },
  {
    title: "Contextualisations visibles",
    query: `query Contextualisations {
  contextualisations {
    id status baseVersion outdated
    context { code name }
    certification { code name }
    baseChanges { code kind previousText currentText }
  }
}
`,
  },
  {
    title: "Dossiers en retard",
    query: `# As a member of Certif Pro.
query OverdueApplications {
  applications(filter: { instance: "CERTIF_PRO", overdue: true }, orderBy: NEXT_DUE_ON, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id status organism { name } pendingStep { rule dueOn overdue } }
  }
}
`,
  },
  {
    title: "Droit d'évaluer et résultat",
    query: `query EvaluationRight {
  evaluationRight(organism: "812345676", certification: "CLEA_MANAGEMENT", context: "CPNE_PROPRETE", date: "2026-12-01") { allowed reason }
}
query CertificationOutcome {
  certificationOutcome(certification: "CLEA_MANAGEMENT", validatedDomains: ["1", "2", "3"]) { obtained missingDomains reason }
}
`,
  },
];
