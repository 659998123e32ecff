import type { DataSource, EntityManager } from "typeorm";
import { isDuplicateKey, updateIfUnchanged } from "../common/db/optimistic";
import { badInput, forbidden, notFound } from "../common/errors";
import type { RequestContext } from "../common/graphql/context";
import { parseId } from "../common/graphql/ids";
import { recordInJournal } from "../journal/journal.service";
import { EstablishmentEntity } from "./establishment.entity";
import { IntervenantEntity } from "./intervenant.entity";
import { MandataireEntity, MandateEntity } from "./mandataire.entity";
import { actsForOrganism } from "./organism.access";
import { OrganismContactEntity } from "./organism-contact.entity";
import { OrganismEntity } from "./organism.entity";
import type { ContactInput, EstablishmentInput, IntervenantInput, OrganismInput } from "./organism.inputs";
import { checkContacts } from "./rules/contacts";
import { checkClosing, checkNewEstablishmentInput } from "./rules/establishment";
import type { Checked, FieldError } from "./rules/fields";
import { validateSiren } from "./rules/identifiers";
import { checkIntervenant } from "./rules/intervenant";
import { checkMandate, type MandateValues } from "./rules/mandate";
import { checkOrganismDetails } from "./rules/organism-details";
import { checkSituationReport } from "./rules/situation-change";
import { mayEditOrganism, mayRegisterMandate } from "./rules/visibility";
import { SituationChangeEntity } from "./situation-change.entity";

/** One BAD_USER_INPUT listing every invalid field, each named in its message and in `extensions.invalidFields`. */
export function invalidInput(errors: readonly FieldError[]) {
  const message = errors.length === 1 ? errors[0].message : `${errors.length} champs invalides : ${errors.map((e) => e.message).join(" ")}`;
  return badInput(`${message} Rien n'a été enregistré.`, { invalidFields: errors });
}

function valid<T>(checked: Checked<T>): T {
  if (!checked.ok) throw invalidInput(checked.errors);
  return checked.value;
}

/**
 * The organism's own data, edited by its admin or its Mandataire (HAB-2). Each write validates first, then runs in one
 * transaction that checks and bumps the organism's row_version (CONFLICT when another write got there first) and
 * journals the change. Journal entries name records, never people (GDPR-1).
 */
export class OrganismEdits {
  constructor(private readonly db: DataSource) {}

  async update(ctx: RequestContext, siren: string, input: OrganismInput) {
    const organism = await this.editable(ctx, siren);
    const details = valid(checkOrganismDetails(organism, { ...input }, ctx.clock.today()));
    const changed = (Object.keys(details) as (keyof typeof details)[]).filter((key) => details[key] !== organism[key]);
    await this.write(ctx, organism, "ORGANISM_UPDATED", changed.join(", ") || "aucun changement", async () => {}, details);
    return this.reload(ctx, organism);
  }

  async addEstablishment(ctx: RequestContext, siren: string, input: EstablishmentInput) {
    const organism = await this.editable(ctx, siren);
    const registered = await ctx.loaders.establishmentsByOrganism.load(organism.id);
    const values = valid(checkNewEstablishmentInput(organism.siren, { ...input }, registered, ctx.clock.today()));
    try {
      await this.write(ctx, organism, "ESTABLISHMENT_ADDED", values.siret ? `SIRET ${values.siret}` : `site ${values.postalCode} ${values.city}`, async (manager) => {
        await manager.insert(EstablishmentEntity, { ...values, organismId: organism.id, registeredUntil: null });
      });
    } catch (error) {
      if (isDuplicateKey(error, "uq_establishment_siret")) {
        throw invalidInput([{ field: "siret", message: `SIRET (siret) : l'établissement ${values.siret} est déjà enregistré.` }]);
      }
      throw error;
    }
    return this.reload(ctx, organism);
  }

