import { LRUCache } from "lru-cache";
import { wordingDiff } from "./rules/wording-diff";
import type { InstanceType } from "../instances/instance.types";
import type { BaseItem } from "./rules/referential-tree";
import { buildTree } from "./rules/referential-tree";
import {
  type CertificationType,
  type CompetenceType,
  CriterionKindEnum,
  type CriterionType,
  type DomainType,
  type ReferentialType,
  ReferentialVersionStatusEnum,
  type WordingDiffSegment,
} from "./referential.types";

export interface ViewVersion {
  version: string;
  status: "DRAFT" | "PUBLISHED";
  effectiveFrom: string;
  source: string;
  transversalTitle: string | null;
}

export interface ViewInput {
  certification: CertificationType;
  version: ViewVersion;
  items: readonly BaseItem[];
  /** Contextualised wording by item code; empty for the base. */
  wordings: ReadonlyMap<string, string>;
  context: InstanceType | null;
  contextualisationId: string | null;
}

const NO_CHANGE: WordingDiffSegment[] = [];

/** The diff depends on the two texts only: a draft read again and again diffs its unchanged wordings once. */
const diffs = new LRUCache<string, WordingDiffSegment[]>({ max: 10_000 });

function diffOf(base: string, contextualised: string): WordingDiffSegment[] {
  const key = `${base}\u0000${contextualised}`;
  let diff = diffs.get(key);
  if (!diff) diffs.set(key, (diff = wordingDiff(base, contextualised) as WordingDiffSegment[]));
  return diff;
}

/**
 * Merges base items and a CPNE's wordings into the served referential: base and contextualised side by side, with
 * the word diff computed here, once per view (a published view is built once).
 */
export function buildReferentialView(input: ViewInput): ReferentialType {
  const worded = (item: BaseItem) => {
    const text = input.wordings.get(item.code);
    const contextualised = text !== undefined && text !== item.text;
    const diff = contextualised ? diffOf(item.text, text) : NO_CHANGE;
    return { text: text ?? item.text, contextualised, wordingDiff: diff };
  };
  const transversal: CompetenceType[] = [];
  const domains: DomainType[] = buildTree(input.items).map((domainNode) => {
    const domain = worded(domainNode.item);
    return {
      code: domainNode.item.code,
      title: domain.text,
      baseTitle: domainNode.item.text,
      contextualised: domain.contextualised,
      wordingDiff: domain.wordingDiff,
      competences: domainNode.children.map((competenceNode) => {
        const item = competenceNode.item;
        const wording = worded(item);
        const competence: CompetenceType = {
          code: item.code,
          title: wording.text,
          contextualised: wording.contextualised,
          wordingDiff: wording.wordingDiff,
          shortTitle: item.shortTitle,
          baseTitle: item.text,
          transversal: item.transversal,
          criteriaLead: item.criteriaLead,
          domainCode: domainNode.item.code,
          criteria: competenceNode.children.map((criterionNode): CriterionType => {
            const criterion = worded(criterionNode.item);
            return {
              code: criterionNode.item.code,
              kind: (criterionNode.item.criterionKind ?? "CERTIFICATION") as CriterionKindEnum,
              text: criterion.text,
              baseText: criterionNode.item.text,
              contextualised: criterion.contextualised,
              wordingDiff: criterion.wordingDiff,
            };
          }),
        };
        if (competence.transversal) transversal.push(competence);
        return competence;
      }),
    };
  });
  return {
    certification: input.certification,
    version: input.version.version,
    status: input.version.status as ReferentialVersionStatusEnum,
    effectiveFrom: input.version.effectiveFrom,
    source: input.version.source,
    context: input.context,
    contextualisationId: input.contextualisationId,
    domains,
    transversalTitle: input.version.transversalTitle,
    transversalCompetences: transversal,
  };
}
