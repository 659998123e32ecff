import { In, type DataSource, type EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import type { JournalRecord, UnitOfWork } from "../common/db/unit-of-work";
import type { HabilitationService } from "../habilitations/habilitation.service";
import type { InstanceService } from "../instances/instance.service";
import { organismLoaders } from "../organisms/organism.loaders";
import { organismBySiren } from "../organisms/organism.queries";
import type { CandidateFacts } from "./candidate-facts";
import { AccommodationEntity, CandidateEntity, CandidateIdentityEntity, TrainingEntity } from "./candidate.entity";
import type { CandidateService } from "./candidate.service";
import { AnonymisedResultEntity, CertificateEntity, ResultsRequestEntity } from "./certificate.entity";
import type { CertificateService } from "./certificate.service";
import type { DestructionReportType, ErasureReportType } from "./certificate.types";
import { candidateLine, decided } from "./decided";
import {
  EvaluationAssessmentEntity,
  EvaluationEntity,
  EvaluationEvaluatorEntity,
  EvaluationSittingEntity,
  RemoteEvaluationEntity,
  RemoteSynchronousPhaseEntity,
} from "./evaluation.entity";
import { evaluationLoaders } from "./evaluation.loaders";
import type { EvaluationService } from "./evaluation.service";
import { JuryDecisionEntity, JuryDepartureEntity, JuryMemberEntity } from "./jury.entity";
import { checkDestruction, checkErasure, ERASED_DATA, KEPT_DATA } from "./rules/erasure";
import { pathStatus } from "./rules/path";
import { processingRegister } from "./rules/processing-register";

/** GDPR-1: the register of processing, access and portability, erasure, and the destruction Certif Pro instructs. */
export class PersonalDataService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly sources: { habilitations: HabilitationService; instances: InstanceService; candidates: CandidateService; evaluations: EvaluationService; certificates: CertificateService },
  ) {}

  /** GDPR-1: the organism's register of processing: public, it holds no personal data. */
  async register(ctx: RequestContext, siren: string) {
    const organism = await organismBySiren(ctx, siren);
    return processingRegister({ name: organism.name, siren: organism.siren });
  }

  /** GDPR-1: access and portability: everything held on the person, machine-readable; the answer is journaled. */
  async export(ctx: RequestContext, candidateId: number): Promise<Record<string, unknown>> {
    const { candidates, evaluations, certificates } = this.sources;
    const candidate = await candidates.get(ctx, candidateId);
    const facts = await candidates.facts(ctx, candidate);
    const loaders = evaluationLoaders(ctx);
    const [identity, organism, trainings, accommodations, evaluationViews, certificate, requests, decisions] = await Promise.all([
      loaders.identityByCandidate.load(candidateId),
      organismLoaders(ctx).organismById.load(candidate.organismId),
      loaders.trainingsByCandidate.load(candidateId),
      loaders.accommodationsByCandidate.load(candidateId),
      evaluations.ofCandidate(ctx, candidateId),
      loaders.certificateByCandidate.load(candidateId),
      certificates.requestsOfCandidate(ctx, candidateId),
      Promise.all(facts.juryDecisions.map(async (d) => ({ ...d, members: await loaders.membersByDecision.load(d.id), departures: await loaders.departuresByDecision.load(d.id) }))),
    ]);
    const document = {
      exportedOn: ctx.clock.today(),
      controller: { siren: organism!.siren, name: organism!.name },
      person: identity && { lastName: identity.lastName, firstNames: identity.firstNames, birthDate: identity.birthDate, email: identity.email, postalAddress: identity.postalAddress },
      enrolment: {
        reference: candidate.reference,
        certification: candidate.certificationCode,
        referentialVersion: facts.referential.version.version,
        context: candidate.contextInstanceId === null ? null : (await this.sources.instances.byId(ctx, candidate.contextInstanceId)).code,
        deliveredInNameOf: facts.certifier.name,
        enrolledOn: candidate.enrolledOn,
        purposeStated: !!candidate.purposeStated,
        disabilityReferentGiven: !!candidate.disabilityReferentGiven,
        status: candidate.status,
        resultsCommunicatedOn: candidate.resultsCommunicatedOn,
        restrictedSince: candidate.restrictedSince,
        objectedSince: candidate.objectedSince,
      },
      accommodations: accommodations.map(({ kind, description, extraMinutes }) => ({ kind, description, extraMinutes })),
      trainings: trainings.map(({ trainerName, startsOn }) => ({ trainer: trainerName, startsOn })),
      evaluations: evaluationViews.map(({ id: _id, candidateId: _candidate, ...evaluation }) => evaluation),
      juryDecisions: decisions.map((d) => ({
        outcome: d.outcome,
        decidedOn: d.decidedOn,
        validatedDomains: d.validatedDomains ? d.validatedDomains.split(",") : [],
        reason: d.reason,
        minutes: d.minutes,
        members: d.members.map((m) => m.fullName),
        departures: d.departures.map(({ domainCode, reason }) => ({ domainCode, reason })),
      })),
      certificate: certificate && {
        number: certificate.number,
        verificationCode: certificate.verificationCode,
        deliveredOn: certificate.deliveredOn,
        deliveredInNameOf: certificate.deliveredInNameOf,
        format: certificate.format,
        revokedOn: certificate.revokedOn,
      },
      resultsRequests: requests.map(({ id: _id, candidateId: _candidate, organism: _organism, rowVersion: _version, ...request }) => request),
    };
    return this.writes.run(ctx, {
      journal: candidateLine(candidate, facts.certifier.code, "PERSONAL_DATA_EXPORTED", "Accès et portabilité : export de toutes les données détenues sur la personne."),
      reread: async () => document,
    });
  }

  /** GDPR-1: the person's data erased, except the certificate's verification stub and anonymised results; journaled. */
  async erase(ctx: RequestContext, candidateId: number, rowVersion: number): Promise<ErasureReportType> {
    const facts = await this.sources.candidates.current(ctx, candidateId, rowVersion);
    const requests = await evaluationLoaders(ctx).resultsRequestsByCandidate.load(candidateId);
    const plan = decided(checkErasure({ openResultsRequests: requests.filter((r) => r.status === "OPEN").length, pathOpen: facts.candidate.status === "OPEN" }));
    const certificate = await evaluationLoaders(ctx).certificateByCandidate.load(candidateId);
    const today = ctx.clock.today();
    return this.writes.run(ctx, {
      check: { entity: CandidateEntity, id: candidateId, rowVersion },
      work: (manager) => eraseCandidates(manager, [facts], "ERASURE", today),
      journal: candidateLine(facts.candidate, facts.certifier.code, "CANDIDATE_ERASED", `Effacement à la demande de la personne${certificate ? ` ; talon du certificat ${certificate.number} conservé` : ""}.`, "ERASED"),
      reread: async () => ({ erased: [...plan.erased], kept: [...plan.kept], endedPath: plan.endsPath, certificateNumber: certificate?.number ?? null }),
    });
  }

  /**
   * GDPR-1, convention IV.7: at the end of the habilitation or on its withdrawal, Certif Pro instructs the destruction of
   * the organism's candidates' data under it: one transaction; people carried to the end after a renunciation (HAB-6)
   * are deferred until their path closes, and a later instruction destroys them.
   */
  async destroy(ctx: RequestContext, habilitationId: number): Promise<DestructionReportType> {
    const today = ctx.clock.today();
    const { habilitations, instances, candidates } = this.sources;
    const habilitation = await habilitations.get(ctx, habilitationId);
    const rows = await this.db.getRepository(CandidateEntity).findBy({ habilitationId });
    const facts = await Promise.all(rows.map((row) => candidates.facts(ctx, row)));
    const closed = (f: CandidateFacts) => f.candidate.status !== "OPEN" || pathStatus(f.referential.evaluated, f.recorded, today).lapsed;
    const instructedBy = await instances.byId(ctx, ctx.actor!.instanceId!);
    const plan = decided(
      checkDestruction({
        instructedBy,
        habilitation: await habilitations.record(ctx, habilitation),
        candidates: facts.map((f) => ({ id: f.candidate.id, enrolledOn: f.candidate.enrolledOn, pathClosed: closed(f) })),
        today,
      }),
    );
    const destroyed = facts.filter((f) => plan.destroyed.includes(f.candidate.id));
    const deferred = facts.filter((f) => plan.deferred.includes(f.candidate.id)).map((f) => ({ candidateId: f.candidate.id, enrolledOn: f.candidate.enrolledOn }));
    const certificatesKept = destroyed.length
      ? await this.db.getRepository(CertificateEntity).countBy({ candidateId: In(destroyed.map((f) => f.candidate.id)) })
      : 0;
    const certifier = await instances.byId(ctx, habilitation.instanceId);
    return this.writes.run(ctx, {
      check: destroyed.map((f) => ({ entity: CandidateEntity, id: f.candidate.id, rowVersion: f.candidate.rowVersion })),
      work: (manager) => eraseCandidates(manager, destroyed, "DESTRUCTION", today),
      journal: [
        {
          subjectType: "HABILITATION",
          subjectId: habilitationId,
          subjectInstanceCode: certifier.code,
          action: "CANDIDATE_DATA_DESTROYED",
          reason: `Destruction des données des candidats sur instruction de Certif Pro : ${destroyed.length} détruit(s), ${deferred.length} différé(s) jusqu'au terme de leur parcours, ${certificatesKept} talon(s) de certificat conservé(s).`,
        },
        ...destroyed.map((f): JournalRecord => candidateLine(f.candidate, certifier.code, "CANDIDATE_ERASED", `Destruction sur instruction de Certif Pro (habilitation ${habilitationId}).`, "ERASED")),
      ],
      reread: async () => ({ destroyed: destroyed.length, deferred, certificatesKept, erased: [...ERASED_DATA], kept: [...KEPT_DATA] }),
    });
  }
}

