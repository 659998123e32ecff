import { allow, rule } from "graphql-shield";
import type { RequestContext } from "../common/graphql/context";
import { type AreaRules, authenticationRequired, forbidden, isAuthenticated } from "../common/graphql/rules";
import { actsForOrganism } from "./organism.access";
import { validateSiren } from "./rules/identifiers";
import { mayEditOrganism, mayRegisterMandate } from "./rules/visibility";

const NUMERIC_ID = /^\d{1,10}$/;
const EDITING_ROLES = new Set(["ORGANISM_ADMIN", "MANDATAIRE"]);

const instancesDoNotEdit = () =>
  forbidden("Seuls l'organisme (son administrateur) et son mandataire modifient ses données ; les Instances les consultent sans les modifier.");
const notActingFor = (siren: string) =>
  forbidden(`Vous n'agissez pas pour l'organisme ${siren} : il faut en être l'administrateur ou son mandataire, avec un mandat en cours de validité (HAB-2).`);

/**
 * The organism a mutation names, or undefined when the reference is malformed or unknown: the resolver then answers
 * BAD_USER_INPUT or NOT_FOUND, so shield only decides on organisms that exist.
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
    return mayEditOrganism(actor, await actsForOrganism(ctx, organism.id)) ? true : notActingFor(organism.siren);
  });

/** HAB-2: the organism itself gives a mandate, with proof; a Mandataire never registers its own. */
export const registersMandate = rule({ cache: "no_cache" })(async (_parent, args: { siren: string }, ctx: RequestContext) => {
  const actor = ctx.actor;
  if (!actor) return authenticationRequired();
  if (actor.role !== "ORGANISM_ADMIN") {
    return forbidden("Seul l'administrateur de l'organisme enregistre le mandat d'un mandataire, preuve à l'appui (HAB-2).");
  }
  const organism = await organismOf(ctx, args, "siren");
  if (!organism) return true;
  return mayRegisterMandate(actor, organism.id) ? true : notActingFor(organism.siren);
});

export const editsOrganism = mayEdit("siren");
export const editsEstablishment = mayEdit("establishment");
export const editsIntervenant = mayEdit("intervenant");

export const organismRules: AreaRules = {
  Query: {
    // Anonymous callers get null: the service shows each caller only what it may see.
    organism: allow,
    organisms: isAuthenticated,
  },
  Mutation: {
    updateOrganism: editsOrganism,
    addEstablishment: editsOrganism,
    closeEstablishment: editsEstablishment,
    setContacts: editsOrganism,
    addIntervenant: editsOrganism,
    updateIntervenant: editsIntervenant,
    removeIntervenant: editsIntervenant,
    reportSituationChange: editsOrganism,
    registerMandate: registersMandate,
  },
};