  async closeEstablishment(ctx: RequestContext, id: string, closedOn: string) {
    const establishment = await ctx.loaders.establishmentById.load(parseId(id));
    if (!establishment) throw notFound(`Établissement ${id}`);
    const organism = await this.editableById(ctx, establishment.organismId);
    const date = valid(checkClosing(establishment, closedOn, ctx.clock.today()));
    await this.write(ctx, organism, "ESTABLISHMENT_CLOSED", `établissement ${establishment.id} fermé le ${date}`, async (manager) => {
      await manager.update(EstablishmentEntity, { id: establishment.id }, { registeredUntil: date });
    });
    return this.reload(ctx, organism);
  }

  /** HAB-9: the list replaces the previous one; every contact is dated today, the day the organism confirmed it. */
  async setContacts(ctx: RequestContext, siren: string, contacts: ContactInput[]) {
    const organism = await this.editable(ctx, siren);
    const checked = valid(checkContacts(contacts));
    const updatedOn = ctx.clock.today();
    await this.write(ctx, organism, "CONTACTS_SET", `${checked.length} contact(s)`, async (manager) => {
      await manager.delete(OrganismContactEntity, { organismId: organism.id });
      await manager.insert(OrganismContactEntity, checked.map((contact) => ({ ...contact, organismId: organism.id, updatedOn })));
    });
    return this.reload(ctx, organism);
  }

  async addIntervenant(ctx: RequestContext, siren: string, input: IntervenantInput) {
    const organism = await this.editable(ctx, siren);
    const values = valid(checkIntervenant({ ...input }));
    await this.write(ctx, organism, "INTERVENANT_ADDED", roles(values), async (manager) => {
      await manager.insert(IntervenantEntity, { ...values, organismId: organism.id });
    });
    return this.reload(ctx, organism);
  }

  async updateIntervenant(ctx: RequestContext, id: string, input: IntervenantInput) {
    const intervenant = await this.intervenant(ctx, id);
    const organism = await this.editableById(ctx, intervenant.organismId);
    const values = valid(checkIntervenant({ ...input }));
    await this.write(ctx, organism, "INTERVENANT_UPDATED", `intervenant ${intervenant.id} : ${roles(values)}`, async (manager) => {
      await manager.update(IntervenantEntity, { id: intervenant.id }, values);
    });
    return this.reload(ctx, organism);
  }

  /** Erased, not archived: an intervenant who leaves takes their personal data along (GDPR-1). */
  async removeIntervenant(ctx: RequestContext, id: string) {
    const intervenant = await this.intervenant(ctx, id);
    const organism = await this.editableById(ctx, intervenant.organismId);
    await this.write(ctx, organism, "INTERVENANT_REMOVED", `intervenant ${intervenant.id}`, async (manager) => {
      await manager.delete(IntervenantEntity, { id: intervenant.id });
    });
    return this.reload(ctx, organism);
  }

  /** HAB-7: due 30 days after the change; a late report is recorded all the same, flagged late. */
  async reportSituationChange(ctx: RequestContext, siren: string, kind: string, changedOn: string, description: string) {
    const organism = await this.editable(ctx, siren);
    const report = valid(checkSituationReport(kind, changedOn, description, ctx.clock.today()));
    const { lateReason, late, ...row } = report;
    await this.write(ctx, organism, "SITUATION_CHANGE_REPORTED", lateReason ?? `${kind} du ${report.changedOn}, dans le délai (${report.dueOn})`, async (manager) => {
      await manager.insert(SituationChangeEntity, { ...row, organismId: organism.id });
    }, {}, late ? "LATE" : "IN_TIME");
    return this.reload(ctx, organism);
  }

