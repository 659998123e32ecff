import type { EntityManager } from "typeorm";
import { ApplicationAssessmentEntity, ApplicationEntity } from "../../src/applications/application.entity";
import { CampaignEntity, MeetingEntity } from "../../src/applications/campaign.entity";
import { CONVENTION_CRITERIA } from "../../src/applications/rules/opinion";
import { addCalendarDays, subtractWorkingDays } from "../../src/common/calendar/working-days";
import { todayInParis } from "../../src/common/clock";
import type { IsoDate } from "../../src/common/calendar/working-days";
import { HabilitationEntity } from "../../src/habilitations/habilitation.entity";
import { InstanceEntity } from "../../src/instances/instance.entity";
import { UserEntity } from "../../src/instances/user.entity";
import { OrganismEntity } from "../../src/organisms/organism.entity";
import { AuditEntity } from "../../src/oversight/audit.entity";
import { ComplianceProcedureEntity, FormalNoticeEntity } from "../../src/oversight/compliance-procedure.entity";
import { HabilitationWithdrawalEntity } from "../../src/oversight/habilitation-withdrawal.entity";
import { auditNotificationDue, type AuditOpinion, type AuditPhase, observationsDue, opinionConsequence } from "../../src/oversight/rules/audit-lifecycle";
import type { Anomaly } from "../../src/oversight/rules/audit-report";
import type { AuditorKind } from "../../src/oversight/rules/auditor";
import { earliestWithdrawalDate, justificationDue } from "../../src/oversight/rules/formal-notice";
import { type ProcedurePhase, responseDue } from "../../src/oversight/rules/procedure-lifecycle";

/**
 * Demo oversight files, outside production only: fifteen organisms habilitated in May 2026, each with an audit, a
 * compliance procedure or a withdrawal in one of the states worth seeing. Their dates count back from the seeding day,
 * so that on that day every file is in the state named; afterwards they move on by themselves (CMP-3, CMP-4).
 */

