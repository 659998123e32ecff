import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { ApplicationAssessmentEntity, ApplicationEntity } from "../../src/applications/application.entity";
import { CampaignEntity, MeetingEntity } from "../../src/applications/campaign.entity";
import { CONVENTION_CRITERIA } from "../../src/applications/rules/opinion";
import { ContextualisationEntity } from "../../src/contextualisations/contextualisation.entity";
import { AccommodationEntity, CandidateEntity, CandidateIdentityEntity, TrainingEntity } from "../../src/evaluations/candidate.entity";
import { CertificateEntity, CertificateSequenceEntity, ResultsRequestEntity } from "../../src/evaluations/certificate.entity";
import { EvaluationAssessmentEntity, EvaluationEntity, EvaluationEvaluatorEntity, EvaluationSittingEntity } from "../../src/evaluations/evaluation.entity";
import { JuryDecisionEntity, JuryMemberEntity } from "../../src/evaluations/jury.entity";
import { deliveredInNameOf } from "../../src/evaluations/rules/certificate";
import { formatCertificateNumber, VERIFICATION_RANDOM_BYTES, verificationCodeFromBytes } from "../../src/evaluations/rules/certificate-number";
import { holderInitials } from "../../src/evaluations/rules/public-verification";
import { HabilitationEntity } from "../../src/habilitations/habilitation.entity";
import { InstanceEntity } from "../../src/instances/instance.entity";
import { UserEntity } from "../../src/instances/user.entity";
import { IntervenantEntity } from "../../src/organisms/intervenant.entity";
import { MandataireEntity, MandateEntity } from "../../src/organisms/mandataire.entity";
import { OrganismContactEntity } from "../../src/organisms/organism-contact.entity";
import { OrganismEntity } from "../../src/organisms/organism.entity";
import { ReferentialItemEntity } from "../../src/referentials/referential-item.entity";
import { ReferentialVersionEntity } from "../../src/referentials/referential-version.entity";

/**
 * Two organisms that evaluate, their people and paths: Delta under Certif Pro, Epsilon under the CPNE Propreté's
 * contextualised referential. Invented people, @example.org addresses. Every step can be tried from here.
 */

export const DELTA = "720000017";
export const EPSILON = "720000025";

export const demoEvaluationUsers = [
  { email: "admin@organisme-delta.demo", displayName: "Administratrice Delta", role: "ORGANISM_ADMIN" as const, organismSiren: DELTA },
  { email: "admin@organisme-epsilon.demo", displayName: "Administrateur Epsilon", role: "ORGANISM_ADMIN" as const, organismSiren: EPSILON },
  { email: "mandataire@conseil-zeta.demo", displayName: "Mandataire Zêta", role: "MANDATAIRE" as const, mandataire: "Conseil Zêta" },
];

