/** The operations the review page sends: the public GraphQL API, nothing else. */

const VIEWER = "me { email displayName role instance { code name kind } }";

const SUMMARY = "id status baseVersion outdated updatedAt submittedAt context { code name } certification { code name }";

const DETAIL = `${SUMMARY} rejectionReason decidedAt publishedAt
  baseChanges { code kind previousText currentText }
  referential {
    version effectiveFrom transversalTitle
    domains {
      code title baseTitle contextualised wordingDiff { kind text }
      competences {
        code title baseTitle contextualised transversal criteriaLead wordingDiff { kind text }
        criteria { code kind text baseText contextualised wordingDiff { kind text } }
      }
    }
  }`;

export const VIEWER_QUERY = `query ReviewViewer { ${VIEWER} }`;

export const LIST_QUERY = `query ReviewList($context: String) { contextualisations(context: $context) { ${SUMMARY} } }`;

export const DETAIL_QUERY = `query ReviewContextualisation($id: ID!) { contextualisation(id: $id) { ${DETAIL} } }`;

export const SUBMIT_MUTATION = `mutation ReviewSubmit($id: ID!) { submitContextualisation(contextualisation: $id) { id status } }`;

export const APPROVE_MUTATION = `mutation ReviewApprove($id: ID!) { approveContextualisation(contextualisation: $id) { id status } }`;

export const REJECT_MUTATION = `mutation ReviewReject($id: ID!, $reason: String!) { rejectContextualisation(contextualisation: $id, reason: $reason) { id status } }`;

export const SET_WORDING_MUTATION = `mutation ReviewSetWording($id: ID!, $target: String!, $text: String!) { setWording(contextualisation: $id, target: $target, text: $text) { id } }`;
