import type { DataSource } from "typeorm";
import { composeServices, type Services } from "../../src/app/compose";
import { APPLICATION_STATES, type ApplicationState } from "../../src/applications/rules/application-lifecycle";
import { CONVENTION_CRITERIA } from "../../src/applications/rules/opinion";
import type { Actor } from "../../src/common/auth/actor";
import { SettableClock } from "../../src/common/clock";
import { type RequestContext, RequestMemo } from "../../src/common/context";
import { EstablishmentEntity } from "../../src/organisms/establishment.entity";
import { MandataireEntity, MandateEntity } from "../../src/organisms/mandataire.entity";
import { OrganismEntity } from "../../src/organisms/organism.entity";
import { withLuhnKey } from "../../src/organisms/rules/identifiers";
import { cleaManagement20230214 } from "../reference/referentials";
import { UserEntity } from "../../src/instances/user.entity";

/**
 * Applications in every state of the lifecycle, for Certif Pro and for the CPNE Propreté, and habilitations active,
 * renewed, renounced and expired: each walked through the real services with a clock set to its dates, so every file
 * is what the rules would have made of it. Dated around November 2026. The organisms' Mandataire (Conseil Démo) acts
 * for all of them. Loaded once: the first sample organism marks them as present.
 */

export const SAMPLE_MANDATAIRE = "mandataire@conseil-demo.demo";

export type SampleState = ApplicationState;

export const SAMPLE_STATES: readonly SampleState[] = APPLICATION_STATES;

export const SAMPLE_HABILITATIONS = ["RENEWED", "RENOUNCED", "EXPIRED"] as const;

interface InstanceCalendar {
  code: "CERTIF_PRO" | "CPNE_PROPRETE";
  decider: string;
  staff: string;
  notificationWorkingDays?: number;
  /** Meetings of the current campaign: one just held, one to come. */
  held: string;
  coming: string;
  /** The previous campaign's last meeting, for the appeals decided at `held`. */
  previous: string;
  extraCriteria: { criterionCode: string; met: boolean; reason: string }[];
}

const CALENDARS: InstanceCalendar[] = [
  {
    code: "CERTIF_PRO",
    decider: "decideur@certifpro.demo",
    staff: "instructeur@certifpro.demo",
    held: "2026-11-17",
    coming: "2026-12-15",
    previous: "2026-06-23",
    extraCriteria: [],
  },
  {
    code: "CPNE_PROPRETE",
    decider: "decideur@cpne-proprete.demo",
    staff: "instructeur@cpne-proprete.demo",
    notificationWorkingDays: 15,
    held: "2026-11-19",
    coming: "2026-12-17",
    previous: "2026-06-25",
    extraCriteria: [{ criterionCode: "PROPRETE_TERRAIN", met: true, reason: "Intervenants issus des métiers de la propreté." }],
  },
];

/** 8-digit bases of the sample organisms' SIRENs (the 9th digit is the Luhn key). */
const SIREN_BASE = 70000001;

export const sampleSiren = (index: number): string => withLuhnKey(String(SIREN_BASE + index));

/** Which sample organism holds which file: one per instance and state, then the habilitations. */
export function sampleIndex(instance: "CERTIF_PRO" | "CPNE_PROPRETE", state: SampleState | (typeof SAMPLE_HABILITATIONS)[number]): number {
  const stateIndex = (SAMPLE_STATES as readonly string[]).indexOf(state);
  if (stateIndex >= 0) return (instance === "CERTIF_PRO" ? 0 : SAMPLE_STATES.length) + stateIndex;
  return 2 * SAMPLE_STATES.length + (SAMPLE_HABILITATIONS as readonly string[]).indexOf(state);
}

