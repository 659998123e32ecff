import { In, type DataSource, type EntityManager } from "typeorm";
import { isIsoDate } from "../common/calendar/working-days";
import { isDuplicateKey, updateIfUnchanged } from "../common/db/optimistic";
import { AppError, badInput, conflict, forbidden, notFound } from "../common/errors";
import type { RequestContext } from "../common/graphql/context";
import { recordInJournal } from "../journal/journal.service";
import { validateSiren } from "../organisms/rules/identifiers";
import { ApplicationAssessmentEntity, ApplicationEntity } from "./application.entity";
import { actorKindFor } from "./application.access";
import { listApplications } from "./application.queries";
import type { ApplicationFilter, ApplicationOrder, CriterionAssessmentInput } from "./application.types";
import { HabilitationEntity } from "./habilitation.entity";
import { type ApplicationAction, transition } from "./rules/application-lifecycle";
import { checkAppealFiling, checkAuditionConvocation, checkOpinionTiming, opinionDeadline } from "./rules/instruction-timing";
import { type HabilitationCriterion, applicableCriteria, checkDecision, checkOpinion } from "./rules/opinion";
import { checkFilingDate, checkMeetingForInstruction } from "./rules/campaign";
import { pendingStep } from "./rules/pending-step";

const MAX_TEXT = 2000;

type StepValues = Partial<ApplicationEntity>;
interface Step {
  values?: StepValues;
  reason?: string | null;
  /** Writes that belong to the same transaction (assessments, the habilitation). */
  also?: (manager: EntityManager, application: ApplicationEntity) => Promise<void>;
}

function requireText(value: string, what: string, max = MAX_TEXT): string {
  const text = value.trim();
  if (!text) throw badInput(`${what} : ce champ est obligatoire.`);
  if (text.length > max) throw badInput(`${what} : ${max} caractères au plus.`);
  return text;
}

export class ApplicationService {
  constructor(private readonly db: DataSource) {}

  list(ctx: RequestContext, filter: ApplicationFilter, order: ApplicationOrder, first?: number | null, after?: string | null) {
    return listApplications(this.db, ctx, filter, order, first, after);
  }

  async find(ctx: RequestContext, id: number): Promise<ApplicationEntity | undefined> {
    const found = await ctx.loaders.applicationById.load(id);
    if (!found || !(await actorKindFor(ctx, found))) return undefined;
    return found;
  }

  async get(ctx: RequestContext, id: number): Promise<ApplicationEntity> {
    const found = await this.find(ctx, id);
    if (!found) throw notFound(`Demande d'habilitation ${id}`);
    return found;
  }

  /** HAB-1, CTX-3: section II's criteria, then the deciding CPNE's own. */
  async criteria(ctx: RequestContext, instanceId: number): Promise<HabilitationCriterion[]> {
    return applicableCriteria(await ctx.loaders.criteriaByInstance.load(instanceId));
  }

