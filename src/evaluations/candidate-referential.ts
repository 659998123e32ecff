import type { RequestContext } from "../common/context";
import { notFound } from "../common/errors";
import { contextualisationLoaders } from "../contextualisations/contextualisation.loaders";
import type { ReferentialVersionEntity } from "../referentials/referential-version.entity";
import { referentialLoaders } from "../referentials/referential.loaders";
import type { ReferentialService } from "../referentials/referential.service";
import { type BaseItem, buildTree } from "../referentials/rules/referential-tree";
import type { CandidateEntity } from "./candidate.entity";
import type { EvaluatedReferential } from "./rules/referential-scope";

/** The referential version a candidate is evaluated against, as the path rules read it. */
export interface CandidateReferential {
  readonly certificationName: string;
  readonly version: ReferentialVersionEntity;
  readonly items: readonly BaseItem[];
  readonly evaluated: EvaluatedReferential;
}

// Published versions never change: their item arrays are kept by the referential service, and so is this reading.
const evaluatedOf = new WeakMap<readonly BaseItem[], EvaluatedReferential>();

function toEvaluated(certification: string, version: string, items: readonly BaseItem[]): EvaluatedReferential {
  let evaluated = evaluatedOf.get(items);
  if (!evaluated) {
    evaluated = {
      certification,
      version,
      domains: buildTree(items).map((domain) => ({
        code: domain.item.code,
        competences: domain.children.map((competence) => ({ code: competence.item.code, criteria: competence.children.map((criterion) => criterion.item.code) })),
      })),
    };
    evaluatedOf.set(items, evaluated);
  }
  return evaluated;
}

export async function candidateReferential(ctx: RequestContext, referentials: ReferentialService, candidate: Pick<CandidateEntity, "id" | "referentialVersionId" | "certificationCode">): Promise<CandidateReferential> {
  const [version, certification] = await Promise.all([
    referentialLoaders(ctx).versionById.load(candidate.referentialVersionId),
    referentialLoaders(ctx).certificationByCode.load(candidate.certificationCode),
  ]);
  if (!version || !certification) throw notFound(`Référentiel du candidat ${candidate.id}`);
  const items = await referentials.items(ctx, version);
  return { certificationName: certification.name, version, items, evaluated: toEvaluated(candidate.certificationCode, version.version, items) };
}

/** EVA-4: the CPNE's contextualised wording the person was evaluated against, by item code; empty under the base referential. */
export async function candidateWording(ctx: RequestContext, candidate: Pick<CandidateEntity, "contextualisationId">): Promise<ReadonlyMap<string, string>> {
  if (candidate.contextualisationId === null) return new Map();
  return contextualisationLoaders(ctx).wordingsByContextualisation.load(candidate.contextualisationId);
}
