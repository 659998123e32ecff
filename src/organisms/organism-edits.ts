import type { EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import { isDuplicateKey } from "../common/db/optimistic";
import type { UnitOfWork } from "../common/db/unit-of-work";
import { badInput, forbidden, notFound } from "../common/errors";
import { parseId } from "../common/graphql/ids";
import { mayEditOrganism, mayRegisterMandate } from "../instances/rules/roles";
import { EstablishmentEntity } from "./establishment.entity";
import { IntervenantEntity } from "./intervenant.entity";
import { MandataireEntity, MandateEntity } from "./mandataire.entity";
import { actsForOrganism } from "./organism.queries";
import { OrganismContactEntity } from "./organism-contact.entity";
import { OrganismEntity } from "./organism.entity";
import type { ContactInput, EstablishmentInput, IntervenantInput, OrganismInput } from "./organism.inputs";
import { checkContactChangeDate, checkContacts, contactsReport } from "./rules/contacts";
import { isIsoDate } from "../common/calendar/working-days";
import { checkClosing, checkNewEstablishmentInput } from "./rules/establishment";
import type { Checked, FieldError } from "./rules/fields";
import { validateSiren } from "./rules/identifiers";
import { checkIntervenant } from "./rules/intervenant";
import { checkMandate, type MandateValues } from "./rules/mandate";
import { checkOrganismDetails } from "./rules/organism-details";
import { checkSituationReport } from "./rules/situation-change";
import { SituationChangeEntity } from "./situation-change.entity";
import { organismLoaders } from "./organism.loaders";

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
 * The organism's own data, edited by its admin or its Mandataire. Each write validates first, then runs in one
 * transaction that checks and bumps the organism's row_version (CONFLICT when another write got there first) and
 * journals the change. Journal entries name records, never people.
 */
export class OrganismEdits {
  constructor(private readonly writes: UnitOfWork) {}

  async update(ctx: RequestContext, siren: string, input: OrganismInput) {
    const organism = await this.editable(ctx, siren);
    const details = valid(checkOrganismDetails(organism, { ...input }, ctx.clock.today()));
    const changed = (Object.keys(details) as (keyof typeof details)[]).filter((key) => details[key] !== organism[key]);
    return this.write(ctx, organism, "ORGANISM_UPDATED", changed.join(", ") || "aucun changement", async () => {}, details);
  }

  async addEstablishment(ctx: RequestContext, siren: string, input: EstablishmentInput) {
    const organism = await this.editable(ctx, siren);
    const registered = await organismLoaders(ctx).establishmentsByOrganism.load(organism.id);
    const values = valid(checkNewEstablishmentInput(organism.siren, { ...input }, registered, ctx.clock.today()));
    const duplicate = (error: unknown) =>
      isDuplicateKey(error, "uq_establishment_siret")
        ? invalidInput([{ field: "siret", message: `SIRET (siret) : l'établissement ${values.siret} est déjà enregistré.` }])
        : undefined;
    return this.write(ctx, organism, "ESTABLISHMENT_ADDED", values.siret ? `SIRET ${values.siret}` : `site ${values.postalCode} ${values.city}`, async (manager) => {
      await manager.insert(EstablishmentEntity, { ...values, organismId: organism.id, registeredUntil: null });
    }, {}, null, duplicate);
  }

  async closeEstablishment(ctx: RequestContext, id: string, closedOn: string) {
    const establishment = await organismLoaders(ctx).establishmentById.load(parseId(id));
    if (!establishment) throw notFound(`Établissement ${id}`);
    const organism = await this.editableById(ctx, establishment.organismId);
    const date = valid(checkClosing(establishment, closedOn, ctx.clock.today()));
    return this.write(ctx, organism, "ESTABLISHMENT_CLOSED", `établissement ${establishment.id} fermé le ${date}`, async (manager) => {
      await manager.update(EstablishmentEntity, { id: establishment.id }, { registeredUntil: date });
    });
  }

  /** The list replaces the previous one; every contact is dated today, the day the organism confirmed it. */
  async setContacts(ctx: RequestContext, siren: string, contacts: ContactInput[], changedOn: string | null) {
    const organism = await this.editable(ctx, siren);
    const checked = valid(checkContacts(contacts));
    const updatedOn = ctx.clock.today();
    const changed = changedOn ?? updatedOn;
    if (!isIsoDate(changed)) throw invalidInput([{ field: "changedOn", message: `Date du changement (changedOn) : « ${changed} » n'est pas une date AAAA-MM-JJ.` }]);
    const [current] = await organismLoaders(ctx).contactsByOrganism.load(organism.id);
    const previous = current ? (current.changedOn ?? current.updatedOn) : null;
    const problem = checkContactChangeDate(changed, updatedOn, previous);
    if (problem) throw invalidInput([{ field: "changedOn", message: problem }]);
    const report = contactsReport(changed, updatedOn);
    const why = report.late ? `${checked.length} contact(s), changement du ${changed} déclaré hors délai (dû le ${report.dueOn})` : `${checked.length} contact(s)`;
    return this.write(ctx, organism, "CONTACTS_SET", why, async (manager) => {
      await manager.delete(OrganismContactEntity, { organismId: organism.id });
      await manager.insert(OrganismContactEntity, checked.map((contact) => ({ ...contact, organismId: organism.id, updatedOn, changedOn: changed })));
    }, {}, report.late ? "LATE" : "IN_TIME");
  }

  async addIntervenant(ctx: RequestContext, siren: string, input: IntervenantInput) {
    const organism = await this.editable(ctx, siren);
    const values = valid(checkIntervenant({ ...input }));
    return this.write(ctx, organism, "INTERVENANT_ADDED", roles(values), async (manager) => {
      await manager.insert(IntervenantEntity, { ...values, organismId: organism.id });
    });
  }

  async updateIntervenant(ctx: RequestContext, id: string, input: IntervenantInput) {
    const intervenant = await this.intervenant(ctx, id);
    const organism = await this.editableById(ctx, intervenant.organismId);
    const values = valid(checkIntervenant({ ...input }));
    return this.write(ctx, organism, "INTERVENANT_UPDATED", `intervenant ${intervenant.id} : ${roles(values)}`, async (manager) => {
      await manager.update(IntervenantEntity, { id: intervenant.id }, values);
    });
  }

  /** Erased, not archived: an intervenant who leaves takes their personal data along. */
  async removeIntervenant(ctx: RequestContext, id: string) {
    const intervenant = await this.intervenant(ctx, id);
    const organism = await this.editableById(ctx, intervenant.organismId);
    return this.write(ctx, organism, "INTERVENANT_REMOVED", `intervenant ${intervenant.id}`, async (manager) => {
      await manager.delete(IntervenantEntity, { id: intervenant.id });
    });
  }

  /** Due 30 days after the change; a late report is recorded all the same, flagged late. */
  async reportSituationChange(ctx: RequestContext, siren: string, kind: string, changedOn: string, description: string) {
    const organism = await this.editable(ctx, siren);
    const report = valid(checkSituationReport(kind, changedOn, description, ctx.clock.today()));
    const { lateReason, late, ...row } = report;
    return this.write(ctx, organism, "SITUATION_CHANGE_REPORTED", lateReason ?? `${kind} du ${report.changedOn}, dans le délai (${report.dueOn})`, async (manager) => {
      await manager.insert(SituationChangeEntity, { ...row, organismId: organism.id });
    }, {}, late ? "LATE" : "IN_TIME");
  }

  /** The organism's admin registers (or renews) a Mandataire's mandate, with its proof. */
  async registerMandate(ctx: RequestContext, siren: string, input: MandateValues) {
    const organism = await this.editable(ctx, siren);
    if (!mayRegisterMandate(ctx.actor, organism.id)) throw forbidden("Seul l'administrateur de l'organisme enregistre un mandat, preuve à l'appui.");
    const mandate = valid(checkMandate(input));
    const period = `du ${mandate.validFrom}${mandate.validUntil ? ` au ${mandate.validUntil}` : ""}`;
    return this.write(ctx, organism, "MANDATE_REGISTERED", `${mandate.mandataireName}, ${period}`, async (manager) => {
      const mandataire =
        (await manager.findOneBy(MandataireEntity, { name: mandate.mandataireName })) ??
        (await manager.save(MandataireEntity, { name: mandate.mandataireName, siren: null }));
      const values = { proofReference: mandate.proofReference, validFrom: mandate.validFrom, validUntil: mandate.validUntil };
      const existing = await manager.findOneBy(MandateEntity, { mandataireId: mandataire.id, organismId: organism.id });
      if (existing) await manager.update(MandateEntity, { id: existing.id }, values);
      else await manager.insert(MandateEntity, { ...values, mandataireId: mandataire.id, organismId: organism.id });
    });
  }

  /** The organism by SIREN, if the caller edits it: BAD_USER_INPUT, NOT_FOUND or FORBIDDEN otherwise. */
  private async editable(ctx: RequestContext, siren: string): Promise<OrganismEntity> {
    const checked = validateSiren(siren);
    if (!checked.ok) throw invalidInput([{ field: "siren", message: `SIREN (siren) : ${checked.reason}` }]);
    const organism = await organismLoaders(ctx).organismBySiren.load(checked.value);
    if (!organism) throw notFound(`Organisme de SIREN ${checked.value}`);
    return this.require(ctx, organism);
  }

  private async editableById(ctx: RequestContext, organismId: number): Promise<OrganismEntity> {
    return this.require(ctx, (await organismLoaders(ctx).organismById.load(organismId))!);
  }

  private async require(ctx: RequestContext, organism: OrganismEntity): Promise<OrganismEntity> {
    if (!mayEditOrganism(ctx.actor, await actsForOrganism(ctx, organism.id))) {
      throw forbidden(`Seuls l'organisme ${organism.siren} et son mandataire modifient ses données.`);
    }
    return organism;
  }

  private async intervenant(ctx: RequestContext, id: string): Promise<IntervenantEntity> {
    const intervenant = await organismLoaders(ctx).intervenantById.load(parseId(id));
    if (!intervenant) throw notFound(`Intervenant ${id}`);
    return intervenant;
  }

  private write(
    ctx: RequestContext,
    organism: OrganismEntity,
    action: string,
    reason: string,
    work: (manager: EntityManager) => Promise<void>,
    values: Partial<OrganismEntity> = {},
    toState: string | null = null,
    onDuplicate?: (error: unknown) => Error | undefined,
  ): Promise<OrganismEntity> {
    return this.writes.run(ctx, {
      check: { entity: OrganismEntity, id: organism.id, rowVersion: organism.rowVersion, values },
      work,
      journal: { subjectType: "ORGANISM", subjectId: organism.siren, subjectInstanceCode: null, action, toState, reason },
      onDuplicate,
      reread: async () => (await organismLoaders(ctx).organismBySiren.load(organism.siren))!,
    });
  }
}

const roles = (values: { evaluator: boolean; trainer: boolean }) =>
  [values.evaluator && "évaluateur", values.trainer && "formateur"].filter(Boolean).join(" et ");