  /** HAB-2, CTX-4, INS-3: one application per SIREN to one Instance, under one of its campaigns. */
  async create(ctx: RequestContext, siren: string, campaignId: number) {
    const valid = validateSiren(siren);
    if (!valid.ok) throw badInput(valid.reason);
    const organism = await ctx.loaders.organismBySiren.load(valid.value);
    if (!organism) throw notFound(`Organisme de SIREN ${siren}`);
    const campaign = await ctx.loaders.campaignById.load(campaignId);
    if (!campaign) throw notFound(`Campagne ${campaignId}`);
    const instance = (await ctx.loaders.instanceById.load(campaign.instanceId))!;
    if (instance.kind === "CPNE") {
      const delegations = await ctx.loaders.delegationsByInstance.load(instance.id);
      if (!delegations.some((d) => d.certificationCode === campaign.certificationCode)) {
        throw badInput(`${instance.name} ne détient pas la délégation de Certif Pro pour ${campaign.certificationCode} : elle ne peut pas habiliter (INS-1).`);
      }
      const published = await this.db.query(
        "SELECT id FROM contextualisation WHERE instance_id = ? AND certification_code = ? AND status = 'PUBLISHED' LIMIT 1",
        [instance.id, campaign.certificationCode],
      );
      if (published.length === 0) {
        throw badInput(`${instance.name} n'a pas publié de référentiel contextualisé ${campaign.certificationCode} : elle ne peut pas encore habiliter (CTX-4).`);
      }
    }
    const refused = await this.db.getRepository(ApplicationEntity).findOneBy({
      organismId: organism.id,
      instanceId: instance.id,
      campaignId: campaign.id,
      status: In(["NOTIFIED_REFUSED", "APPEALED", "APPEAL_DISMISSED"]),
    });
    if (refused) throw badInput("Une demande refusée peut être présentée à nouveau lors de la campagne suivante (HAB-5), pas dans la même campagne.");
    try {
      const id = await this.db.transaction(async (manager) => {
        const created = await manager.save(ApplicationEntity, {
          organismId: organism.id,
          instanceId: instance.id,
          campaignId: campaign.id,
          certificationCode: campaign.certificationCode,
          professionalField: instance.kind === "CPNE" ? instance.professionalField : null,
          mandataireId: ctx.actor?.role === "MANDATAIRE" ? (ctx.actor.mandataireId ?? null) : null,
          status: "DRAFT",
          rowVersion: 1,
        });
        await this.journal(manager, ctx, created, instance.code, "APPLICATION_CREATED", null, "DRAFT", campaign.name);
        return created.id;
      });
      return this.reload(ctx, id);
    } catch (error) {
      if (isDuplicateKey(error, "uq_application_one_open")) {
        throw conflict(`${organism.name} a déjà une demande en cours auprès de ${instance.name} pour ${campaign.certificationCode} : une seule demande par SIREN (HAB-2).`);
      }
      throw error;
    }
  }

  /** HAB-2: filing issues the receipt and means accepting the convention. */
  file(ctx: RequestContext, id: number) {
    return this.step(ctx, id, "FILE", async (application) => {
      const campaign = (await ctx.loaders.campaignById.load(application.campaignId))!;
      const problem = checkFilingDate(campaign, ctx.clock.today());
      if (problem) throw badInput(problem);
      const [{ sites }] = await this.db.query("SELECT COUNT(*) AS sites FROM establishment WHERE organism_id = ? AND registered_until IS NULL", [application.organismId]);
      if (Number(sites) === 0) throw badInput("La demande liste tous les établissements et sites de l'organisme (HAB-2) : déclarez-en au moins un avant de déposer.");
      const instance = (await ctx.loaders.instanceById.load(application.instanceId))!;
      const today = ctx.clock.today();
      return {
        values: { filedOn: today, receiptNumber: `${instance.code}-${today.slice(0, 4)}-${String(application.id).padStart(6, "0")}` },
        reason: "Dépôt valant acceptation de la convention ; récépissé délivré.",
      };
    });
  }

  /** HAB-3: an incomplete file may get a request for complement. */
  requestComplement(ctx: RequestContext, id: number, request: string) {
    const text = requireText(request, "Complément demandé");
    return this.step(ctx, id, "REQUEST_COMPLEMENT", async () => ({
      values: { complementRequest: text, complementRequestedOn: ctx.clock.today() },
      reason: text,
    }));
  }

  provideComplement(ctx: RequestContext, id: number, note: string) {
    const text = requireText(note, "Complément fourni");
    return this.step(ctx, id, "PROVIDE_COMPLEMENT", async () => ({ reason: text }));
  }

  declareComplete(ctx: RequestContext, id: number) {
    return this.step(ctx, id, "DECLARE_COMPLETE", async () => ({ values: { completedOn: ctx.clock.today() } }));
  }