const STATE_NAMES: Record<string, string> = {
  DRAFT: "brouillon",
  FILED: "déposée",
  COMPLEMENT_REQUESTED: "complément demandé",
  COMPLETE: "complète",
  UNDER_INSTRUCTION: "en instruction",
  AUDITION_SCHEDULED: "audition fixée",
  OPINION_ISSUED: "avis arrêté",
  DECIDED_ACCEPTED: "acceptée, à notifier",
  DECIDED_REFUSED: "refusée, à notifier",
  NOTIFIED_ACCEPTED: "habilitée",
  NOTIFIED_REFUSED: "refus notifié",
  APPEALED: "en recours",
  APPEAL_UPHELD: "recours accueilli, à notifier",
  APPEAL_DISMISSED: "recours rejeté, à notifier",
  APPEAL_DISMISSED_NOTIFIED: "recours rejeté et notifié",
  WITHDRAWN_BY_APPLICANT: "demande retirée",
  RENEWED: "habilitation renouvelée",
  RENOUNCED: "habilitation renoncée",
  EXPIRED: "habilitation expirée",
};

class Walk {
  readonly clock = new SettableClock();
  private readonly actors = new Map<string, Actor>();

  constructor(
    readonly db: DataSource,
    readonly services: Services,
  ) {}

  async as(email: string, today: string): Promise<RequestContext> {
    this.clock.set(today);
    if (!this.actors.has(email)) {
      const [row] = await this.db.query(
        `SELECT u.id, u.role, u.instance_id AS instanceId, u.organism_id AS organismId, u.mandataire_id AS mandataireId, i.code, i.kind
         FROM app_user u LEFT JOIN instance i ON i.id = u.instance_id WHERE u.email = ?`,
        [email],
      );
      this.actors.set(email, {
        userId: Number(row.id),
        email,
        role: row.role,
        instanceId: row.instanceId === null ? null : Number(row.instanceId),
        instanceCode: row.code ?? null,
        instanceKind: row.kind ?? null,
        organismId: row.organismId === null ? null : Number(row.organismId),
        mandataireId: row.mandataireId === null ? null : Number(row.mandataireId),
      });
    }
    return { actor: this.actors.get(email)!, clock: this.clock, db: this.db, memo: new RequestMemo() };
  }
}

async function insertOrganisms(db: DataSource, count: number): Promise<void> {
  await db.transaction(async (manager) => {
    const mandataire = await manager.save(MandataireEntity, { name: "Conseil Démo", siren: withLuhnKey("90000001") });
    for (let index = 0; index < count; index += 1) {
      const siren = sampleSiren(index);
      const state = index < 2 * SAMPLE_STATES.length ? SAMPLE_STATES[index % SAMPLE_STATES.length] : SAMPLE_HABILITATIONS[index - 2 * SAMPLE_STATES.length];
      const instance = index < SAMPLE_STATES.length ? "Certif Pro" : index < 2 * SAMPLE_STATES.length ? "CPNE Propreté" : "Certif Pro";
      const organism = await manager.save(OrganismEntity, {
        siren,
        name: `Organisme démo ${String(index + 1).padStart(2, "0")} (${instance}, ${STATE_NAMES[state]})`,
        legalForm: "SAS",
        declarationNumber: null,
        qualiopiCertified: true,
        qualiopiSince: "2022-01-03",
        rowVersion: 1,
      });
      await manager.insert(EstablishmentEntity, {
        organismId: organism.id,
        siret: null,
        name: "Site principal",
        address: `${index + 1} rue de la Démonstration`,
        postalCode: "69003",
        city: "Lyon",
        registeredFrom: "2022-01-03",
        registeredUntil: null,
      });
      await manager.insert(MandateEntity, { mandataireId: mandataire.id, organismId: organism.id, proofReference: "Mandat de démonstration", validFrom: "2022-01-03", validUntil: null });
    }
    await manager.insert(UserEntity, { email: SAMPLE_MANDATAIRE, displayName: "Mandataire Conseil Démo", role: "MANDATAIRE", instanceId: null, organismId: null, mandataireId: mandataire.id, active: true });
  });
}

