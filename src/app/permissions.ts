import type { GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { deny, shield } from "graphql-shield";
import { applicationRules } from "../applications/application.permissions";
import { deadlineRules } from "../common/calendar/deadline.permissions";
import { AppError } from "../common/errors";
import { surfaceDatabaseErrors } from "../common/graphql/rule-errors";
import type { AreaRules } from "../common/graphql/rules";
import { contextualisationRules } from "../contextualisations/contextualisation.permissions";
import { evaluationRules } from "../evaluations/evaluations.permissions";
import { feeRules } from "../fees/fee.permissions";
import { habilitationRules } from "../habilitations/habilitation.permissions";
import { instanceRules } from "../instances/instance.permissions";
import { journalRules } from "../journal/journal.permissions";
import { organismRules } from "../organisms/organism.permissions";
import { oversightRules } from "../oversight/oversight.permissions";
import { referentialRules } from "../referentials/referential.permissions";

function mergeRules(...areas: AreaRules[]): AreaRules {
  const merged: AreaRules = { Query: {}, Mutation: {} };
  for (const area of areas) {
    for (const type of ["Query", "Mutation"] as const) {
      for (const [field, fieldRule] of Object.entries(area[type] ?? {})) {
        if (merged[type][field]) throw new Error(`Two permission rules for ${type}.${field}`);
        merged[type][field] = fieldRule;
      }
    }
  }
  return merged;
}

export const ruleTree = mergeRules(
  instanceRules,
  referentialRules,
  contextualisationRules,
  organismRules,
  applicationRules,
  habilitationRules,
  oversightRules,
  evaluationRules,
  feeRules,
  journalRules,
  deadlineRules,
);

const ROOT_TYPES = new Set(["Query", "Mutation"]);

/**
 * Guards every root field, deny by default. Nested fields are reachable only through a guarded root, and the
 * services filter what each caller may read, so shield does not wrap them: wrapping every field costs a third
 * of the throughput of a full referential query.
 */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  const generated = shield({ ...surfaceDatabaseErrors(ruleTree) }, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => new AppError("FORBIDDEN", "Opération non autorisée."),
  }).generate(schema) as Record<string, unknown>;
  const rootsOnly = Object.fromEntries(Object.entries(generated).filter(([type]) => ROOT_TYPES.has(type)));
  return applyMiddleware(schema, rootsOnly as never);
}
