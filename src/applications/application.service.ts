import { In, type DataSource, type EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import { requireDate } from "../common/date-input";
import { count } from "../common/french";
import { isDuplicateKey } from "../common/db/optimistic";
import type { JournalRecord, UnitOfWork } from "../common/db/unit-of-work";
import { AppError, badInput, conflict, forbidden, notFound } from "../common/errors";
import type { InstanceEntity } from "../instances/instance.entity";
import type { InstanceService } from "../instances/instance.service";
import { organismLoaders } from "../organisms/organism.loaders";
import { organismBySiren } from "../organisms/organism.queries";
import { ApplicationAssessmentEntity, ApplicationChangeEntity, ApplicationEntity } from "./application.entity";
import { applicationLoaders } from "./application.loaders";
import { actorKindFor, listApplications } from "./application.queries";
import type { ApplicationFilter, ApplicationOrder, CriterionAssessmentInput, StatedChangeInput } from "./application.types";
import { type ApplicationFacts, whyNot } from "./rules/action-guards";
import { type ApplicationAction, allowedActions as allowedByTheMachine, REFUSED_STATES, transition } from "./rules/application-lifecycle";
import { checkMeetingForInstruction } from "./rules/campaign";
import { checkNewApplication, checkStatedChanges, oneOpenApplication, receiptNumber, type RefusedCriterion } from "./rules/eligibility";
import { checkAppealMeeting, checkAuditionConvocation, opinionDeadline } from "./rules/instruction-timing";
import { HABILITATION_MONTHS, type HabilitationCriterion, applicableCriteria, checkDecision, checkOpinion, grantedDuration } from "./rules/opinion";
import { pendingStep } from "./rules/pending-step";

const MAX_TEXT = 2000;

/** What a notified acceptance starts: provided by the habilitations area, written in the same transaction. */
export interface HabilitationGrant {
  grant(manager: EntityManager, application: ApplicationEntity, notifiedOn: string): Promise<void>;
}

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
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly instances: InstanceService,
    private readonly habilitations: HabilitationGrant,
  ) {}

  list(ctx: RequestContext, filter: ApplicationFilter, order: ApplicationOrder, first?: number | null, after?: string | null) {
    return listApplications(this.db, ctx, filter, order, first, after);
  }

  async find(ctx: RequestContext, id: number): Promise<ApplicationEntity | undefined> {
    const found = await applicationLoaders(ctx).applicationById.load(id);
    if (!found || !(await actorKindFor(ctx, found))) return undefined;
    return found;
  }

  async get(ctx: RequestContext, id: number): Promise<ApplicationEntity> {
    const found = await this.find(ctx, id);
    if (!found) throw notFound(`Demande d'habilitation ${id}`);
    return found;
  }

  /** Section II's criteria, then the deciding CPNE's own. */
  async criteria(ctx: RequestContext, instanceId: number): Promise<HabilitationCriterion[]> {
    return applicableCriteria(await applicationLoaders(ctx).criteriaByInstance.load(instanceId));
  }

  async criteriaOf(ctx: RequestContext, instanceCode: string): Promise<HabilitationCriterion[]> {
    return this.criteria(ctx, (await this.instances.byCode(ctx, instanceCode)).id);
  }

  /** One application per SIREN to one Instance, under one of its campaigns. */
  async create(ctx: RequestContext, siren: string, campaignId: number) {
    const organism = await organismBySiren(ctx, siren);
    const campaign = await applicationLoaders(ctx).campaignById.load(campaignId);
    if (!campaign) throw notFound(`Campagne ${campaignId}`);
    const instance = await this.instances.byId(ctx, campaign.instanceId);
    const delegation = await this.instances.delegation(ctx, instance, campaign.certificationCode, "HABILITATE");
    if (!delegation.ok) throw badInput(delegation.message);
    const eligibility = checkNewApplication({
      instance,
      certification: campaign.certificationCode,
      refusedInThisCampaign: await this.db.getRepository(ApplicationEntity).existsBy({
        organismId: organism.id,
        instanceId: instance.id,
        campaignId: campaign.id,
        status: In([...REFUSED_STATES]),
      }),
    });
    if (!eligibility.ok) throw badInput(eligibility.message);
    return this.writes.run(ctx, {
      work: (manager) =>
        manager.save(ApplicationEntity, {
          organismId: organism.id,
          instanceId: instance.id,
          campaignId: campaign.id,
          certificationCode: campaign.certificationCode,
          professionalField: instance.kind === "CPNE" ? instance.professionalField : null,
          mandataireId: ctx.actor?.role === "MANDATAIRE" ? (ctx.actor.mandataireId ?? null) : null,
          status: "DRAFT",
          rowVersion: 1,
        }),
      journal: (created) => entry(created, instance, "APPLICATION_CREATED", null, "DRAFT", campaign.name),
      onDuplicate: (error) =>
        isDuplicateKey(error, "uq_application_one_open")
          ? conflict(oneOpenApplication(organism.name, instance.name, campaign.certificationCode))
          : undefined,
      reread: (created) => this.reread(ctx, created.id),
    });
  }

  /** Filing issues the receipt and means accepting the convention. */
  file(ctx: RequestContext, id: number) {
    return this.step(ctx, id, "FILE", async (application) => {
      const today = ctx.clock.today();
      const instance = await this.instances.byId(ctx, application.instanceId);
      return {
        values: { filedOn: today, receiptNumber: receiptNumber(instance.code, today, application.id) },
        reason: "Dépôt valant acceptation de la convention ; récépissé délivré.",
      };
    });
  }

  /** An incomplete file may get a request for complement. */
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

  /** Only a complete file is instructed, for a deciding meeting of its campaign that leaves time for the opinion. */
  startInstruction(ctx: RequestContext, id: number, meetingId: number) {
    return this.step(ctx, id, "START_INSTRUCTION", async (application) => {
      const meeting = await this.meetingOfCampaign(ctx, application, meetingId);
      const problem = checkMeetingForInstruction(meeting.meetsOn, ctx.clock.today());
      if (problem) throw badInput(problem);
      return { values: { meetingId: meeting.id }, reason: `Réunion de décision du ${meeting.meetsOn}` };
    });
  }

  /** A file that cannot get its opinion in time moves to a later meeting of its campaign; a set audition is dropped. */
  reschedule(ctx: RequestContext, id: number, meetingId: number) {
    return this.step(ctx, id, "RESCHEDULE", async (application) => {
      const meeting = await this.meetingOfCampaign(ctx, application, meetingId);
      const current = (await applicationLoaders(ctx).meetingById.load(application.meetingId!))!;
      if (meeting.meetsOn <= current.meetsOn) throw badInput(`Choisissez une réunion postérieure à celle du ${current.meetsOn}.`);
      const problem = checkMeetingForInstruction(meeting.meetsOn, ctx.clock.today());
      if (problem) throw badInput(problem);
      return {
        values: { meetingId: meeting.id, auditionOn: null, convocationOn: null },
        reason: `Reportée de la réunion du ${current.meetsOn} à celle du ${meeting.meetsOn}`,
      };
    });
  }

  /** The convocation is sent at least 8 working days before the audition, itself before the opinion. */
  scheduleAudition(ctx: RequestContext, id: number, auditionOn: string) {
    requireDate(auditionOn, "auditionOn");
    return this.step(ctx, id, "SCHEDULE_AUDITION", async (application) => {
      const today = ctx.clock.today();
      const timing = checkAuditionConvocation(today, auditionOn);
      if (!timing.ok) throw badInput(timing.reason);
      const meeting = (await applicationLoaders(ctx).meetingById.load(application.meetingId!))!;
      const deadline = opinionDeadline(meeting.meetsOn);
      if (auditionOn > deadline) {
        throw badInput(`L'audition doit avoir lieu avant que l'avis soit arrêté, au plus tard le ${deadline} (5 jours ouvrés avant la réunion du ${meeting.meetsOn}).`);
      }
      return { values: { auditionOn, convocationOn: today }, reason: `Audition le ${auditionOn}, convocation du ${today}` };
    });
  }

  /** Reasoned criterion by criterion, settled at least 5 working days before the meeting, after the audition. */
  issueOpinion(ctx: RequestContext, id: number, assessments: CriterionAssessmentInput[]) {
    return this.step(ctx, id, "ISSUE_OPINION", async (application) => {
      const today = ctx.clock.today();
      const criteria = await this.criteria(ctx, application.instanceId);
      const check = checkOpinion(criteria, assessments);
      if (!check.ok) throw badInput(check.reason, { problems: check.problems });
      return {
        values: { opinionOn: today },
        reason: check.allMet ? "Avis favorable sur tous les critères" : `Avis défavorable sur ${count(check.unmet.length, "critère")}`,
        also: (manager, app) => this.saveAssessments(manager, app.id, "OPINION", criteria, assessments),
      };
    });
  }

  /** The Instance decides at its meeting; accepted only if every criterion is met. */
  decide(ctx: RequestContext, id: number, outcome: "ACCEPT" | "REFUSE", assessments: CriterionAssessmentInput[], durationMonths: number | null) {
    return this.step(ctx, id, outcome === "ACCEPT" ? "DECIDE_ACCEPT" : "DECIDE_REFUSE", async (application) => {
      const meeting = (await applicationLoaders(ctx).meetingById.load(application.meetingId!))!;
      const instance = await this.instances.byId(ctx, application.instanceId);
      const criteria = await this.criteria(ctx, application.instanceId);
      const check = checkDecision({ outcome, instanceKind: instance.kind, professionalField: application.professionalField, criteria, assessments });
      if (!check.ok) throw badInput(check.reason);
      const duration = grantedDuration(outcome, durationMonths);
      if (!duration.ok) throw badInput(duration.reason);
      return {
        values: { decidedOn: meeting.meetsOn, durationMonths: duration.months },
        reason: check.outcome === "REFUSE" ? check.grounds.map((g) => `${g.label} : ${g.reason}`).join(" ; ") : "Tous les critères sont satisfaits",
        also: (manager, app) => this.saveAssessments(manager, app.id, "DECISION", criteria, assessments),
      };
    });
  }

  /** Notification starts the habilitation (acceptance) or the appeal period (refusal); a decision on appeal is notified too. */
  notify(ctx: RequestContext, id: number) {
    return this.step(ctx, id, "NOTIFY", async (application) => {
      const today = ctx.clock.today();
      const accepted = application.status === "DECIDED_ACCEPTED" || application.status === "APPEAL_UPHELD";
      const onAppeal = application.status === "APPEAL_UPHELD" || application.status === "APPEAL_DISMISSED";
      // A late notification is still the notification: it is made, and the journal says it was late.
      const due = pendingStep(await this.dates(ctx, application))?.dueOn;
      const late = due !== undefined && today > due ? ` (hors délai : due le ${due})` : "";
      return {
        values: onAppeal ? { appealNotifiedOn: today } : { notifiedOn: today },
        reason: (accepted
          ? "Habilitation accordée pour 3 ans à compter de ce jour"
          : onAppeal
            ? "Rejet du recours notifié"
            : "Refus notifié avec les voies de recours") + late,
        also: accepted ? (manager, app) => this.habilitations.grant(manager, app, today) : undefined,
      };
    });
  }

  /** Within 30 working days of the refusal's notification; it contests the decision's arguments. */
  appeal(ctx: RequestContext, id: number, grounds: string) {
    const text = requireText(grounds, "Motifs du recours", 4000);
    return this.step(ctx, id, "APPEAL", async () => ({ values: { appealFiledOn: ctx.clock.today(), appealGrounds: text }, reason: text }));
  }

  /** Acknowledged within 10 working days of receipt. */
  acknowledgeAppeal(ctx: RequestContext, id: number) {
    return this.step(ctx, id, "ACKNOWLEDGE_APPEAL", async () => ({ values: { appealAcknowledgedOn: ctx.clock.today() } }));
  }

  /** The appeal is examined for a meeting of the Instance, where it is decided. */
  scheduleAppealDecision(ctx: RequestContext, id: number, meetingId: number) {
    return this.step(ctx, id, "SCHEDULE_APPEAL_DECISION", async (application) => {
      const meeting = (await this.instanceMeetings(ctx, application)).find((m) => m.id === meetingId);
      if (!meeting) throw notFound(`Réunion ${meetingId} de l'Instance pour ${application.certificationCode}`);
      const problem = checkAppealMeeting(application.appealAcknowledgedOn, meeting.meetsOn, ctx.clock.today());
      if (problem) throw badInput(problem);
      return { values: { appealMeetingId: meeting.id }, reason: `Recours inscrit à la réunion du ${meeting.meetsOn}` };
    });
  }

  /** The Instance decides on the appeal at the meeting it was put to. */
  decideAppeal(ctx: RequestContext, id: number, upheld: boolean, reason: string) {
    const text = requireText(reason, "Motif de la décision sur recours");
    return this.step(ctx, id, upheld ? "DECIDE_APPEAL_UPHOLD" : "DECIDE_APPEAL_DISMISS", async (application) => {
      const meeting = (await applicationLoaders(ctx).meetingById.load(application.appealMeetingId!))!;
      return { values: { appealDecidedOn: meeting.meetsOn, ...(upheld ? { durationMonths: HABILITATION_MONTHS } : {}) }, reason: text };
    });
  }

  /** After a refusal, the new application states what changed for each criterion the refusal named. */
  async stateChanges(ctx: RequestContext, id: number, changes: StatedChangeInput[]) {
    const application = await this.get(ctx, id);
    if ((await actorKindFor(ctx, application)) !== "ORGANISM") throw forbidden("Seul le candidat, ou son mandataire, décrit ce qui a changé depuis le refus.");
    if (application.status !== "DRAFT") throw badInput("Les changements se décrivent avant le dépôt de la demande.");
    const checked = checkStatedChanges(await this.refusedCriteria(ctx, application), changes);
    if (!checked.ok) throw badInput(checked.message);
    const instance = await this.instances.byId(ctx, application.instanceId);
    return this.writes.run(ctx, {
      check: { entity: ApplicationEntity, id: application.id, rowVersion: application.rowVersion },
      work: async (manager) => {
        await manager.delete(ApplicationChangeEntity, { applicationId: application.id });
        await manager.insert(
          ApplicationChangeEntity,
          checked.value.map((c) => ({ applicationId: application.id, criterionCode: c.code, criterionLabel: c.label, description: c.description })),
        );
      },
      journal: entry(application, instance, "CHANGES_SINCE_REFUSAL_STATED", "DRAFT", "DRAFT", checked.value.map((c) => c.code).join(", ")),
      reread: () => this.reread(ctx, application.id),
    });
  }

  /** The criteria the candidate's last refusal by this Instance found unmet. */
  async refusedCriteria(ctx: RequestContext, application: ApplicationEntity): Promise<RefusedCriterion[]> {
    const refusal = await applicationLoaders(ctx).previousRefusalByApplication.load(application.id);
    return (refusal?.criteria ?? []).map((c) => ({ code: c.criterionCode, label: c.criterionLabel }));
  }

  withdraw(ctx: RequestContext, id: number) {
    return this.step(ctx, id, "WITHDRAW", async () => ({ reason: "Retrait de la demande par le candidat" }));
  }

  /** The step the file waits for, its due date and whether it is overdue today. */
  async pendingStep(ctx: RequestContext, application: ApplicationEntity) {
    const step = pendingStep(await this.dates(ctx, application));
    return step ? { ...step, overdue: step.dueOn < ctx.clock.today() } : null;
  }

  /** What the caller may do now with the file: each action offered succeeds if called now with valid input. */
  async allowedActions(ctx: RequestContext, application: ApplicationEntity): Promise<ApplicationAction[]> {
    const kind = await actorKindFor(ctx, application);
    if (!kind) return [];
    const possible = allowedByTheMachine(application.status, kind);
    if (possible.length === 0) return [];
    const facts = await this.facts(ctx, application);
    return possible.filter((action) => whyNot(action, facts) === null);
  }

  /** The dates the deadlines of a file run from. */
  private async dates(ctx: RequestContext, application: ApplicationEntity) {
    const loaders = applicationLoaders(ctx);
    const [instance, campaign, meeting, appealMeeting] = await Promise.all([
      this.instances.byId(ctx, application.instanceId),
      loaders.campaignById.load(application.campaignId),
      application.meetingId ? loaders.meetingById.load(application.meetingId) : undefined,
      application.appealMeetingId ? loaders.meetingById.load(application.appealMeetingId) : undefined,
    ]);
    const appealCampaign = appealMeeting ? await loaders.campaignById.load(appealMeeting.campaignId) : undefined;
    return {
      ...application,
      instanceKind: instance.kind,
      meetingOn: meeting?.meetsOn ?? null,
      notificationWorkingDays: campaign?.notificationWorkingDays ?? null,
      appealMeetingOn: appealMeeting?.meetsOn ?? null,
      appealNotificationWorkingDays: appealCampaign?.notificationWorkingDays ?? null,
    };
  }

  /** What the timing rules need to know of a file today, loaded for the actions its state allows. */
  private async facts(ctx: RequestContext, application: ApplicationEntity): Promise<ApplicationFacts> {
    const loaders = applicationLoaders(ctx);
    const dates = await this.dates(ctx, application);
    const base = { ...dates, today: ctx.clock.today(), status: application.status };
    switch (application.status) {
      case "DRAFT": {
        const [campaign, establishments, refused, changes] = await Promise.all([
          loaders.campaignById.load(application.campaignId),
          organismLoaders(ctx).establishmentsByOrganism.load(application.organismId),
          this.refusedCriteria(ctx, application),
          loaders.changesByApplication.load(application.id),
        ]);
        return {
          ...base,
          campaign,
          openSites: establishments.filter((e) => e.registeredUntil === null).length,
          reapplication: refused.length ? { refused, stated: changes.map((c) => c.criterionCode) } : null,
        };
      }
      case "COMPLETE":
      case "UNDER_INSTRUCTION":
      case "AUDITION_SCHEDULED":
        return { ...base, campaignMeetings: (await loaders.meetingsByCampaign.load(application.campaignId)).map((m) => m.meetsOn) };
      case "APPEALED":
        return { ...base, instanceMeetings: (await this.instanceMeetings(ctx, application)).map((m) => m.meetsOn) };
      default:
        return base;
    }
  }

  private instanceMeetings(ctx: RequestContext, application: ApplicationEntity) {
    return applicationLoaders(ctx).meetingsOfInstance.load(`${application.instanceId}:${application.certificationCode}`);
  }

  private async meetingOfCampaign(ctx: RequestContext, application: ApplicationEntity, meetingId: number) {
    const meeting = await applicationLoaders(ctx).meetingById.load(meetingId);
    if (!meeting || meeting.campaignId !== application.campaignId) throw notFound(`Réunion ${meetingId} de la campagne de cette demande`);
    return meeting;
  }

  /** Checks who may act and from which state, then writes the step in one transaction. */
  private async step(ctx: RequestContext, id: number, action: ApplicationAction, prepare: (application: ApplicationEntity) => Promise<Step>) {
    const application = await this.get(ctx, id);
    const kind = await actorKindFor(ctx, application);
    if (!kind) throw forbidden("Ce dossier relève d'un autre organisme ou d'une autre Instance.");
    const move = transition(application.status, action, kind);
    if (!move.ok) throw move.code === "NOT_PERMITTED" ? forbidden(move.reason) : badInput(move.reason);
    const notNow = whyNot(action, await this.facts(ctx, application));
    if (notNow) throw badInput(notNow);
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
    const instance = await this.instances.byId(ctx, application.instanceId);
    const pending = pendingStep(await this.dates(ctx, next));
    return this.writes.run(ctx, {
      check: {
        entity: ApplicationEntity,
        id: application.id,
        rowVersion: application.rowVersion,
        values: { ...values, nextDueOn: pending?.dueOn ?? null, nextDueRule: pending?.rule ?? null },
      },
      work: async (manager) => {
        await also?.(manager, next);
      },
      journal: entry(application, instance, action, from, to, reason),
      onDuplicate: (error) =>
        isDuplicateKey(error, "uq_application_one_open")
          ? conflict(`Une autre demande de l'organisme auprès de ${instance.name} est en cours pour ${application.certificationCode} : une seule demande ouverte à la fois (HAB-2). Retirez-la, ou attendez qu'elle soit décidée, avant cette action.`)
          : undefined,
      reread: () => this.reread(ctx, application.id),
    });
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

  private async reread(ctx: RequestContext, id: number): Promise<ApplicationEntity> {
    const reloaded = await applicationLoaders(ctx).applicationById.load(id);
    if (!reloaded) throw new AppError("INTERNAL_SERVER_ERROR", "Demande introuvable après écriture.");
    return reloaded;
  }
}

function entry(application: ApplicationEntity, instance: InstanceEntity, action: string, from: string | null, to: string | null, reason: string | null): JournalRecord {
  return { subjectType: "APPLICATION", subjectId: application.id, subjectInstanceCode: instance.code, action, fromState: from, toState: to, reason };
}
