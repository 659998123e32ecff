import type { DataSource } from "typeorm";
import type { RequestContext } from "../common/context";
import { authenticationRequired, badInput } from "../common/errors";
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from "../common/graphql/connection";
import { type OrganismFacts, isInstanceMember, maySeeOrganism, maySeePersonalData, organismScope } from "../instances/rules/roles";
import { CHANGE_LABELS, type ChangeKind } from "./rules/changes";
import type { EstablishmentEntity } from "./establishment.entity";
import type { IntervenantEntity } from "./intervenant.entity";
import { actsForOrganism, organismsActedFor } from "./organism.queries";
import type { OrganismContactEntity } from "./organism-contact.entity";
import { OrganismEntity } from "./organism.entity";
import type { MandateType, SituationChangeType } from "./organism.types";
import { validateSiren } from "./rules/identifiers";
import { type ContactsReport, contactsReport } from "./rules/contacts";
import { mandateInForce } from "./rules/mandate";
import { isLate } from "./rules/situation-change";
import { organismLoaders } from "./organism.loaders";

export const MAX_SEARCH_LENGTH = 100;

/** Reads, filtered by who may see what; writes are in `OrganismEdits`. */
export class OrganismService {
  constructor(private readonly db: DataSource) {}

  /** `organism(siren)`: null when it does not exist or the caller may not see it (anonymous callers see nothing). */
  async find(ctx: RequestContext, siren: string): Promise<OrganismEntity | null> {
    if (!ctx.actor) return null;
    const valid = validateSiren(siren);
    if (!valid.ok) throw badInput(`SIREN (siren) : ${valid.reason}`, { field: "siren" });
    const found = await organismLoaders(ctx).organismBySiren.load(valid.value);
    return found && (await this.maySee(ctx, found.id)) ? found : null;
  }

  /** Keyset pagination by name then id; `search` matches the name, or the beginning of the SIREN. */
  async list(ctx: RequestContext, args: { first?: number | null; after?: string | null; search?: string | null }): Promise<Connection<OrganismEntity>> {
    const size = pageSize(args.first);
    const cursor = args.after ? decodeCursor(args.after) : null;
    if (cursor && typeof cursor.key !== "string") {
      throw badInput(`Curseur invalide « ${args.after} » : reprenez le curseur renvoyé par la page précédente.`);
    }
    const search = (args.search ?? "").replace(/\s+/g, " ").trim();
    if ([...search].length > MAX_SEARCH_LENGTH) throw badInput(`Recherche (search) : ${MAX_SEARCH_LENGTH} caractères au plus.`, { field: "search" });

    if (!ctx.actor) throw authenticationRequired();
    const scope = organismScope(ctx.actor);
    const query = this.db.getRepository(OrganismEntity).createQueryBuilder("o");
    if (scope.kind === "NONE") return toConnection([], size, 0, () => "");
    if (scope.kind === "ACTED_FOR") {
      const ids = await organismsActedFor(ctx);
      if (ids.length === 0) return toConnection([], size, 0, () => "");
      query.andWhere("o.id IN (:...ids)", { ids });
    }
    if (scope.kind === "APPLIED_TO") {
      query.andWhere("EXISTS (SELECT 1 FROM application a WHERE a.organism_id = o.id AND a.instance_id = :instanceId AND a.filed_on IS NOT NULL)", { instanceId: scope.instanceId });
    }
    if (search !== "") {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const digits = search.replace(/\s+/g, "");
      if (/^\d+$/.test(digits)) query.andWhere("(o.name LIKE :like OR o.siren LIKE :prefix)", { like, prefix: `${digits}%` });
      else query.andWhere("o.name LIKE :like", { like });
    }
    const page = query.clone().orderBy("o.name", "ASC").addOrderBy("o.id", "ASC").limit(size + 1);
    if (cursor) page.andWhere("(o.name > :key OR (o.name = :key AND o.id > :id))", { key: cursor.key, id: cursor.id });
    const [rows, totalCount] = await Promise.all([page.getMany(), query.getCount()]);
    for (const row of rows) {
      organismLoaders(ctx).organismById.prime(row.id, row);
      organismLoaders(ctx).organismBySiren.prime(row.siren, row);
    }
    return toConnection(rows, size, totalCount, (row) => encodeCursor(row.name, row.id));
  }

  async maySee(ctx: RequestContext, organismId: number): Promise<boolean> {
    const scope = organismScope(ctx.actor);
    if (scope.kind === "NONE") return false;
    if (scope.kind === "ALL") return true;
    return maySeeOrganism(ctx.actor, await this.facts(ctx, organismId));
  }

  async maySeePersonalData(ctx: RequestContext, organismId: number): Promise<boolean> {
    return maySeePersonalData(ctx.actor, await this.facts(ctx, organismId));
  }

  private async facts(ctx: RequestContext, organismId: number): Promise<OrganismFacts> {
    const actsFor = await actsForOrganism(ctx, organismId);
    const appliedTo = !actsFor && isInstanceMember(ctx.actor) ? await organismLoaders(ctx).appliedInstancesByOrganism.load(organismId) : [];
    return { actsFor, appliedTo };
  }

  establishments(ctx: RequestContext, organism: OrganismEntity): Promise<EstablishmentEntity[]> {
    return organismLoaders(ctx).establishmentsByOrganism.load(organism.id);
  }

  async contacts(ctx: RequestContext, organism: OrganismEntity): Promise<OrganismContactEntity[] | null> {
    if (!(await this.maySeePersonalData(ctx, organism.id))) return null;
    const contacts = await organismLoaders(ctx).contactsByOrganism.load(organism.id);
    return contacts.map((contact) => ({ ...contact, changedOn: contact.changedOn ?? contact.updatedOn }));
  }

  /** The last contact change: seen by the organism and by the Instances it applied to, which hold its file. */
  async contactsReport(ctx: RequestContext, organism: OrganismEntity): Promise<ContactsReport | null> {
    if (!(await this.maySeePersonalData(ctx, organism.id))) return null;
    const [latest] = await organismLoaders(ctx).contactsByOrganism.load(organism.id);
    return latest ? contactsReport(latest.changedOn ?? latest.updatedOn, latest.updatedOn) : null;
  }

  async intervenants(ctx: RequestContext, organism: OrganismEntity): Promise<IntervenantEntity[] | null> {
    return (await this.maySeePersonalData(ctx, organism.id)) ? organismLoaders(ctx).intervenantsByOrganism.load(organism.id) : null;
  }

  async mandates(ctx: RequestContext, organism: OrganismEntity): Promise<MandateType[]> {
    const mandates = await organismLoaders(ctx).mandatesByOrganism.load(organism.id);
    const mandataires = await organismLoaders(ctx).mandataireById.loadMany(mandates.map((m) => m.mandataireId));
    const today = ctx.clock.today();
    return mandates.map((mandate, i) => {
      const mandataire = mandataires[i];
      return {
        id: mandate.id,
        mandataireName: mandataire && !(mandataire instanceof Error) ? mandataire.name : "",
        proofReference: mandate.proofReference,
        validFrom: mandate.validFrom,
        validUntil: mandate.validUntil,
        inForce: mandateInForce(mandate, today),
      };
    });
  }

  async situationChanges(ctx: RequestContext, organism: OrganismEntity): Promise<SituationChangeType[]> {
    const changes = await organismLoaders(ctx).situationChangesByOrganism.load(organism.id);
    return changes.map((change) => ({
      ...change,
      kind: change.kind as ChangeKind,
      kindLabel: CHANGE_LABELS[change.kind as ChangeKind] ?? change.kind,
      late: isLate(change),
    }));
  }
}
