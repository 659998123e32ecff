import type { EntityManager } from "typeorm";
import { ApplicationAssessmentEntity, ApplicationEntity } from "../../src/applications/application.entity";
import { CampaignEntity, InstanceCriterionEntity, MeetingEntity } from "../../src/applications/campaign.entity";
import { HabilitationEntity } from "../../src/habilitations/habilitation.entity";
import { CONVENTION_CRITERIA } from "../../src/applications/rules/opinion";
import { InstanceEntity } from "../../src/instances/instance.entity";
import { UserEntity } from "../../src/instances/user.entity";
import { EstablishmentEntity } from "../../src/organisms/establishment.entity";
import { IntervenantEntity } from "../../src/organisms/intervenant.entity";
import { MandataireEntity, MandateEntity } from "../../src/organisms/mandataire.entity";
import { OrganismContactEntity } from "../../src/organisms/organism-contact.entity";
import { OrganismEntity } from "../../src/organisms/organism.entity";
import {
  demoCampaigns,
  demoHabilitations,
  demoInstanceCriteria,
  demoMandataires,
  demoOrganismUsers,
  demoOrganisms,
} from "./organisms";

/** Idempotent: each block runs only when its first record is absent. */
export async function loadDemoOrganisms(manager: EntityManager): Promise<void> {
  const instanceId = async (code: string) => (await manager.findOneByOrFail(InstanceEntity, { code })).id;

  for (const criterion of demoInstanceCriteria) {
    const id = await instanceId(criterion.instance);
    if (!(await manager.findOneBy(InstanceCriterionEntity, { instanceId: id, code: criterion.code }))) {
      await manager.insert(InstanceCriterionEntity, { instanceId: id, code: criterion.code, label: criterion.label });
    }
  }
  for (const organism of demoOrganisms) {
    if (await manager.findOneBy(OrganismEntity, { siren: organism.siren })) continue;
    const { establishments, contacts, intervenants, ...fields } = organism;
    const created = await manager.save(OrganismEntity, { ...fields, rowVersion: 1 });
    await manager.insert(EstablishmentEntity, establishments.map((e) => ({ ...e, organismId: created.id, registeredUntil: null })));
    await manager.insert(OrganismContactEntity, contacts.map((c) => ({ ...c, organismId: created.id, updatedOn: "2026-01-05", changedOn: "2026-01-05" })));
    await manager.insert(IntervenantEntity, intervenants.map((i) => ({ ...i, organismId: created.id })));
  }
  for (const mandataire of demoMandataires) {
    if (await manager.findOneBy(MandataireEntity, { name: mandataire.name })) continue;
    const created = await manager.save(MandataireEntity, { name: mandataire.name, siren: mandataire.siren });
    for (const mandate of mandataire.mandates) {
      const organism = await manager.findOneByOrFail(OrganismEntity, { siren: mandate.organismSiren });
      await manager.insert(MandateEntity, {
        mandataireId: created.id,
        organismId: organism.id,
        proofReference: mandate.proofReference,
        validFrom: mandate.validFrom,
        validUntil: null,
      });
    }
  }
  for (const user of demoOrganismUsers) {
    if (await manager.findOneBy(UserEntity, { email: user.email })) continue;
    const organismId = "organismSiren" in user ? (await manager.findOneByOrFail(OrganismEntity, { siren: user.organismSiren })).id : null;
    const mandataireId = "mandataire" in user ? (await manager.findOneByOrFail(MandataireEntity, { name: user.mandataire })).id : null;
    await manager.insert(UserEntity, { email: user.email, displayName: user.displayName, role: user.role, instanceId: null, organismId, mandataireId, active: true });
  }
  for (const campaign of demoCampaigns) {
    const id = await instanceId(campaign.instance);
    if (await manager.findOneBy(CampaignEntity, { instanceId: id, name: campaign.name })) continue;
    const { meetings, instance: _instance, certification, ...fields } = campaign;
    const created = await manager.save(CampaignEntity, { ...fields, instanceId: id, certificationCode: certification });
    await manager.insert(MeetingEntity, meetings.map((meetsOn) => ({ campaignId: created.id, meetsOn })));
  }
  for (const demo of demoHabilitations) {
    const organism = await manager.findOneByOrFail(OrganismEntity, { siren: demo.organismSiren });
    const instance = await instanceId(demo.instance);
    if (await manager.findOneBy(HabilitationEntity, { organismId: organism.id, instanceId: instance })) continue;
    const campaign = await manager.findOneByOrFail(CampaignEntity, { instanceId: instance, name: demo.campaign });
    const meeting = await manager.findOneByOrFail(MeetingEntity, { campaignId: campaign.id, meetsOn: demo.meetsOn });
    const application = await manager.save(ApplicationEntity, {
      organismId: organism.id,
      instanceId: instance,
      campaignId: campaign.id,
      certificationCode: demo.certification,
      professionalField: null,
      mandataireId: null,
      status: "NOTIFIED_ACCEPTED",
      rowVersion: 1,
      filedOn: demo.filedOn,
      receiptNumber: demo.receiptNumber,
      completedOn: demo.filedOn,
      meetingId: meeting.id,
      opinionOn: demo.opinionOn,
      decidedOn: demo.decidedOn,
      durationMonths: 36,
      notifiedOn: demo.notifiedOn,
    });
    for (const stage of ["OPINION", "DECISION"] as const) {
      await manager.insert(
        ApplicationAssessmentEntity,
        CONVENTION_CRITERIA.map((c) => ({ applicationId: application.id, stage, criterionCode: c.code, criterionLabel: c.label, met: true, reason: "Critère satisfait au vu du dossier." })),
      );
    }
    await manager.insert(HabilitationEntity, {
      organismId: organism.id,
      instanceId: instance,
      applicationId: application.id,
      certificationCode: demo.certification,
      professionalField: null,
      notifiedOn: demo.notifiedOn,
      startsOn: demo.notifiedOn,
      firstUsedOn: demo.firstUsedOn,
      rowVersion: 1,
    });
  }
}
