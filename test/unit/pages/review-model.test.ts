import { describe, expect, it } from "vitest";
import {
  allowedActions,
  changedItems,
  describeErrors,
  sideOf,
  type Domain,
  type Status,
  type Viewer,
} from "../../../src/pages/client/review/model";

const viewer = (role: string, instance: Viewer["instance"]): Viewer => ({ email: "x@demo", displayName: "X", role, instance });
const INSTANCES = {
  CERTIF_PRO: { code: "CERTIF_PRO", name: "Certif Pro", kind: "CERTIFIER" },
  CPNE_PROPRETE: { code: "CPNE_PROPRETE", name: "CPNE propreté", kind: "CPNE" },
  CPNE_METALLURGIE: { code: "CPNE_METALLURGIE", name: "CPNE métallurgie", kind: "CPNE" },
  none: null,
} as const;
const ofProprete = (status: Status) => ({ status, context: { code: "CPNE_PROPRETE", name: "CPNE propreté" } });

describe("the actions the review page offers", () => {
  it.each([
    ["DECISION_MAKER", "CPNE_PROPRETE", "DRAFT", ["EDIT", "SUBMIT"]],
    ["STAFF", "CPNE_PROPRETE", "DRAFT", ["EDIT", "SUBMIT"]],
    ["PROVIDER", "CPNE_PROPRETE", "DRAFT", []],
    ["DECISION_MAKER", "CPNE_METALLURGIE", "DRAFT", []],
    ["DECISION_MAKER", "CERTIF_PRO", "DRAFT", []],
    ["STAFF", "CPNE_PROPRETE", "SUBMITTED", []],
    ["DECISION_MAKER", "CERTIF_PRO", "SUBMITTED", ["APPROVE", "REJECT"]],
    ["STAFF", "CERTIF_PRO", "SUBMITTED", []],
    ["PROVIDER", "CERTIF_PRO", "SUBMITTED", []],
    ["DECISION_MAKER", "CERTIF_PRO", "PUBLISHED", []],
    ["DECISION_MAKER", "CPNE_PROPRETE", "REJECTED", []],
    ["ORGANISM_ADMIN", "none", "PUBLISHED", []],
  ] as const)("CTX-1, CTX-5, INS-1, INS-2: %s of %s, on CPNE_PROPRETE's %s contextualisation, may %j", (role, instance, status, expected) => {
    expect(allowedActions(viewer(role, INSTANCES[instance]), ofProprete(status))).toEqual(expected);
  });
});

describe("the API's errors, as the page shows them", () => {
  it("CTX-2: a structure violation lists every item", () => {
    const [error] = describeErrors([
      {
        message: "La contextualisation modifierait la structure du référentiel (2 écarts) : …",
        extensions: {
          code: "REFERENTIAL_STRUCTURE_VIOLATION",
          violations: [
            { kind: "ADDED", code: "1-1.4", message: "1-1.4 n'existe pas dans le référentiel." },
            { kind: "REMOVED", code: "3-2.1", message: "3-2.1 manque." },
          ],
        },
      },
    ]);
    expect(error.code).toBe("REFERENTIAL_STRUCTURE_VIOLATION");
    expect(error.details).toEqual(["1-1.4 : 1-1.4 n'existe pas dans le référentiel.", "3-2.1 : 3-2.1 manque."]);
  });

  it("keeps the French message and the code of any other refusal", () => {
    expect(describeErrors([{ message: "Le motif du rejet est obligatoire.", extensions: { code: "BAD_USER_INPUT" } }])).toEqual([
      { message: "Le motif du rejet est obligatoire.", code: "BAD_USER_INPUT", details: [] },
    ]);
  });
});

describe("the comparison", () => {
  it("counts a domain's changed items: its title, its competences' titles and their criteria", () => {
    const criterion = (code: string, contextualised: boolean) => ({ code, kind: "CERTIFICATION" as const, text: "t", baseText: "b", contextualised, wordingDiff: [] });
    const domain: Domain = {
      code: "2",
      title: "t",
      baseTitle: "t",
      contextualised: true,
      wordingDiff: [],
      competences: [
        { code: "2-1", title: "t", baseTitle: "t", contextualised: true, transversal: false, criteriaLead: null, wordingDiff: [], criteria: [criterion("2-1.1", true), criterion("2-1.2", false)] },
        { code: "2-2", title: "t", baseTitle: "t", contextualised: false, transversal: true, criteriaLead: null, wordingDiff: [], criteria: [criterion("2-2.1", true)] },
      ],
    };
    expect(changedItems(domain)).toBe(4);
  });

  it("shows removed words on the base side and inserted words on the contextualised side", () => {
    const diff = [
      { kind: "REMOVED" as const, text: "animer" },
      { kind: "ADDED" as const, text: "conduire" },
      { kind: "EQUAL" as const, text: " une réunion ;" },
    ];
    expect(sideOf(diff, "base").map((segment) => segment.text)).toEqual(["animer", " une réunion ;"]);
    expect(sideOf(diff, "contextualised").map((segment) => segment.text)).toEqual(["conduire", " une réunion ;"]);
  });
});