const organisms = [
  {
    siren: DELTA,
    name: "Organisme Delta Évaluation",
    legalForm: "SARL",
    declarationNumber: "11755556675",
    contact: { fullName: "Agnès Roy", email: "agnes.roy@organisme-delta.demo", phone: "01 45 00 00 04", functionTitle: "Directrice" },
    intervenants: [
      { fullName: "Claire Dubois", evaluator: false, trainer: true, qualifications: "Formatrice en management d'équipe, 10 ans d'expérience", remoteReady: false },
      { fullName: "Marc Petit", evaluator: true, trainer: false, qualifications: "Évaluateur certifié, évaluation à distance", remoteReady: true },
      { fullName: "Inès Moreau", evaluator: true, trainer: false, qualifications: "Consultante en ressources humaines", remoteReady: false },
      { fullName: "Samuel Girard", evaluator: true, trainer: true, qualifications: "Formateur et évaluateur, titre professionnel FPA", remoteReady: false },
    ],
    habilitation: {
      instance: "CERTIF_PRO",
      campaign: { name: "Campagne 2025 (évaluations)", opensOn: "2025-01-06", closesOn: "2025-03-28", meetsOn: "2025-04-15" },
      filedOn: "2025-02-03",
      opinionOn: "2025-04-04",
      notifiedOn: "2025-04-22",
    },
  },
  {
    siren: EPSILON,
    name: "Organisme Epsilon Propreté",
    legalForm: "SAS",
    declarationNumber: "84691234570",
    contact: { fullName: "Yves Caron", email: "yves.caron@organisme-epsilon.demo", phone: null, functionTitle: "Responsable pédagogique" },
    intervenants: [
      { fullName: "Léa Garnier", evaluator: true, trainer: false, qualifications: "Évaluatrice, ancienne cheffe d'équipe en propreté", remoteReady: true },
      { fullName: "Paul Renaud", evaluator: false, trainer: true, qualifications: "Formateur des métiers de la propreté", remoteReady: false },
    ],
    habilitation: {
      instance: "CPNE_PROPRETE",
      campaign: { name: "Campagne propreté 2025 (évaluations)", opensOn: "2025-01-06", closesOn: "2025-03-28", meetsOn: "2025-04-08" },
      filedOn: "2025-02-10",
      opinionOn: "2025-03-28",
      notifiedOn: "2025-04-14",
    },
  },
];

interface DemoPath {
  organism: string;
  reference: string;
  person: { lastName: string; firstNames: string; birthDate: string; email: string | null; postalAddress: string | null };
  enrolledOn: string;
  accommodation?: { kind: string; description: string; extraMinutes: number | null };
  /** Competences left unacquired by the preliminary evaluation, acquired by the final one. */
  preliminary?: { heldOn: string; evaluator: string; notAcquired: string[] };
  training?: { trainer: string; startsOn: string };
  final?: { heldOn: string; evaluator: string };
  jury?: { decidedOn: string; members: { intervenant?: string; outside?: string }[]; format: "PAPER" | "PDF"; communicatedOn: string };
  contest?: { sentOn: string; receivedOn: string };
}

const paths: DemoPath[] = [
  {
    organism: DELTA,
    reference: "DELTA-2025-001",
    person: { lastName: "Lefèvre", firstNames: "Éloïse", birthDate: "1990-04-01", email: "eloise.lefevre@example.org", postalAddress: null },
    enrolledOn: "2025-05-05",
    preliminary: { heldOn: "2025-05-19", evaluator: "Marc Petit", notAcquired: [] },
    jury: { decidedOn: "2025-06-02", members: [{ intervenant: "Inès Moreau" }, { outside: "Hélène Faure" }], format: "PDF", communicatedOn: "2025-06-04" },
  },
  {
    organism: DELTA,
    reference: "DELTA-2025-002",
    person: { lastName: "Martin", firstNames: "Jean-Pierre", birthDate: "1985-11-12", email: null, postalAddress: "4 rue des Lilas, 69003 Lyon" },
    enrolledOn: "2025-09-08",
    preliminary: { heldOn: "2025-09-22", evaluator: "Marc Petit", notAcquired: ["3-2"] },
    training: { trainer: "Claire Dubois", startsOn: "2025-10-01" },
    final: { heldOn: "2025-11-17", evaluator: "Inès Moreau" },
    jury: { decidedOn: "2025-11-24", members: [{ intervenant: "Inès Moreau" }, { outside: "Hélène Faure" }], format: "PAPER", communicatedOn: "2025-11-26" },
  },
  {
    organism: DELTA,
    reference: "DELTA-2026-003",
    person: { lastName: "Nguyen", firstNames: "Sofia", birthDate: "1998-02-20", email: "sofia.nguyen@example.org", postalAddress: null },
    enrolledOn: "2026-09-07",
    accommodation: { kind: "DURATION", description: "Tiers-temps sur chaque séquence", extraMinutes: 60 },
  },
  {
    organism: EPSILON,
    reference: "EPSILON-2025-001",
    person: { lastName: "Benali", firstNames: "Karim", birthDate: "1979-07-30", email: "karim.benali@example.org", postalAddress: null },
    enrolledOn: "2025-05-12",
    preliminary: { heldOn: "2025-05-26", evaluator: "Léa Garnier", notAcquired: ["2-2"] },
    training: { trainer: "Paul Renaud", startsOn: "2025-06-02" },
    final: { heldOn: "2025-09-15", evaluator: "Léa Garnier" },
    jury: { decidedOn: "2025-09-22", members: [{ intervenant: "Léa Garnier" }, { outside: "Hélène Faure" }], format: "PDF", communicatedOn: "2025-09-24" },
    contest: { sentOn: "2025-10-10", receivedOn: "2025-10-13" },
  },
];

