import type { DataSource, EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import { isDuplicateKey } from "../common/db/optimistic";
import type { JournalRecord, UnitOfWork } from "../common/db/unit-of-work";
import { badInput, conflict, forbidden, notFound } from "../common/errors";
import type { Connection } from "../common/graphql/connection";
import { isNumericId, parseId } from "../common/graphql/ids";
import { contextualisationLoaders } from "../contextualisations/contextualisation.loaders";
import { publishedContextualisationId } from "../contextualisations/contextualisation.queries";
import type { EvaluationRight } from "../habilitations/rules/evaluation-right";
import { instanceLoaders } from "../instances/instance.loaders";
import { isOrganismAdminOf } from "../instances/rules/roles";
import { organismLoaders } from "../organisms/organism.loaders";
import { organismBySiren } from "../organisms/organism.queries";
import { type CandidateFacts, candidateFacts, type FactsSources } from "./candidate-facts";
import { AccommodationEntity, CandidateEntity, CandidateIdentityEntity, TrainingEntity } from "./candidate.entity";
import type { CandidateType } from "./candidate.types";
import { CertificateEntity } from "./certificate.entity";
import { candidateLine, decided } from "./decided";
import type { AccommodationInput, CandidateFilter, CandidatePersonInput, EnrolCandidateInput } from "./evaluation.inputs";
import { evaluationLoaders } from "./evaluation.loaders";
import { newestFirst } from "./keyset";
import { optionalDate, requireDate } from "../common/date-input";
import type { OrganismAudits } from "./organism-audits";
import { ACCOMMODATION_LABELS, type AccommodationKind, checkAccommodation } from "./rules/accommodations";
import { candidateDataAccess } from "./rules/data-access";
import { checkCandidateIdentity, checkCandidateReference, checkEnrolment, checkPathMayContinue, checkProcessingAllowed } from "./rules/enrolment";
import { checkIntervenantRole } from "./rules/intervenants";
import { checkTraining } from "./rules/path-steps";
import { checkProcessingLimit, checkProcessingLimitLifted, type ProcessingLimitKind } from "./rules/processing-limits";
import { holderInitials } from "./rules/public-verification";
import { checkResultsCommunication } from "./rules/results-request";
import { checkTrainerAssignment } from "./rules/trainer-separation";

export interface CandidateSources extends FactsSources {
  readonly audits: OrganismAudits;
}

const LIMIT_COLUMN: Record<ProcessingLimitKind, "restrictedSince" | "objectedSince"> = { RESTRICTION: "restrictedSince", OBJECTION: "objectedSince" };
const LIMIT_ACTIONS: Record<ProcessingLimitKind, [set: string, lifted: string]> = {
  RESTRICTION: ["PROCESSING_RESTRICTED", "PROCESSING_RESTRICTION_LIFTED"],
  OBJECTION: ["PROCESSING_OBJECTED", "PROCESSING_OBJECTION_SETTLED"],
};

interface Step {
  values?: Partial<CandidateEntity>;
  work?: (manager: EntityManager) => Promise<unknown>;
  action: string;
  reason: string;
  toState?: string;
}

/** Candidates and their paths: enrolment, identity, accommodations, training, processing limits, who reads them. */
export class CandidateService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly sources: CandidateSources,
  ) {}

  facts(ctx: RequestContext, candidate: CandidateEntity): Promise<CandidateFacts> {
    return candidateFacts(ctx, this.sources, candidate);
  }

  /** The candidate a mutation names; who may act on it is settled by the permission rules. */
  async get(ctx: RequestContext, id: number): Promise<CandidateEntity> {
    const candidate = await evaluationLoaders(ctx).candidateById.load(id);
    if (!candidate) throw notFound(`Candidat ${id}`);
    return candidate;
  }

  /** The candidate a mutation names, as last read by the caller (its row version), with the facts of its path. */
  async current(ctx: RequestContext, id: number, rowVersion: number): Promise<CandidateFacts> {
    const candidate = await this.get(ctx, id);
    if (candidate.rowVersion !== rowVersion) throw conflict();
    return this.facts(ctx, candidate);
  }

  /**
   * GDPR-1: the organism reads its candidates; an Instance only with a rule's reason (a request addressed to it, an
   * audit of the organism), and each such read is journaled; nobody else.
   */
  async read(ctx: RequestContext, id: number): Promise<CandidateEntity> {
    const candidate = await this.get(ctx, id);
    if (isOrganismAdminOf(ctx.actor, candidate.organismId)) return candidate;
    const requests = (await evaluationLoaders(ctx).resultsRequestsByCandidate.load(id)).filter((r) => r.status === "OPEN");
    const addressedTo = await Promise.all(requests.map(async (r) => (await instanceLoaders(ctx).instanceById.load(r.addressedToInstanceId))!.code));
    const auditors = ctx.actor?.instanceId ? await this.sources.audits.auditorsOf(ctx, candidate.organismId, ctx.clock.today()) : [];
    const access = decided(candidateDataAccess(ctx.actor, { candidateOrganismId: candidate.organismId, resultsRequestsAddressedTo: addressedTo, auditsOfOrganismBy: auditors }));
    if (!access.journaled) return candidate;
    const why = access.reason === "AUDIT" ? "audit de l'organisme (AUD-1)" : "demande adressée au certificateur (EVA-7)";
    return this.writes.run(ctx, {
      journal: { subjectType: "CANDIDATE", subjectId: id, subjectInstanceCode: ctx.actor!.instanceCode, action: "CANDIDATE_DATA_READ", reason: `Consultation des données du candidat : ${why}` },
      reread: async () => candidate,
    });
  }

  /** GDPR-1: an organism lists its own candidates; nobody else lists them. */
  async list(ctx: RequestContext, filter: CandidateFilter, first?: number | null, after?: string | null): Promise<Connection<CandidateEntity>> {
    const actor = ctx.actor;
    if (actor?.role !== "ORGANISM_ADMIN" || !actor.organismId) throw forbidden("Seul l'organisme, responsable du traitement, liste ses candidats (GDPR-1).");
    const query = this.db.getRepository(CandidateEntity).createQueryBuilder("c").where("c.organism_id = :organismId", { organismId: actor.organismId });
    if (filter.certification) query.andWhere("c.certification_code = :certification", { certification: filter.certification });
    if (filter.context === "NONE") query.andWhere("c.context_instance_id IS NULL");
    else if (filter.context) {
      const instance = await instanceLoaders(ctx).instanceByCode.load(filter.context);
      query.andWhere("c.context_instance_id = :contextId", { contextId: instance?.id ?? 0 });
    }
    if (filter.status) query.andWhere("c.status = :status", { status: filter.status });
    const from = optionalDate(filter.enrolledFrom, "enrolledFrom");
    const to = optionalDate(filter.enrolledTo, "enrolledTo");
    if (from) query.andWhere("c.enrolled_on >= :from", { from });
    if (to) query.andWhere("c.enrolled_on <= :to", { to });
    if (filter.reference) query.andWhere("c.reference LIKE :reference", { reference: `${filter.reference.replace(/[\\%_]/g, "\\$&")}%` });
    if (filter.habilitation) query.andWhere("c.habilitation_id = :habilitation", { habilitation: isNumericId(filter.habilitation) ? Number(filter.habilitation) : 0 });
    const page = await newestFirst(query, "enrolled_on", (c) => c.enrolledOn, first, after);
    for (const row of page.nodes) evaluationLoaders(ctx).candidateById.prime(row.id, row);
    return page;
  }

  /** EVA-1, CTX-4, HAB-6, GDPR-1: the person enrols on a day the organism holds the right, told the purpose and the disability referent. */
  async enrol(ctx: RequestContext, siren: string, input: EnrolCandidateInput): Promise<CandidateType> {
    const today = ctx.clock.today();
    const organism = await organismBySiren(ctx, siren);
    const reference = decided(checkCandidateReference(input.reference));
    const person = decided(checkCandidateIdentity(personOf(input.person), today));
    const context = input.context?.trim() || null;
    const contextInstance = context ? await this.sources.instances.byCode(ctx, context) : null;
    if (contextInstance && contextInstance.kind !== "CPNE") throw badInput(`« ${context} » n'est pas une CPNE : le contexte d'une évaluation est le référentiel contextualisé d'une CPNE.`);

    const found = await this.sources.habilitations.evaluationRight(ctx, organism.siren, input.certification, context, today);
    let right: EvaluationRight = { allowed: false, reason: found.reason };
    if (found.allowed && found.habilitation) {
      const entity = await this.sources.habilitations.get(ctx, Number(found.habilitation.id));
      const instance = await this.sources.instances.byId(ctx, entity.instanceId);
      right = {
        allowed: true,
        habilitation: {
          id: entity.id,
          instance: { code: instance.code, kind: instance.kind },
          certification: entity.certificationCode,
          professionalField: entity.professionalField,
          contextualised: entity.contextualisationId !== null,
          validity: await this.sources.habilitations.record(ctx, entity),
        },
      };
    }
    const habilitation = decided(checkEnrolment({ right, enrolledOn: today, notices: { purposeStated: input.purposeStated, disabilityReferentGiven: input.disabilityReferentGiven } }));
    const certifierCode = habilitation.instance.code;

    let contextualisationId: number | null = null;
    let referentialVersionId: number | null = null;
    if (contextInstance && habilitation.contextualised) {
      contextualisationId = await publishedContextualisationId(this.db.manager, contextInstance.id, input.certification);
      if (contextualisationId !== null) referentialVersionId = (await contextualisationLoaders(ctx).contextualisationById.load(contextualisationId))!.baseVersionId;
    }
    referentialVersionId ??= (await this.sources.referentials.inForce(ctx, input.certification)).id;

    return this.writes.run(ctx, {
      work: async (manager) => {
        const created = await manager.save(CandidateEntity, {
          organismId: organism.id,
          reference,
          habilitationId: Number(habilitation.id),
          certificationCode: input.certification,
          referentialVersionId,
          contextualisationId,
          contextInstanceId: contextInstance?.id ?? null,
          enrolledOn: today,
          purposeStated: true,
          disabilityReferentGiven: true,
          status: "OPEN",
          resultsCommunicatedOn: null,
          restrictedSince: null,
          objectedSince: null,
          rowVersion: 1,
        });
        await manager.insert(CandidateIdentityEntity, { candidateId: created.id, ...person });
        return created.id;
      },
      journal: (id) => ({
        subjectType: "CANDIDATE",
        subjectId: id,
        subjectInstanceCode: certifierCode,
        action: "CANDIDATE_ENROLLED",
        toState: "OPEN",
        reason: `Dossier ${reference} inscrit sous l'habilitation ${habilitation.id} (${input.certification}${context ? `, contexte ${context}` : ""}) ; finalité du traitement et référent handicap indiqués.`,
      }),
      onDuplicate: (error) => (isDuplicateKey(error, "uq_candidate_reference") ? conflict(`L'organisme a déjà un dossier numéro « ${reference} » : choisissez un autre numéro.`) : undefined),
      reread: (id) => this.get(ctx, id),
    });
  }

  /** GDPR-1: the person has their data rectified; the certificate's stub follows their initials. */
  async rectify(ctx: RequestContext, id: number, rowVersion: number, input: CandidatePersonInput): Promise<CandidateType> {
    const facts = await this.current(ctx, id, rowVersion);
    const person = decided(checkCandidateIdentity(personOf(input), ctx.clock.today()));
    const before = (await evaluationLoaders(ctx).identityByCandidate.load(id))!;
    const changed = (["lastName", "firstNames", "birthDate", "email", "postalAddress"] as const).filter((field) => before[field] !== person[field]);
    if (changed.length === 0) return facts.candidate;
    const initials = holderInitials(person.firstNames, person.lastName);
    return this.step(ctx, facts, {
      work: async (manager) => {
        await manager.update(CandidateIdentityEntity, { candidateId: id }, person);
        await manager.update(CertificateEntity, { candidateId: id }, { holderInitials: initials });
      },
      action: "CANDIDATE_RECTIFIED",
      reason: `Rectification à la demande de la personne : ${changed.join(", ")}.`,
    });
  }

  /** EVA-6: an accommodation by kind; none removes a criterion or lowers the level. */
  async addAccommodation(ctx: RequestContext, id: number, rowVersion: number, input: AccommodationInput): Promise<CandidateType> {
    const facts = await this.current(ctx, id, rowVersion);
    this.mayContinue(ctx, facts);
    const accommodation = decided(checkAccommodation(input));
    return this.step(ctx, facts, {
      work: (manager) => manager.insert(AccommodationEntity, { candidateId: id, ...accommodation }),
      action: "ACCOMMODATION_ADDED",
      reason: `${ACCOMMODATION_LABELS[accommodation.kind]}${accommodation.extraMinutes ? ` (+${accommodation.extraMinutes} min)` : ""}.`,
    });
  }

  async removeAccommodation(ctx: RequestContext, accommodationId: string, rowVersion: number): Promise<CandidateType> {
    const accommodation = await evaluationLoaders(ctx).accommodationById.load(parseId(accommodationId));
    if (!accommodation) throw notFound(`Aménagement ${accommodationId}`);
    const facts = await this.current(ctx, accommodation.candidateId, rowVersion);
    return this.step(ctx, facts, {
      work: (manager) => manager.delete(AccommodationEntity, { id: accommodation.id }),
      action: "ACCOMMODATION_REMOVED",
      reason: `${ACCOMMODATION_LABELS[accommodation.kind as AccommodationKind]} retiré.`,
    });
  }

  /** EVA-2, EVA-3: a training path after the preliminary evaluation, by a trainer who neither evaluated the person nor sat on their jury. */
  async recordTraining(ctx: RequestContext, id: number, rowVersion: number, trainerId: string, startsOn: string): Promise<CandidateType> {
    const facts = await this.current(ctx, id, rowVersion);
    this.mayContinue(ctx, facts);
    const trainer = isNumericId(trainerId) ? await organismLoaders(ctx).intervenantById.load(Number(trainerId)) : undefined;
    if (!trainer) throw badInput(`Formateur ${trainerId} inconnu : choisissez un intervenant déclaré de l'organisme.`);
    decided(checkIntervenantRole(trainer, facts.candidate.organismId, "TRAINER", false));
    decided(checkTrainerAssignment({ intervenantId: trainer.id, fullName: trainer.fullName }, facts.evaluators, facts.juryMembers));
    decided(checkTraining({ referential: facts.referential.evaluated, previous: facts.recorded, startsOn: requireDate(startsOn, "startsOn"), today: ctx.clock.today() }));
    return this.step(ctx, facts, {
      work: (manager) => manager.insert(TrainingEntity, { candidateId: id, trainerId: trainer.id, trainerName: trainer.fullName, startsOn }),
      action: "TRAINING_RECORDED",
      reason: `Parcours de formation à compter du ${startsOn}, formateur : intervenant ${trainer.id}.`,
    });
  }

  /** EVA-7: the day the organism communicated the results; the month for a request to the certifier runs from it. */
  async communicateResults(ctx: RequestContext, id: number, rowVersion: number, communicatedOn: string): Promise<CandidateType> {
    const facts = await this.current(ctx, id, rowVersion);
    const last = facts.juryDecisions.at(-1)?.decidedOn ?? null;
    decided(checkResultsCommunication(last, communicatedOn, ctx.clock.today()));
    return this.step(ctx, facts, {
      values: { resultsCommunicatedOn: communicatedOn },
      action: "RESULTS_COMMUNICATED",
      reason: `Résultats communiqués à la personne le ${communicatedOn}.`,
    });
  }

  /** GDPR-1: the person restricts, or objects to, the processing of their data; nothing new is recorded meanwhile. */
  async setProcessingLimit(ctx: RequestContext, id: number, rowVersion: number, kind: ProcessingLimitKind, since: string): Promise<CandidateType> {
    const facts = await this.current(ctx, id, rowVersion);
    const day = decided(checkProcessingLimit(kind, facts.limits, since, ctx.clock.today()));
    return this.step(ctx, facts, { values: { [LIMIT_COLUMN[kind]]: day }, action: LIMIT_ACTIONS[kind][0], reason: `Demande de la personne reçue le ${day}.` });
  }

  async liftProcessingLimit(ctx: RequestContext, id: number, rowVersion: number, kind: ProcessingLimitKind): Promise<CandidateType> {
    const facts = await this.current(ctx, id, rowVersion);
    decided(checkProcessingLimitLifted(kind, facts.limits));
    return this.step(ctx, facts, { values: { [LIMIT_COLUMN[kind]]: null }, action: LIMIT_ACTIONS[kind][1], reason: `Levée le ${ctx.clock.today()}.` });
  }

  /** HAB-6, WDR-1, GDPR-1: a later step happens while the habilitation lets the organism act and the person allows it. */
  mayContinue(ctx: RequestContext, facts: CandidateFacts): void {
    decided(checkProcessingAllowed(facts.limits));
    decided(checkPathMayContinue(facts.validity, facts.candidate.enrolledOn, ctx.clock.today()));
  }

  /** One write on the candidate's path: its row version checked and bumped, a journal line for its certifier. */
  step(ctx: RequestContext, facts: CandidateFacts, step: Step, more: (written: unknown) => readonly (JournalRecord | null)[] = () => []): Promise<CandidateType> {
    const { candidate } = facts;
    return this.writes.run(ctx, {
      check: { entity: CandidateEntity, id: candidate.id, rowVersion: candidate.rowVersion, values: step.values ?? {} },
      work: async (manager) => step.work?.(manager),
      journal: (written) => [candidateLine(candidate, facts.certifier.code, step.action, step.reason, step.toState), ...more(written).filter((line): line is JournalRecord => line !== null)],
      reread: () => this.get(ctx, candidate.id),
    });
  }
}

function personOf(input: CandidatePersonInput) {
  return { lastName: input.lastName, firstNames: input.firstNames, birthDate: input.birthDate, email: input.email ?? null, postalAddress: input.postalAddress ?? null };
}