  /** HAB-3: only a complete file is instructed, for a deciding meeting of its campaign that leaves time for the opinion (HAB-4). */
  startInstruction(ctx: RequestContext, id: number, meetingId: number) {
    return this.step(ctx, id, "START_INSTRUCTION", async (application) => {
      const meeting = await ctx.loaders.meetingById.load(meetingId);
      if (!meeting || meeting.campaignId !== application.campaignId) throw notFound(`Réunion ${meetingId} de la campagne de cette demande`);
      const problem = checkMeetingForInstruction(meeting.meetsOn, ctx.clock.today());
      if (problem) throw badInput(problem);
      return { values: { meetingId: meeting.id }, reason: `Réunion de décision du ${meeting.meetsOn}` };
    });
  }

  /** HAB-4: a file that cannot get its opinion in time moves to a later meeting of its campaign; a set audition is dropped. */
  reschedule(ctx: RequestContext, id: number, meetingId: number) {
    return this.step(ctx, id, "RESCHEDULE", async (application) => {
      const meeting = await ctx.loaders.meetingById.load(meetingId);
      if (!meeting || meeting.campaignId !== application.campaignId) throw notFound(`Réunion ${meetingId} de la campagne de cette demande`);
      const current = (await ctx.loaders.meetingById.load(application.meetingId!))!;
      if (meeting.meetsOn <= current.meetsOn) throw badInput(`Choisissez une réunion postérieure à celle du ${current.meetsOn}.`);
      const problem = checkMeetingForInstruction(meeting.meetsOn, ctx.clock.today());
      if (problem) throw badInput(problem);
      return {
        values: { meetingId: meeting.id, auditionOn: null, convocationOn: null },
        reason: `Reportée de la réunion du ${current.meetsOn} à celle du ${meeting.meetsOn}`,
      };
    });
  }

  /** HAB-4: the convocation is sent at least 8 working days before the audition. */
  scheduleAudition(ctx: RequestContext, id: number, auditionOn: string) {
    if (!isIsoDate(auditionOn)) throw badInput(`Date d'audition invalide « ${auditionOn} » : attendu AAAA-MM-JJ.`);
    return this.step(ctx, id, "SCHEDULE_AUDITION", async (application) => {
      const today = ctx.clock.today();
      const timing = checkAuditionConvocation(today, auditionOn);
      if (!timing.ok) throw badInput(timing.reason);
      const meeting = (await ctx.loaders.meetingById.load(application.meetingId!))!;
      const deadline = opinionDeadline(meeting.meetsOn);
      if (auditionOn > deadline) {
        throw badInput(`L'audition doit avoir lieu avant que l'avis soit arrêté, au plus tard le ${deadline} (5 jours ouvrés avant la réunion du ${meeting.meetsOn}).`);
      }
      return { values: { auditionOn, convocationOn: today }, reason: `Audition le ${auditionOn}, convocation du ${today}` };
    });
  }

  /** HAB-4: reasoned criterion by criterion, settled at least 5 working days before the meeting. */
  issueOpinion(ctx: RequestContext, id: number, assessments: CriterionAssessmentInput[]) {
    return this.step(ctx, id, "ISSUE_OPINION", async (application) => {
      const today = ctx.clock.today();
      const meeting = (await ctx.loaders.meetingById.load(application.meetingId!))!;
      const timing = checkOpinionTiming(today, meeting.meetsOn);
      if (!timing.ok) throw badInput(timing.reason);
      if (application.auditionOn && today < application.auditionOn) {
        throw badInput(`L'avis suit l'audition du ${application.auditionOn} : il ne peut être arrêté avant.`);
      }
      const criteria = await this.criteria(ctx, application.instanceId);
      const check = checkOpinion(criteria, assessments);
      if (!check.ok) throw badInput(check.reason, { problems: check.problems });
      return {
        values: { opinionOn: today },
        reason: check.allMet ? "Avis favorable sur tous les critères" : `Avis défavorable sur ${check.unmet.length} critère(s)`,
        also: (manager, app) => this.saveAssessments(manager, app.id, "OPINION", criteria, assessments),
      };
    });
  }