/**
 * Removes every row of the candidates, a statement per table whatever their number: anonymised results are kept for
 * statistics, the certificates' stubs and the certifier's requests lose their link to the person.
 */
async function eraseCandidates(manager: EntityManager, facts: readonly CandidateFacts[], cause: "ERASURE" | "DESTRUCTION", today: string): Promise<void> {
  if (facts.length === 0) return;
  const ids = facts.map((f) => f.candidate.id);
  await manager.insert(
    AnonymisedResultEntity,
    facts.map((f) => ({
      organismId: f.candidate.organismId,
      habilitationId: f.candidate.habilitationId,
      certificationCode: f.candidate.certificationCode,
      referentialVersion: f.referential.version.version,
      contextInstanceId: f.candidate.contextInstanceId,
      enrolmentYear: Number(f.candidate.enrolledOn.slice(0, 4)),
      validatedDomains: pathStatus(f.referential.evaluated, f.recorded, today).validatedDomains.join(","),
      juryOutcome: f.juryDecisions.at(-1)?.outcome ?? null,
      cause,
      recordedOn: today,
    })),
  );
  await manager.update(CertificateEntity, { candidateId: In(ids) }, { candidateId: null });
  await manager.update(ResultsRequestEntity, { candidateId: In(ids) }, { candidateId: null });
  const evaluationIds = facts.flatMap((f) => f.evaluations.map((e) => e.id));
  if (evaluationIds.length) {
    for (const entity of [EvaluationAssessmentEntity, EvaluationSittingEntity, EvaluationEvaluatorEntity, RemoteSynchronousPhaseEntity, RemoteEvaluationEntity]) {
      await manager.delete(entity, { evaluationId: In(evaluationIds) });
    }
    await manager.delete(EvaluationEntity, { id: In(evaluationIds) });
  }
  const decisionIds = facts.flatMap((f) => f.juryDecisions.map((d) => d.id));
  if (decisionIds.length) {
    await manager.delete(JuryMemberEntity, { juryDecisionId: In(decisionIds) });
    await manager.delete(JuryDepartureEntity, { juryDecisionId: In(decisionIds) });
    await manager.delete(JuryDecisionEntity, { id: In(decisionIds) });
  }
  for (const entity of [TrainingEntity, AccommodationEntity, CandidateIdentityEntity]) await manager.delete(entity, { candidateId: In(ids) });
  await manager.delete(CandidateEntity, { id: In(ids) });
}
