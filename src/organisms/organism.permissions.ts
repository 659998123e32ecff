import { allow } from "graphql-shield";
import type { RequestContext } from "../common/context";
import { isNumericId } from "../common/graphql/ids";
import { type AreaRules, forbidden, isAuthenticated, whenAuthenticated } from "../common/graphql/rules";
import { actsAsOrganism, mayEditOrganism, mayRegisterMandate } from "../instances/rules/roles";
import { organismLoaders } from "./organism.loaders";
import { actsForOrganism } from "./organism.queries";
import { validateSiren } from "./rules/identifiers";

const instancesDoNotEdit = () =>
  forbidden("Seuls l'organisme (son administrateur) et son mandataire modifient ses données ; les Instances les consultent sans les modifier.");
const notActingFor = (siren: string) =>
  forbidden(`Vous n'agissez pas pour l'organisme ${siren} : il faut en être l'administrateur ou son mandataire, avec un mandat en cours de validité.`);

/**
 * The organism a mutation names, or undefined when the reference is malformed or unknown: the resolver then answers
 * BAD_USER_INPUT or NOT_FOUND, so shield only decides on organisms that exist.
 */
async function organismOf(ctx: RequestContext, args: Record<string, unknown>, kind: "siren" | "establishment" | "intervenant") {
  if (kind === "siren") {
    const siren = validateSiren(String(args.siren ?? ""));
    return siren.ok ? organismLoaders(ctx).organismBySiren.load(siren.value) : undefined;
  }
  const id = String(args.id ?? "").trim();
  if (!isNumericId(id)) return undefined;
  const child = await (kind === "establishment" ? organismLoaders(ctx).establishmentById : organismLoaders(ctx).intervenantById).load(Number(id));
  return child ? organismLoaders(ctx).organismById.load(child.organismId) : undefined;
}

/** The organism's admin, or a Mandataire with a mandate in force for it; Instances never edit. */
const mayEdit = (kind: "siren" | "establishment" | "intervenant") =>
  whenAuthenticated(async (actor, args, ctx) => {
    if (!actsAsOrganism(actor)) return instancesDoNotEdit();
    const organism = await organismOf(ctx, args, kind);
    if (!organism) return true;
    return mayEditOrganism(actor, await actsForOrganism(ctx, organism.id)) ? true : notActingFor(organism.siren);
  });

/** The organism itself gives a mandate, with proof; a Mandataire never registers its own. */
const registersMandate = whenAuthenticated<{ siren: string }>(async (actor, args, ctx) => {
  if (actor.role !== "ORGANISM_ADMIN") {
    return forbidden("Seul l'administrateur de l'organisme enregistre le mandat d'un mandataire, preuve à l'appui.");
  }
  const organism = await organismOf(ctx, args, "siren");
  if (!organism) return true;
  return mayRegisterMandate(actor, organism.id) ? true : notActingFor(organism.siren);
});

const editsOrganism = mayEdit("siren");
const editsEstablishment = mayEdit("establishment");
const editsIntervenant = mayEdit("intervenant");

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