  /** HAB-5, INS-1: the Instance decides at its meeting; accepted only if every criterion is met. */
  decide(ctx: RequestContext, id: number, outcome: "ACCEPT" | "REFUSE", assessments: CriterionAssessmentInput[], durationMonths: number | null) {
    return this.step(ctx, id, outcome === "ACCEPT" ? "DECIDE_ACCEPT" : "DECIDE_REFUSE", async (application) => {
      const meeting = (await ctx.loaders.meetingById.load(application.meetingId!))!;
      if (ctx.clock.today() < meeting.meetsOn) throw badInput(`La décision est prise en réunion : la réunion du ${meeting.meetsOn} n'a pas encore eu lieu.`);
      const instance = (await ctx.loaders.instanceById.load(application.instanceId))!;
      const criteria = await this.criteria(ctx, application.instanceId);
      const check = checkDecision({ outcome, instanceKind: instance.kind, professionalField: application.professionalField, criteria, assessments });
      if (!check.ok) throw badInput(check.reason);
      const months = outcome === "ACCEPT" ? (durationMonths ?? 36) : null;
      if (months !== null && months !== 36) throw badInput("Une habilitation est accordée pour 3 ans (36 mois) à compter de la notification (HAB-6).");
      return {
        values: { decidedOn: meeting.meetsOn, durationMonths: months },
        reason: check.outcome === "REFUSE" ? check.grounds.map((g) => `${g.label} : ${g.reason}`).join(" ; ") : "Tous les critères sont satisfaits",
        also: (manager, app) => this.saveAssessments(manager, app.id, "DECISION", criteria, assessments),
      };
    });
  }

  /** HAB-5, HAB-6: notification starts the habilitation (acceptance) or the appeal period (refusal). */
  notify(ctx: RequestContext, id: number) {
    return this.step(ctx, id, "NOTIFY", async (application) => {
      const today = ctx.clock.today();
      const accepted = application.status === "DECIDED_ACCEPTED" || application.status === "APPEAL_UPHELD";
      return {
        values: { notifiedOn: today },
        reason: accepted ? "Habilitation accordée pour 3 ans à compter de ce jour" : "Refus notifié avec les voies de recours",
        also: accepted
          ? async (manager, app) => {
              await manager.insert(HabilitationEntity, {
                organismId: app.organismId,
                instanceId: app.instanceId,
                applicationId: app.id,
                certificationCode: app.certificationCode,
                professionalField: app.professionalField,
                notifiedOn: today,
                rowVersion: 1,
              });
            }
          : undefined,
      };
    });
  }

  /** HAB-8: within 30 working days of the refusal's notification; it contests the decision's arguments. */
  appeal(ctx: RequestContext, id: number, grounds: string) {
    const text = requireText(grounds, "Motifs du recours", 4000);
    return this.step(ctx, id, "APPEAL", async (application) => {
      const today = ctx.clock.today();
      const timing = checkAppealFiling(application.notifiedOn!, today);
      if (!timing.ok) throw badInput(timing.reason);
      return { values: { appealFiledOn: today, appealGrounds: text }, reason: text };
    });
  }

  /** HAB-8: acknowledged within 10 working days of receipt. */
  async acknowledgeAppeal(ctx: RequestContext, id: number) {
    const application = await this.get(ctx, id);
    const kind = await actorKindFor(ctx, application);
    if (kind !== "INSTRUCTOR" && kind !== "DECIDER") throw forbidden("Seule l'Instance, son service compétent ou un prestataire accuse réception d'un recours.");
    if (application.status !== "APPEALED") throw badInput("Seul un recours en cours peut faire l'objet d'un accusé de réception.");
    if (application.appealAcknowledgedOn) throw badInput(`Le recours a déjà été reçu et accusé le ${application.appealAcknowledgedOn}.`);
    return this.write(ctx, application, { appealAcknowledgedOn: ctx.clock.today() }, "APPEAL_ACKNOWLEDGED", application.status, application.status, null);
  }