function assessments(calendar: InstanceCalendar, refuse: boolean) {
  return [
    ...CONVENTION_CRITERIA.map((c) => ({
      criterionCode: c.code,
      met: !(refuse && c.code === "SUPPORT"),
      reason: refuse && c.code === "SUPPORT" ? "L'accompagnement individuel des candidats n'est pas décrit." : "Critère satisfait au vu des pièces.",
    })),
    ...calendar.extraCriteria,
  ];
}

/** Drives one application to `target`, through the services, on the dates of the demo calendar. */
async function walkTo(walk: Walk, calendar: InstanceCalendar, campaigns: { current: string; previous: string; old: string }, siren: string, target: SampleState) {
  const s = walk.services;
  const meetings = async (campaignId: string) =>
    (await walk.db.query("SELECT id, meets_on AS meetsOn FROM meeting WHERE campaign_id = ? ORDER BY meets_on", [campaignId])) as { id: number; meetsOn: string }[];
  const onAppeal = ["APPEAL_UPHELD", "APPEAL_DISMISSED", "APPEAL_DISMISSED_NOTIFIED"].includes(target);
  const refuse = ["DECIDED_REFUSED", "NOTIFIED_REFUSED", "APPEALED", "APPEAL_UPHELD", "APPEAL_DISMISSED", "APPEAL_DISMISSED_NOTIFIED"].includes(target);
  // Appeals decided at the held meeting come from the previous campaign's refusals.
  const campaignId = onAppeal ? campaigns.previous : campaigns.current;
  const decidedAt = onAppeal ? calendar.previous : ["UNDER_INSTRUCTION", "AUDITION_SCHEDULED", "OPINION_ISSUED"].includes(target) ? calendar.coming : calendar.held;
  const meetingId = (await meetings(campaignId)).find((m) => m.meetsOn === decidedAt)!.id;
  const filing = onAppeal ? "2026-03-02" : target === "DRAFT" || target === "FILED" ? "2026-11-20" : "2026-09-07";
  const instruction = onAppeal ? "2026-03-16" : decidedAt === calendar.coming ? "2026-11-02" : "2026-09-21";
  const organism = await walk.as(SAMPLE_MANDATAIRE, filing);
  const created = await s.applications.create(organism, siren, Number(campaignId));
  const id = created.id;
  if (target === "DRAFT") return;
  await s.applications.file(await walk.as(SAMPLE_MANDATAIRE, filing), id);
  if (target === "FILED") return;
  if (target === "WITHDRAWN_BY_APPLICANT") {
    await s.applications.withdraw(await walk.as(SAMPLE_MANDATAIRE, filing), id);
    return;
  }
  if (target === "COMPLEMENT_REQUESTED") {
    await s.applications.requestComplement(await walk.as(calendar.staff, "2026-09-14"), id, "Joindre les CV des évaluateurs et la description de l'accompagnement.");
    return;
  }
  await s.applications.declareComplete(await walk.as(calendar.staff, onAppeal ? "2026-03-09" : "2026-09-14"), id);
  if (target === "COMPLETE") return;
  await s.applications.startInstruction(await walk.as(calendar.staff, instruction), id, meetingId);
  if (target === "UNDER_INSTRUCTION") return;
  if (target === "AUDITION_SCHEDULED") {
    await s.applications.scheduleAudition(await walk.as(calendar.staff, "2026-11-16"), id, "2026-11-30");
    return;
  }
  const opinionOn = onAppeal ? "2026-05-04" : decidedAt === calendar.coming ? "2026-11-20" : "2026-10-20";
  await s.applications.issueOpinion(await walk.as(calendar.staff, opinionOn), id, assessments(calendar, refuse));
  if (target === "OPINION_ISSUED") return;
  await s.applications.decide(await walk.as(calendar.decider, decidedAt), id, refuse ? "REFUSE" : "ACCEPT", assessments(calendar, refuse), null);
  if (target === "DECIDED_ACCEPTED" || target === "DECIDED_REFUSED") return;
  const notifiedOn = onAppeal ? "2026-07-07" : "2026-11-24";
  await s.applications.notify(await walk.as(calendar.staff, notifiedOn), id);
  if (target === "NOTIFIED_ACCEPTED" || target === "NOTIFIED_REFUSED") return;
  const appealOn = onAppeal ? "2026-07-20" : "2026-11-25";
  await s.applications.appeal(await walk.as(SAMPLE_MANDATAIRE, appealOn), id, "L'accompagnement individuel est décrit en pièce 4 du dossier technique, que l'avis n'a pas examinée.");
  const acknowledgedOn = onAppeal ? "2026-07-24" : "2026-11-27";
  await s.applications.acknowledgeAppeal(await walk.as(calendar.staff, acknowledgedOn), id);
  const appealMeeting = (await meetings(campaigns.current)).find((m) => m.meetsOn === (onAppeal ? calendar.held : calendar.coming))!.id;
  await s.applications.scheduleAppealDecision(await walk.as(calendar.staff, acknowledgedOn), id, appealMeeting);
  if (target === "APPEALED") return;
  const upheld = target === "APPEAL_UPHELD";
  await s.applications.decideAppeal(await walk.as(calendar.decider, calendar.held), id, upheld, upheld ? "Pièce 4 examinée : l'accompagnement est décrit." : "La pièce 4 ne décrit pas d'accompagnement individuel.");
  if (target === "APPEAL_DISMISSED_NOTIFIED") await s.applications.notify(await walk.as(calendar.staff, "2026-11-24"), id);
}