/** Idempotent: nothing is written once Delta exists. Returns the accounts, whose tokens are printed on start. */
export async function loadDemoEvaluations(manager: EntityManager): Promise<typeof demoEvaluationUsers> {
  if (await manager.findOneBy(OrganismEntity, { siren: DELTA })) return demoEvaluationUsers;
  const instanceByCode = async (code: string) => manager.findOneByOrFail(InstanceEntity, { code });
  const habilitations = new Map<string, { habilitation: HabilitationEntity; certifier: InstanceEntity; organismId: number; intervenants: Map<string, number> }>();

  for (const demo of organisms) {
    const organism = await manager.save(OrganismEntity, { siren: demo.siren, name: demo.name, legalForm: demo.legalForm, declarationNumber: demo.declarationNumber, qualiopiCertified: true, qualiopiSince: "2022-03-01", rowVersion: 1 });
    await manager.insert(OrganismContactEntity, { ...demo.contact, organismId: organism.id, updatedOn: "2025-01-06", changedOn: "2025-01-06" });
    const intervenants = new Map<string, number>();
    for (const intervenant of demo.intervenants) intervenants.set(intervenant.fullName, (await manager.save(IntervenantEntity, { ...intervenant, organismId: organism.id })).id);
    const certifier = await instanceByCode(demo.habilitation.instance);
    const habilitation = await habilitate(manager, organism.id, certifier, demo.habilitation);
    habilitations.set(demo.siren, { habilitation, certifier, organismId: organism.id, intervenants });
  }
  const mandataire = await manager.save(MandataireEntity, { name: "Conseil Zêta", siren: "720000033" });
  await manager.insert(MandateEntity, { mandataireId: mandataire.id, organismId: habilitations.get(DELTA)!.organismId, proofReference: "Mandat signé le 6 janvier 2025", validFrom: "2025-01-06", validUntil: null });
  for (const user of demoEvaluationUsers) {
    const organismId = "organismSiren" in user && user.organismSiren ? habilitations.get(user.organismSiren)!.organismId : null;
    await manager.insert(UserEntity, { email: user.email, displayName: user.displayName, role: user.role, instanceId: null, organismId, mandataireId: "mandataire" in user ? mandataire.id : null, active: true });
  }

  const recorder = await manager.findOneByOrFail(UserEntity, { email: "admin@organisme-delta.demo" });
  let sequence = 0;
  for (const path of paths) {
    const { habilitation, certifier, organismId, intervenants } = habilitations.get(path.organism)!;
    const contextualisation = habilitation.contextualisationId === null ? null : await manager.findOneByOrFail(ContextualisationEntity, { id: habilitation.contextualisationId });
    const version = contextualisation
      ? await manager.findOneByOrFail(ReferentialVersionEntity, { id: contextualisation.baseVersionId })
      : await manager.findOneByOrFail(ReferentialVersionEntity, { certificationCode: "CLEA_MANAGEMENT", version: "2023-02-14" });
    const items = await manager.findBy(ReferentialItemEntity, { referentialVersionId: version.id });
    const criteriaOf = (competence: string) => items.filter((item) => item.parentCode === competence && item.kind === "CRITERION").map((item) => item.code);
    const competences = items.filter((item) => item.kind === "COMPETENCE").map((item) => item.code);
    const awarded = path.jury !== undefined;
    const candidate = await manager.save(CandidateEntity, {
      organismId,
      reference: path.reference,
      habilitationId: habilitation.id,
      certificationCode: "CLEA_MANAGEMENT",
      referentialVersionId: version.id,
      contextualisationId: contextualisation?.id ?? null,
      contextInstanceId: contextualisation ? certifier.id : null,
      enrolledOn: path.enrolledOn,
      purposeStated: true,
      disabilityReferentGiven: true,
      status: awarded ? "AWARDED" : "OPEN",
      resultsCommunicatedOn: path.jury?.communicatedOn ?? null,
      restrictedSince: null,
      objectedSince: null,
      rowVersion: 1,
    });
    await manager.insert(CandidateIdentityEntity, { candidateId: candidate.id, ...path.person });
    if (path.accommodation) await manager.insert(AccommodationEntity, { candidateId: candidate.id, ...path.accommodation });
    const evaluate = async (kind: "PRELIMINARY" | "FINAL", heldOn: string, evaluator: string, scope: string[], notAcquired: string[]) => {
      const evaluation = await manager.save(EvaluationEntity, { candidateId: candidate.id, kind, heldOn, totalMinutes: kind === "PRELIMINARY" ? 240 : 90, scorePercent: null, remote: false, recordedOn: heldOn });
      await manager.insert(EvaluationSittingEntity, { evaluationId: evaluation.id, heldOn, minutes: evaluation.totalMinutes });
      await manager.insert(EvaluationEvaluatorEntity, { evaluationId: evaluation.id, intervenantId: intervenants.get(evaluator)!, fullName: evaluator });
      await manager.insert(
        EvaluationAssessmentEntity,
        scope.flatMap((competence) => (criteriaOf(competence).length ? criteriaOf(competence) : [competence]).map((itemCode) => ({ evaluationId: evaluation.id, itemCode, acquired: !notAcquired.includes(competence) }))),
      );
    };
    if (path.preliminary) await evaluate("PRELIMINARY", path.preliminary.heldOn, path.preliminary.evaluator, competences, path.preliminary.notAcquired);
    if (path.training) await manager.insert(TrainingEntity, { candidateId: candidate.id, trainerId: intervenants.get(path.training.trainer)!, trainerName: path.training.trainer, startsOn: path.training.startsOn });
    if (path.final && path.preliminary) await evaluate("FINAL", path.final.heldOn, path.final.evaluator, path.preliminary.notAcquired, []);
    if (path.jury) {
      const decision = await manager.save(JuryDecisionEntity, {
        candidateId: candidate.id,
        outcome: "AWARDED",
        decidedOn: path.jury.decidedOn,
        validatedDomains: items.filter((item) => item.kind === "DOMAIN").map((item) => item.code).join(","),
        reason: null,
        minutes: "Le jury, réuni au complet, constate la validation de chacun des domaines du référentiel et délivre le certificat.",
        recordedByUserId: recorder.id,
      });
      await manager.insert(
        JuryMemberEntity,
        path.jury.members.map((m) => ({ juryDecisionId: decision.id, intervenantId: m.intervenant ? intervenants.get(m.intervenant)! : null, fullName: m.intervenant ?? m.outside! })),
      );
      sequence += 1;
      const number = formatCertificateNumber("CLEA_MANAGEMENT", 2025, sequence).text;
      await manager.insert(CertificateEntity, {
        number,
        verificationCode: verificationCodeFromBytes(randomBytes(VERIFICATION_RANDOM_BYTES)),
        certificationCode: "CLEA_MANAGEMENT",
        candidateId: candidate.id,
        organismId,
        habilitationId: habilitation.id,
        referentialVersion: version.version,
        contextInstanceId: candidate.contextInstanceId,
        certifierInstanceId: certifier.id,
        deliveredInNameOf: deliveredInNameOf(certifier),
        deliveredOn: path.jury.decidedOn,
        holderInitials: holderInitials(path.person.firstNames, path.person.lastName),
        format: path.jury.format,
        revokedOn: null,
        revocationReason: null,
        rowVersion: 1,
      });
      if (!habilitation.firstUsedOn) {
        habilitation.firstUsedOn = path.jury.decidedOn;
        await manager.update(HabilitationEntity, { id: habilitation.id }, { firstUsedOn: path.jury.decidedOn, firstUseCertificate: number });
      }
    }
    if (path.contest) {
      const staff = await manager.findOneByOrFail(UserEntity, { email: "instructeur@cpne-proprete.demo" });
      await manager.insert(ResultsRequestEntity, {
        candidateId: candidate.id,
        organismId,
        certifierInstanceId: certifier.id,
        addressedToInstanceId: certifier.id,
        kind: "CONTEST_RESULTS",
        channel: "REGISTERED_LETTER_WITH_ACKNOWLEDGEMENT",
        sentOn: path.contest.sentOn,
        receivedOn: path.contest.receivedOn,
        resultsCommunicatedOn: path.jury!.communicatedOn,
        recordedByUserId: staff.id,
        status: "OPEN",
        outcome: null,
        reasons: null,
        decidedOn: null,
        decidedByUserId: null,
        rowVersion: 1,
      });
    }
  }
  await manager.insert(CertificateSequenceEntity, { certificationCode: "CLEA_MANAGEMENT", year: 2025, lastValue: sequence });
  return demoEvaluationUsers;
}