  decideAppeal(ctx: RequestContext, id: number, upheld: boolean, reason: string) {
    const text = requireText(reason, "Motif de la décision sur recours");
    return this.step(ctx, id, upheld ? "DECIDE_APPEAL_UPHOLD" : "DECIDE_APPEAL_DISMISS", async (application) => {
      if (!application.appealAcknowledgedOn) throw badInput("Accusez d'abord réception du recours (HAB-8).");
      return { values: { appealDecidedOn: ctx.clock.today(), ...(upheld ? { durationMonths: 36 } : {}) }, reason: text };
    });
  }

  withdraw(ctx: RequestContext, id: number) {
    return this.step(ctx, id, "WITHDRAW", async () => ({ reason: "Retrait de la demande par le candidat" }));
  }

  /** Checks who may act and from which state, then writes the step in one transaction. */
  private async step(ctx: RequestContext, id: number, action: ApplicationAction, prepare: (application: ApplicationEntity) => Promise<Step>) {
    const application = await this.get(ctx, id);
    const kind = await actorKindFor(ctx, application);
    if (!kind) throw forbidden("Ce dossier relève d'un autre organisme ou d'une autre Instance.");
    const move = transition(application.status, action, kind);
    if (!move.ok) throw move.code === "NOT_PERMITTED" ? forbidden(move.reason) : badInput(move.reason);
    const step = await prepare(application);
    return this.write(ctx, application, { ...step.values, status: move.to }, action, move.from, move.to, step.reason ?? null, step.also);
  }

  private async write(
    ctx: RequestContext,
    application: ApplicationEntity,
    values: StepValues,
    action: string,
    from: string,
    to: string,
    reason: string | null,
    also?: Step["also"],
  ) {
    const next = { ...application, ...values };
    const instance = (await ctx.loaders.instanceById.load(application.instanceId))!;
    const meeting = next.meetingId ? await ctx.loaders.meetingById.load(next.meetingId) : undefined;
    const pending = pendingStep({
      status: next.status,
      instanceKind: instance.kind,
      meetingOn: meeting?.meetsOn ?? null,
      notifiedOn: next.notifiedOn,
      appealFiledOn: next.appealFiledOn,
      appealAcknowledgedOn: next.appealAcknowledgedOn,
    });
    try {
      await this.db.transaction(async (manager) => {
        await updateIfUnchanged(manager, ApplicationEntity, application.id, application.rowVersion, {
          ...values,
          nextDueOn: pending?.dueOn ?? null,
          nextDueRule: pending?.rule ?? null,
        });
        await also?.(manager, next);
        await this.journal(manager, ctx, application, instance.code, action, from, to, reason);
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw conflict();
      throw error;
    }
    return this.reload(ctx, application.id);
  }

  private async saveAssessments(
    manager: EntityManager,
    applicationId: number,
    stage: "OPINION" | "DECISION",
    criteria: HabilitationCriterion[],
    assessments: CriterionAssessmentInput[],
  ) {
    await manager.delete(ApplicationAssessmentEntity, { applicationId, stage });
    await manager.insert(
      ApplicationAssessmentEntity,
      assessments.map((a) => ({
        applicationId,
        stage,
        criterionCode: a.criterionCode,
        criterionLabel: criteria.find((c) => c.code === a.criterionCode)!.label,
        met: a.met,
        reason: a.reason.trim(),
      })),
    );
  }

  private async journal(manager: EntityManager, ctx: RequestContext, application: ApplicationEntity, instanceCode: string, action: string, from: string | null, to: string | null, reason: string | null) {
    await recordInJournal(manager, ctx.actor!, {
      subjectType: "APPLICATION",
      subjectId: application.id,
      subjectInstanceCode: instanceCode,
      action,
      fromState: from,
      toState: to,
      reason: reason ? reason.slice(0, 2000) : null,
    });
  }

  private async reload(ctx: RequestContext, id: number): Promise<ApplicationEntity> {
    ctx.loaders.applicationById.clear(id);
    ctx.loaders.assessmentsByApplication.clear(id);
    const reloaded = await ctx.loaders.applicationById.load(id);
    if (!reloaded) throw new AppError("INTERNAL_SERVER_ERROR", "Demande introuvable après écriture.");
    return reloaded;
  }
}