/** A SIREN from its 8 first digits: the Luhn key appended. */
function sirenOf(digits: string): string {
  for (let key = 0; key < 10; key += 1) {
    const candidate = `${digits}${key}`;
    const sum = [...candidate].reverse().reduce((total, char, i) => {
      const digit = Number(char) * (i % 2 === 1 ? 2 : 1);
      return total + (digit > 9 ? digit - 9 : digit);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}


const CAMPAIGNS = {
  CERTIF_PRO: "Campagne de printemps 2026",
  CPNE_PROPRETE: "Campagne propreté printemps 2026",
} as const;
type Granting = keyof typeof CAMPAIGNS;
const MEETING = "2026-05-12";
const NOTIFIED = "2026-05-26";

interface DemoAudit {
  ordering?: Granting;
  orderedOn: string;
  scheduledOn: string;
  auditor: { kind: AuditorKind; userEmail?: string; name?: string };
  cancelled?: { on: string; reason: string };
  refusal?: { kind: "WRITTEN" | "OBSERVED"; on: string };
  report?: { on: string; opinion: AuditOpinion; anomalies: Anomaly[] };
  observations?: { on: string; text: string };
  decision?: { outcome: "KEEP" | "OPEN_PROCEDURE"; meetingOn: string; reason: string; notifiedOn?: string; procedure?: Omit<DemoProcedure, "origin" | "finding" | "openedOn"> };
}

interface DemoRound {
  issuedOn: string;
  notifiedOn?: string;
  failings: string[];
  suspension: boolean;
  withdrawalOn: string;
  justifiedOn?: string;
  decision?: { kind: "WITHDRAWAL" | "COMPLEMENTARY_PERIOD"; decidedOn: string; reason: string; notifiedOn?: string };
}

interface DemoProcedure {
  origin: "AUDIT" | "FINDING";
  finding?: string;
  openedOn: string;
  rounds: DemoRound[];
}

interface DemoOrganism {
  base: string;
  name: string;
  granting: Granting;
  audits?: DemoAudit[];
  procedure?: DemoProcedure;
  edof?: { decidedOn: string; receivedOn: string };
}

const JURY = "Jury d'évaluation non distinct des formateurs de la session";
const RESULTS = "Résultats des évaluations non saisis sur la plateforme dans le délai";
const CERTIF_PRO_PROVIDER = { kind: "PROVIDER" as const, userEmail: "prestataire@certifpro.demo" };
const OUTSIDE = { kind: "PROVIDER" as const, name: "Cabinet Audit & Qualité" };
const blocking = (description: string): Anomaly[] => [{ description, severity: "BLOCKING" }];

/** The files, dated from the seeding day (the server's clock: CLOCK_TODAY in development). */
export function demoOversight(today: IsoDate): DemoOrganism[] {
  /** n working days before the seeding day. */
  const wd = (n: number) => subtractWorkingDays(today, n);
  /** n calendar days after (or before, when negative) the seeding day. */
  const day = (n: number) => addCalendarDays(today, n);
  return [
  {
    base: "71000001",
    name: "Organisme Horizon Formation",
    granting: "CERTIF_PRO",
    audits: [
      {
        orderedOn: wd(70),
        scheduledOn: wd(68),
        auditor: OUTSIDE,
        report: { on: wd(65), opinion: "FAVOURABLE", anomalies: [] },
        decision: { outcome: "KEEP", meetingOn: wd(48), reason: "Aucune anomalie constatée.", notifiedOn: wd(45) },
      },
      { orderedOn: wd(3), scheduledOn: day(10), auditor: CERTIF_PRO_PROVIDER },
    ],
  },
  {
    base: "71000002",
    name: "Organisme Cap Compétences",
    granting: "CPNE_PROPRETE",
    audits: [
      {
        ordering: "CERTIF_PRO",
        orderedOn: wd(12),
        scheduledOn: wd(6),
        auditor: CERTIF_PRO_PROVIDER,
        report: { on: wd(5), opinion: "FAVOURABLE_WITH_RESERVATIONS", anomalies: [{ description: "Deux livrets d'évaluation incomplets", severity: "MINOR" }] },
      },
    ],
  },
  {
    base: "71000003",
    name: "Organisme Estuaire Conseil",
    granting: "CERTIF_PRO",
    audits: [
      { orderedOn: wd(60), scheduledOn: wd(55), auditor: OUTSIDE, cancelled: { on: wd(58), reason: "Audit ordonné sur le mauvais établissement." } },
      { orderedOn: wd(30), scheduledOn: wd(25), auditor: OUTSIDE, report: { on: wd(20), opinion: "UNFAVOURABLE", anomalies: blocking(JURY) } },
    ],
  },
  {
    base: "71000004",
    name: "Organisme Forum Management",
    granting: "CERTIF_PRO",
    audits: [
      {
        orderedOn: wd(60),
        scheduledOn: wd(55),
        auditor: OUTSIDE,
        report: { on: wd(50), opinion: "UNFAVOURABLE", anomalies: blocking(RESULTS) },
        observations: { on: wd(40), text: "La saisie a été confiée à un prestataire défaillant ; nous reprenons la main." },
        decision: {
          outcome: "OPEN_PROCEDURE",
          meetingOn: wd(17),
          reason: "Manquement grave : suspension pendant la procédure.",
          procedure: { rounds: [{ issuedOn: wd(17), failings: [RESULTS], suspension: true, withdrawalOn: day(60) }] },
        },
      },
    ],
  },
  {
    base: "71000005",
    name: "Organisme Galaxie Formation",
    granting: "CERTIF_PRO",
    audits: [{ orderedOn: wd(10), scheduledOn: wd(2), auditor: OUTSIDE, refusal: { kind: "WRITTEN", on: day(-4) } }],
  },
  {
    base: "71000006",
    name: "Organisme Hélios Management",
    granting: "CERTIF_PRO",
    audits: [
      {
        orderedOn: wd(60),
        scheduledOn: wd(55),
        auditor: OUTSIDE,
        report: { on: wd(50), opinion: "UNFAVOURABLE", anomalies: blocking(JURY) },
        observations: { on: wd(40), text: "Un second évaluateur sera recruté." },
        decision: {
          outcome: "OPEN_PROCEDURE",
          meetingOn: wd(25),
          reason: "Anomalie bloquante confirmée.",
          notifiedOn: wd(10),
          procedure: { rounds: [{ issuedOn: wd(25), notifiedOn: wd(10), failings: [JURY], suspension: true, withdrawalOn: addCalendarDays(earliestWithdrawalDate(wd(10)), 7) }] },
        },
      },
    ],
  },
  {
    base: "71000007",
    name: "Organisme Iris Compétences",
    granting: "CERTIF_PRO",
    audits: [
      {
        orderedOn: wd(45),
        scheduledOn: wd(40),
        auditor: OUTSIDE,
        report: { on: wd(35), opinion: "FAVOURABLE", anomalies: [] },
        decision: { outcome: "KEEP", meetingOn: wd(3), reason: "Aucune anomalie constatée." },
      },
    ],
  },
  {
    base: "71000008",
    name: "Organisme Jade Formation",
    granting: "CERTIF_PRO",
    procedure: {
      origin: "FINDING",
      finding: "Évaluations conduites par un formateur de la même session (signalement d'un candidat).",
      openedOn: wd(46),
      rounds: [
        {
          issuedOn: wd(46),
          notifiedOn: wd(45),
          failings: [JURY],
          suspension: true,
          withdrawalOn: addCalendarDays(earliestWithdrawalDate(wd(45)), 3),
          justifiedOn: wd(25),
          decision: { kind: "COMPLEMENTARY_PERIOD", decidedOn: wd(12), reason: "Recrutement engagé, à achever.", notifiedOn: wd(10) },
        },
        { issuedOn: wd(12), notifiedOn: wd(10), failings: ["Second évaluateur à intégrer au jury"], suspension: false, withdrawalOn: addCalendarDays(earliestWithdrawalDate(wd(10)), 10) },
      ],
    },
  },
  {
    base: "71000009",
    name: "Organisme Lumière Savoirs",
    granting: "CERTIF_PRO",
    procedure: {
      origin: "FINDING",
      finding: "Résultats non saisis pour trois sessions.",
      openedOn: wd(33),
      rounds: [{ issuedOn: wd(33), notifiedOn: wd(32), failings: [RESULTS], suspension: true, withdrawalOn: day(5) }],
    },
  },
  {
    base: "71000010",
    name: "Organisme Mistral Talents",
    granting: "CERTIF_PRO",
    procedure: {
      origin: "FINDING",
      finding: "Attestations délivrées sans évaluation finale.",
      openedOn: wd(51),
      rounds: [
        {
          issuedOn: wd(51),
          notifiedOn: wd(50),
          failings: ["Attestations délivrées sans évaluation finale"],
          suspension: true,
          withdrawalOn: addCalendarDays(earliestWithdrawalDate(wd(50)), 5),
          justifiedOn: wd(30),
          decision: { kind: "WITHDRAWAL", decidedOn: day(-16), reason: "Mesures correctives non démontrées.", notifiedOn: day(-15) },
        },
      ],
    },
  },
  {
    base: "71000011",
    name: "Organisme Nova Formation",
    granting: "CERTIF_PRO",
    procedure: {
      origin: "FINDING",
      finding: "Absence de réponse aux relances sur la saisie des résultats.",
      openedOn: wd(41),
      rounds: [{ issuedOn: wd(41), notifiedOn: wd(40), failings: [RESULTS], suspension: false, withdrawalOn: day(-5) }],
    },
  },
  { base: "71000012", name: "Organisme Opale Management", granting: "CERTIF_PRO", edof: { decidedOn: day(-2), receivedOn: day(-7) } },
  {
    base: "71000013",
    name: "Organisme Prisme Conseil",
    granting: "CERTIF_PRO",
    procedure: {
      origin: "FINDING",
      finding: "Livrets d'évaluation non archivés.",
      openedOn: wd(81),
      rounds: [{ issuedOn: wd(81), notifiedOn: wd(80), failings: ["Livrets d'évaluation non archivés"], suspension: false, withdrawalOn: addCalendarDays(earliestWithdrawalDate(wd(80)), 5), justifiedOn: wd(55) }],
    },
  },
  {
    base: "71000014",
    name: "Organisme Quartz Formation",
    granting: "CERTIF_PRO",
    procedure: {
      origin: "FINDING",
      finding: "Évaluateur non déclaré sur la plateforme.",
      openedOn: wd(26),
      rounds: [{ issuedOn: wd(26), notifiedOn: wd(25), failings: ["Évaluateur non déclaré"], suspension: false, withdrawalOn: addCalendarDays(earliestWithdrawalDate(wd(25)), 5), justifiedOn: wd(5) }],
    },
  },
  {
    base: "71000015",
    name: "Organisme Rivage Compétences",
    granting: "CERTIF_PRO",
    procedure: {
      origin: "FINDING",
      finding: "Sessions organisées hors des sites déclarés.",
      openedOn: wd(41),
      rounds: [
        {
          issuedOn: wd(41),
          notifiedOn: wd(40),
          failings: ["Sessions hors des sites déclarés"],
          suspension: true,
          withdrawalOn: addCalendarDays(earliestWithdrawalDate(wd(40)), 5),
          justifiedOn: wd(12),
          decision: { kind: "WITHDRAWAL", decidedOn: wd(2), reason: "Nouvelles sessions hors site après la mise en demeure." },
        },
      ],
    },
  },
];
}

interface Actors {
  instance(code: Granting): Promise<number>;
  user(email: string): Promise<number>;
}

/** Idempotent: an organism already present is left as it is. */
export async function loadOversightDemo(manager: EntityManager, today: IsoDate = todayInParis()): Promise<void> {
  const instances = new Map<string, number>();
  const users = new Map<string, number>();
  const actors: Actors = {
    instance: async (code) => instances.get(code) ?? instances.set(code, (await manager.findOneByOrFail(InstanceEntity, { code })).id).get(code)!,
    user: async (email) => users.get(email) ?? users.set(email, (await manager.findOneByOrFail(UserEntity, { email })).id).get(email)!,
  };
  for (const granting of Object.keys(CAMPAIGNS) as Granting[]) await campaign(manager, await actors.instance(granting), CAMPAIGNS[granting]);
  for (const demo of demoOversight(today)) {
    const siren = sirenOf(demo.base);
    if (await manager.findOneBy(OrganismEntity, { siren })) continue;
    const habilitation = await habilitate(manager, actors, demo, siren);
    for (const audit of demo.audits ?? []) await insertAudit(manager, actors, habilitation, audit);
    if (demo.procedure) await insertProcedure(manager, actors, habilitation, demo.procedure, null, null);
    if (demo.edof) {
      await manager.insert(HabilitationWithdrawalEntity, {
        ...fileOf(habilitation),
        withdrawalCase: "EDOF_ALERT",
        decidedOn: demo.edof.decidedOn,
        decidedByUserId: await actors.user("decideur@certifpro.demo"),
        reason: "Offre de formation non conforme maintenue sur EDOF après relance.",
        edofSource: "CAISSE_DES_DEPOTS",
        edofReference: "EDOF-ALERTE-2026-0042",
        edofLevel: "Niveau 2 : déréférencement de l'offre",
        edofReceivedOn: demo.edof.receivedOn,
        rowVersion: 1,
      });
    }
  }
}

async function campaign(manager: EntityManager, instanceId: number, name: string): Promise<void> {
  if (await manager.findOneBy(CampaignEntity, { instanceId, name })) return;
  const created = await manager.save(CampaignEntity, { instanceId, certificationCode: "CLEA_MANAGEMENT", name, opensOn: "2026-03-02", closesOn: "2026-04-10" });
  await manager.insert(MeetingEntity, { campaignId: created.id, meetsOn: MEETING });
}

/** The organism, its accepted application (filed 1 April 2026) and its habilitation, notified on 26 May 2026. */
async function habilitate(manager: EntityManager, actors: Actors, demo: DemoOrganism, siren: string): Promise<HabilitationEntity> {
  const organism = await manager.save(OrganismEntity, { siren, name: demo.name, legalForm: "SAS", qualiopiCertified: true, qualiopiSince: "2022-03-01", rowVersion: 1 });
  const instanceId = await actors.instance(demo.granting);
  const campaign = await manager.findOneByOrFail(CampaignEntity, { instanceId, name: CAMPAIGNS[demo.granting] });
  const meeting = await manager.findOneByOrFail(MeetingEntity, { campaignId: campaign.id, meetsOn: MEETING });
  const instance = await manager.findOneByOrFail(InstanceEntity, { id: instanceId });
  const application = await manager.save(ApplicationEntity, {
    organismId: organism.id,
    instanceId,
    campaignId: campaign.id,
    certificationCode: "CLEA_MANAGEMENT",
    professionalField: instance.professionalField,
    mandataireId: null,
    status: "NOTIFIED_ACCEPTED",
    rowVersion: 1,
    filedOn: "2026-04-01",
    receiptNumber: `${instance.code}-2026-${demo.base.slice(-4).padStart(6, "0")}`,
    completedOn: "2026-04-03",
    meetingId: meeting.id,
    opinionOn: "2026-05-04",
    decidedOn: MEETING,
    durationMonths: 36,
    notifiedOn: NOTIFIED,
  });
  for (const stage of ["OPINION", "DECISION"] as const) {
    await manager.insert(
      ApplicationAssessmentEntity,
      CONVENTION_CRITERIA.map((c) => ({ applicationId: application.id, stage, criterionCode: c.code, criterionLabel: c.label, met: true, reason: "Critère satisfait au vu du dossier." })),
    );
  }
  const { identifiers } = await manager.insert(HabilitationEntity, {
    organismId: organism.id,
    instanceId,
    applicationId: application.id,
    certificationCode: "CLEA_MANAGEMENT",
    professionalField: instance.professionalField,
    notifiedOn: NOTIFIED,
    startsOn: NOTIFIED,
    firstUsedOn: "2026-06-15",
    rowVersion: 1,
  });
  return manager.findOneByOrFail(HabilitationEntity, { id: identifiers[0].id });
}

const fileOf = (h: HabilitationEntity) => ({ habilitationId: h.id, organismId: h.organismId, instanceId: h.instanceId });

/** The stage the acts leave an audit in, as the audit service writes it. */
function auditStage(audit: DemoAudit): AuditPhase {
  if (audit.cancelled) return "CANCELLED";
  if (audit.refusal) return "REFUSED";
  if (audit.decision) {
    const keep = audit.decision.outcome === "KEEP";
    if (audit.decision.notifiedOn) return keep ? "KEPT" : "PROCEDURE_OPENED";
    return keep ? "DECIDED_KEEP" : "DECIDED_PROCEDURE";
  }
  if (audit.observations) return "AWAITING_DECISION";
  return audit.report ? "OBSERVATIONS_PERIOD" : "ORDERED";
}

async function insertAudit(manager: EntityManager, actors: Actors, habilitation: HabilitationEntity, audit: DemoAudit): Promise<void> {
  const ordering = audit.ordering ? await actors.instance(audit.ordering) : habilitation.instanceId;
  const orderingDecider = ordering === (await actors.instance("CERTIF_PRO")) ? "decideur@certifpro.demo" : "decideur@cpne-proprete.demo";
  const grantingDecider = habilitation.instanceId === (await actors.instance("CERTIF_PRO")) ? "decideur@certifpro.demo" : "decideur@cpne-proprete.demo";
  const { report, decision } = audit;
  const expected = report ? opinionConsequence(report.opinion) : null;
  const notice = decision?.procedure?.rounds[0];
  const { identifiers } = await manager.insert(AuditEntity, {
    habilitationId: habilitation.id,
    organismId: habilitation.organismId,
    grantingInstanceId: habilitation.instanceId,
    orderingInstanceId: ordering,
    orderedOn: audit.orderedOn,
    orderedByUserId: await actors.user(orderingDecider),
    mode: "ON_SITE",
    scheduledOn: audit.scheduledOn,
    auditorKind: audit.auditor.kind,
    auditorUserId: audit.auditor.userEmail ? await actors.user(audit.auditor.userEmail) : null,
    auditorName: audit.auditor.name ?? null,
    stage: auditStage(audit),
    cancelledOn: audit.cancelled?.on ?? null,
    cancellationReason: audit.cancelled?.reason ?? null,
    refusalKind: audit.refusal?.kind ?? null,
    refusedOn: audit.refusal?.on ?? null,
    reportPresentedOn: report?.on ?? null,
    opinion: report?.opinion ?? null,
    anomalies: report ? report.anomalies : null,
    reportRecordedByUserId: report ? await actors.user("prestataire@certifpro.demo") : null,
    observationsDueOn: report ? observationsDue(report.on) : null,
    observationsSentOn: audit.observations?.on ?? null,
    observationsText: audit.observations?.text ?? null,
    decisionOutcome: decision?.outcome ?? null,
    meetingOn: decision?.meetingOn ?? null,
    decidedOn: decision?.meetingOn ?? null,
    decidedByUserId: decision ? await actors.user(grantingDecider) : null,
    decisionReason: decision?.reason ?? null,
    followsOpinion: decision && expected ? expected.procedure === (decision.outcome === "OPEN_PROCEDURE") && (!notice || expected.suspension === notice.suspension) : null,
    notificationDueOn: decision ? auditNotificationDue(decision.meetingOn) : null,
    decisionNotifiedOn: decision?.notifiedOn ?? null,
    notifiedLate: decision?.notifiedOn ? decision.notifiedOn > auditNotificationDue(decision.meetingOn) : null,
    rowVersion: 1,
  });
  if (decision?.procedure) {
    await insertProcedure(manager, actors, habilitation, { origin: "AUDIT", openedOn: decision.meetingOn, rounds: decision.procedure.rounds }, identifiers[0].id as number, auditNotificationDue(decision.meetingOn));
  }
}

/** The stage and due dates the acts leave a procedure with, as the procedure service writes them. */
function procedureState(rounds: DemoRound[]): { stage: ProcedurePhase; current: DemoRound; currentRound: number } {
  const last = rounds[rounds.length - 1];
  if (!last.notifiedOn) {
    if (rounds.length === 1) return { stage: "NOTICE_ISSUED", current: last, currentRound: 1 };
    return { stage: "COMPLEMENTARY_PERIOD_DECIDED", current: rounds[rounds.length - 2], currentRound: rounds.length - 1 };
  }
  const stage: ProcedurePhase = !last.justifiedOn ? "AWAITING_JUSTIFICATION" : !last.decision ? "JUSTIFIED" : last.decision.notifiedOn ? "WITHDRAWN" : "WITHDRAWAL_DECIDED";
  return { stage, current: last, currentRound: rounds.length };
}

async function insertProcedure(manager: EntityManager, actors: Actors, habilitation: HabilitationEntity, procedure: DemoProcedure, auditId: number | null, noticeDueOn: string | null) {
  const decider = await actors.user(habilitation.instanceId === (await actors.instance("CERTIF_PRO")) ? "decideur@certifpro.demo" : "decideur@cpne-proprete.demo");
  const { stage, current, currentRound } = procedureState(procedure.rounds);
  const deciding = stage === "JUSTIFIED" || stage === "WITHDRAWAL_DECIDED" || stage === "COMPLEMENTARY_PERIOD_DECIDED";
  const { identifiers } = await manager.insert(ComplianceProcedureEntity, {
    ...fileOf(habilitation),
    origin: procedure.origin,
    auditId,
    finding: procedure.finding ?? null,
    openedOn: procedure.openedOn,
    openedByUserId: decider,
    noticeDueOn,
    stage,
    currentRound,
    justificationDueOn: current.notifiedOn ? justificationDue(current.notifiedOn) : null,
    withdrawalOn: current.withdrawalOn,
    responseDueOn: deciding && current.justifiedOn ? responseDue(current.justifiedOn) : null,
    rowVersion: 1,
  });
  for (const [index, round] of procedure.rounds.entries()) {
    await manager.insert(FormalNoticeEntity, {
      procedureId: identifiers[0].id as number,
      round: index + 1,
      period: index === 0 ? "INITIAL" : "COMPLEMENTARY",
      failings: round.failings,
      suspension: round.suspension,
      withdrawalOn: round.withdrawalOn,
      issuedOn: round.issuedOn,
      issuedByUserId: decider,
      notifiedOn: round.notifiedOn ?? null,
      justifiedOn: round.justifiedOn ?? null,
      justificationText: round.justifiedOn ? "Mesures correctives détaillées dans le plan d'action joint." : null,
      justifiedByUserId: null,
      decisionKind: round.decision?.kind ?? null,
      decidedOn: round.decision?.decidedOn ?? null,
      decidedByUserId: round.decision ? decider : null,
      decisionReason: round.decision?.reason ?? null,
      decisionNotifiedOn: round.decision?.notifiedOn ?? null,
    });
  }
}