/** An accepted, notified application and the habilitation it started, as a campaign of the Instance decided it. */
async function habilitate(manager: EntityManager, organismId: number, instance: InstanceEntity, demo: (typeof organisms)[number]["habilitation"]): Promise<HabilitationEntity> {
  const campaign = await manager.save(CampaignEntity, { instanceId: instance.id, certificationCode: "CLEA_MANAGEMENT", name: demo.campaign.name, opensOn: demo.campaign.opensOn, closesOn: demo.campaign.closesOn });
  const meeting = await manager.save(MeetingEntity, { campaignId: campaign.id, meetsOn: demo.campaign.meetsOn });
  const application = await manager.save(ApplicationEntity, {
    organismId,
    instanceId: instance.id,
    campaignId: campaign.id,
    certificationCode: "CLEA_MANAGEMENT",
    professionalField: instance.professionalField,
    mandataireId: null,
    status: "NOTIFIED_ACCEPTED",
    rowVersion: 1,
    filedOn: demo.filedOn,
    receiptNumber: `${instance.code}-2025-${String(organismId).padStart(6, "0")}`,
    completedOn: demo.filedOn,
    meetingId: meeting.id,
    opinionOn: demo.opinionOn,
    decidedOn: demo.campaign.meetsOn,
    durationMonths: 36,
    notifiedOn: demo.notifiedOn,
  });
  for (const stage of ["OPINION", "DECISION"] as const) {
    await manager.insert(
      ApplicationAssessmentEntity,
      CONVENTION_CRITERIA.map((c) => ({ applicationId: application.id, stage, criterionCode: c.code, criterionLabel: c.label, met: true, reason: "Critère satisfait au vu du dossier." })),
    );
  }
  const contextualisation = instance.kind === "CPNE" ? await manager.findOneBy(ContextualisationEntity, { instanceId: instance.id, certificationCode: "CLEA_MANAGEMENT", status: "PUBLISHED" }) : null;
  return manager.save(HabilitationEntity, {
    organismId,
    instanceId: instance.id,
    applicationId: application.id,
    certificationCode: "CLEA_MANAGEMENT",
    professionalField: instance.professionalField,
    contextualisationId: contextualisation?.id ?? null,
    notifiedOn: demo.notifiedOn,
    startsOn: demo.notifiedOn,
    firstUsedOn: null,
    firstUseCertificate: null,
    withdrawnOn: null,
    withdrawalReason: null,
    renunciationSentOn: null,
    renunciationReceivedOn: null,
    rowVersion: 1,
  });
}
