import { rule } from "graphql-shield";
import type { RequestContext } from "../common/graphql/context";
import { type AreaRules, authenticationRequired, forbidden, isAuthenticated } from "../common/graphql/rules";
import { allow } from "graphql-shield";
import { actsForOrganism } from "./organism.access";
import { validateSiren } from "./rules/identifiers";
import { mayRegisterMandate } from "./rules/visibility";

const NUMERIC_ID = /^\d{1,10}$/;
const EDITING_ROLES = new Set(["ORGANISM_ADMIN", "MANDATAIRE"]);

const instancesDoNotEdit = () =>
  forbidden("Seuls l'organisme (son administrateur) et son mandataire modifient ses données ; les Instances les consultent sans les modifier.");
const notActingFor = (siren: string) =>
  forbidden(`Vous n'agissez pas pour l'organisme ${siren} : il faut en être l'administrateur ou son mandataire, avec un mandat en cours de validité (HAB-2).`);

/**
 * The organism an id-less or unknown reference would name is left to the resolver, which answers BAD_USER_INPUT or
 * NOT_FOUND; shield decides only on organisms that exist.
 */
async function organismOf(ctx: RequestContext, args: Record<string, unknown>, kind: "siren" | "establishment" | "intervenant") {
  if (kind === "siren") {
    const siren = validateSiren(String(args.siren ?? ""));
    return siren.ok ? ctx.loaders.organismBySiren.load(siren.value) : undefined;
  }
  const id = String(args.id ?? "").trim();
  if (!NUMERIC_ID.test(id)) return undefined;
  const child = await (kind === "establishment" ? ctx.loaders.establishmentById : ctx.loaders.intervenantById).load(Number(id));
  return child ? ctx.loaders.organismById.load(child.organismId) : undefined;
}

/** HAB-2: the organism's admin, or a Mandataire with a mandate in force for it; Instances never edit. */
const mayEdit = (kind: "siren" | "establishment" | "intervenant") =>
  rule({ cache: "no_cache" })(async (_parent, args: Record<string, unknown>, ctx: RequestContext) => {
    const actor = ctx.actor;
    if (!actor) return authenticationRequired();
    if (!EDITING_ROLES.has(actor.role)) return instancesDoNotEdit();
    const organism = await organismOf(ctx, args, kind);
    if (!organism) return true;
    return (await actsForOrganism(ctx, organism.id)) ? true : notActingFor(organism.siren);
  });

/** HAB-2: the organism itself gives a mandate, with proof; a Mandataire never registers its own. */
export const mayRegisterMandateRule = rule({ cache: "no_cache" })(async (_parent, args: { siren: string }, ctx: RequestContext) => {
  const actor = ctx.actor;
  if (!actor) return authenticationRequired();
  if (actor.role !== "ORGANISM_ADMIN") {
    return forbidden("Seul l'administrateur de l'organisme enregistre le mandat d'un mandataire, preuve à l'appui (HAB-2).");
  }
  const organism = await organismOf(ctx, args, "siren");
  if (!organism) return true;
  return mayRegisterMandate(actor, organism.id) ? true : notActingFor(organism.siren);
});

export const mayEditOrganism = mayEdit("siren");
export const mayEditEstablishment = mayEdit("establishment");
export const mayEditIntervenant = mayEdit("intervenant");

export const organismRules: AreaRules = {
  Query: {
    // Anonymous callers get null: the service shows each caller only what it may see.
    organism: allow,
    organisms: isAuthenticated,
  },
  Mutation: {
    updateOrganism: mayEditOrganism,
    addEstablishment: mayEditOrganism,
    closeEstablishment: mayEditEstablishment,
    setContacts: mayEditOrganism,
    addIntervenant: mayEditOrganism,
    updateIntervenant: mayEditIntervenant,
    removeIntervenant: mayEditIntervenant,
    reportSituationChange: mayEditOrganism,
    registerMandate: mayRegisterMandateRule,
  },
};