/** A Certif Pro habilitation notified on 30 May 2023, then renewed (used), renounced or left to expire (never used). */
async function habilitationSample(walk: Walk, campaignId: string, siren: string, kind: (typeof SAMPLE_HABILITATIONS)[number]) {
  const s = walk.services;
  const calendar = CALENDARS[0];
  const [meeting] = (await walk.db.query("SELECT id FROM meeting WHERE campaign_id = ? ORDER BY meets_on", [campaignId])) as { id: number }[];
  const created = await s.applications.create(await walk.as(SAMPLE_MANDATAIRE, "2023-03-01"), siren, Number(campaignId));
  await s.applications.file(await walk.as(SAMPLE_MANDATAIRE, "2023-03-01"), created.id);
  await s.applications.declareComplete(await walk.as(calendar.staff, "2023-03-06"), created.id);
  await s.applications.startInstruction(await walk.as(calendar.staff, "2023-03-13"), created.id, meeting.id);
  await s.applications.issueOpinion(await walk.as(calendar.staff, "2023-04-24"), created.id, assessments(calendar, false));
  await s.applications.decide(await walk.as(calendar.decider, "2023-05-16"), created.id, "ACCEPT", assessments(calendar, false), null);
  await s.applications.notify(await walk.as(calendar.staff, "2023-05-30"), created.id);
  const [row] = await walk.db.query("SELECT id FROM habilitation WHERE application_id = ?", [created.id]);
  const id = Number(row.id);
  // HAB-6: used at least once, that is a certificate decided under it.
  if (kind === "RENEWED" || kind === "RENOUNCED") await certifyOnePerson(walk, siren);
  if (kind === "RENOUNCED") {
    await s.habilitations.renounce(await walk.as(SAMPLE_MANDATAIRE, "2026-06-01"), id, "2026-06-01");
    await s.habilitations.recordRenunciationReceipt(await walk.as(calendar.staff, "2026-06-03"), id, "2026-06-03");
  }
}