  /** HAB-2: the organism's admin registers (or renews) a Mandataire's mandate, with its proof. */
  async registerMandate(ctx: RequestContext, siren: string, input: MandateValues) {
    const organism = await this.editable(ctx, siren);
    if (!mayRegisterMandate(ctx.actor, organism.id)) throw forbidden("Seul l'administrateur de l'organisme enregistre un mandat, preuve à l'appui (HAB-2).");
    const mandate = valid(checkMandate(input));
    const period = `du ${mandate.validFrom}${mandate.validUntil ? ` au ${mandate.validUntil}` : ""}`;
    await this.write(ctx, organism, "MANDATE_REGISTERED", `${mandate.mandataireName}, ${period}`, async (manager) => {
      const mandataire =
        (await manager.findOneBy(MandataireEntity, { name: mandate.mandataireName })) ??
        (await manager.save(MandataireEntity, { name: mandate.mandataireName, siren: null }));
      const values = { proofReference: mandate.proofReference, validFrom: mandate.validFrom, validUntil: mandate.validUntil };
      const existing = await manager.findOneBy(MandateEntity, { mandataireId: mandataire.id, organismId: organism.id });
      if (existing) await manager.update(MandateEntity, { id: existing.id }, values);
      else await manager.insert(MandateEntity, { ...values, mandataireId: mandataire.id, organismId: organism.id });
    });
    return this.reload(ctx, organism);
  }

  /** The organism by SIREN, if the caller edits it: BAD_USER_INPUT, NOT_FOUND or FORBIDDEN otherwise. */
  private async editable(ctx: RequestContext, siren: string): Promise<OrganismEntity> {
    const checked = validateSiren(siren);
    if (!checked.ok) throw invalidInput([{ field: "siren", message: `SIREN (siren) : ${checked.reason}` }]);
    const organism = await ctx.loaders.organismBySiren.load(checked.value);
    if (!organism) throw notFound(`Organisme de SIREN ${checked.value}`);
    return this.require(ctx, organism);
  }

  private async editableById(ctx: RequestContext, organismId: number): Promise<OrganismEntity> {
    return this.require(ctx, (await ctx.loaders.organismById.load(organismId))!);
  }

  private async require(ctx: RequestContext, organism: OrganismEntity): Promise<OrganismEntity> {
    if (!mayEditOrganism(ctx.actor, await actsForOrganism(ctx, organism.id))) {
      throw forbidden(`Seuls l'organisme ${organism.siren} et son mandataire modifient ses données.`);
    }
    return organism;
  }

  private async intervenant(ctx: RequestContext, id: string): Promise<IntervenantEntity> {
    const intervenant = await ctx.loaders.intervenantById.load(parseId(id));
    if (!intervenant) throw notFound(`Intervenant ${id}`);
    return intervenant;
  }

  private async write(
    ctx: RequestContext,
    organism: OrganismEntity,
    action: string,
    reason: string,
    work: (manager: EntityManager) => Promise<void>,
    values: Partial<OrganismEntity> = {},
    toState: string | null = null,
  ) {
    await this.db.transaction(async (manager) => {
      await updateIfUnchanged(manager, OrganismEntity, organism.id, organism.rowVersion, values);
      await work(manager);
      await recordInJournal(manager, ctx.actor!, {
        subjectType: "ORGANISM",
        subjectId: organism.siren,
        subjectInstanceCode: null,
        action,
        toState,
        reason: reason.slice(0, 2000),
      });
    });
  }

  private async reload(ctx: RequestContext, organism: OrganismEntity): Promise<OrganismEntity> {
    const { loaders } = ctx;
    loaders.organismById.clear(organism.id);
    loaders.organismBySiren.clear(organism.siren);
    for (const loader of [loaders.establishmentsByOrganism, loaders.contactsByOrganism, loaders.intervenantsByOrganism, loaders.mandatesByOrganism, loaders.situationChangesByOrganism]) {
      loader.clear(organism.id);
    }
    loaders.establishmentById.clearAll();
    loaders.intervenantById.clearAll();
    loaders.mandatesByMandataire.clearAll();
    return (await loaders.organismBySiren.load(organism.siren))!;
  }
}

const roles = (values: { evaluator: boolean; trainer: boolean }) =>
  [values.evaluator && "évaluateur", values.trainer && "formateur"].filter(Boolean).join(" et ");