/** A person enrolled, evaluated on every criterion and awarded the certificate by a jury, in early 2024. */
async function certifyOnePerson(walk: Walk, siren: string): Promise<void> {
  const s = walk.services;
  const [organism] = await walk.db.query("SELECT id FROM organism WHERE siren = ?", [siren]);
  const admin = `admin-${siren}@organisme-demo.demo`;
  await walk.db.query("INSERT INTO app_user (email, display_name, role, organism_id, active) VALUES (?, 'Administration', 'ORGANISM_ADMIN', ?, 1)", [admin, organism.id]);
  const intervenant = async (fullName: string) =>
    String(
      (await walk.db.query("INSERT INTO intervenant (organism_id, full_name, evaluator, trainer, qualifications, remote_ready) VALUES (?, ?, 1, 0, 'Évaluation de compétences managériales', 0)", [organism.id, fullName])).insertId,
    );
  const evaluator = await intervenant("Agnès Roussel");
  const juror = await intervenant("Marc Perrin");
  const enrolled = await s.candidates.enrol(await walk.as(admin, "2024-01-08"), siren, {
    certification: "CLEA_MANAGEMENT",
    reference: `DEMO-${siren}-1`,
    person: { lastName: "Garnier", firstNames: "Léa", birthDate: "1988-03-14", email: "lea.garnier@example.org", postalAddress: null },
    purposeStated: true,
    disabilityReferentGiven: true,
  });
  const assessments = cleaManagement20230214.domains.flatMap((domain) =>
    domain.competences.flatMap((competence) => (competence.criteria.length ? competence.criteria.map((c) => c.code) : [competence.code]).map((code) => ({ code, acquired: true }))),
  );
  await s.evaluations.record(await walk.as(admin, "2024-01-15"), Number(enrolled.id), enrolled.rowVersion, {
    kind: "PRELIMINARY",
    sittings: [{ heldOn: "2024-01-15", minutes: 240 }],
    assessments,
    evaluators: [evaluator],
  });
  await s.juries.decide(await walk.as(admin, "2024-02-12"), Number(enrolled.id), enrolled.rowVersion + 1, {
    outcome: "AWARDED",
    decidedOn: "2024-02-12",
    validatedDomains: cleaManagement20230214.domains.map((domain) => domain.code),
    minutes: "Le jury constate la validation de chacun des domaines et délivre le certificat.",
    members: [{ intervenant: juror }, { fullName: "Hélène Faure" }],
    certificateFormat: "PDF",
  });
}

export async function loadSampleFiles(db: DataSource): Promise<void> {
  if ((await db.query("SELECT 1 FROM organism WHERE siren = ?", [sampleSiren(0)])).length) return;
  await insertOrganisms(db, 2 * SAMPLE_STATES.length + SAMPLE_HABILITATIONS.length);
  const walk = new Walk(db, composeServices(db));
  const s = walk.services;
  for (const calendar of CALENDARS) {
    const decider = await walk.as(calendar.decider, "2025-09-01");
    const campaign = async (name: string, opensOn: string, closesOn: string, meetings: string[]) =>
      String(
        (await s.campaigns.create(decider, { instance: calendar.code, certification: "CLEA_MANAGEMENT", name, opensOn, closesOn, meetings, notificationWorkingDays: calendar.notificationWorkingDays })).id,
      );
    const label = calendar.code === "CERTIF_PRO" ? "" : " propreté";
    const campaigns = {
      old: await campaign(`Campagne démo${label} 2023`, "2023-02-14", "2023-04-28", ["2023-05-16"]),
      previous: await campaign(`Campagne démo${label} 2025-2026`, "2025-09-01", "2026-06-30", [calendar.previous]),
      current: await campaign(`Campagne démo${label} 2026-2027`, "2026-09-01", "2027-06-30", [calendar.held, calendar.coming, "2027-03-16"]),
    };
    for (const state of SAMPLE_STATES) await walkTo(walk, calendar, campaigns, sampleSiren(sampleIndex(calendar.code, state)), state);
    if (calendar.code === "CERTIF_PRO") {
      for (const kind of SAMPLE_HABILITATIONS) await habilitationSample(walk, campaigns.old, sampleSiren(sampleIndex("CERTIF_PRO", kind)), kind);
    }
  }
}
