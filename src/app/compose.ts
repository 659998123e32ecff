import "reflect-metadata";
import type { DataSource } from "typeorm";
import { ApplicationResolver, CampaignResolver } from "../applications/application.resolver";
import { ApplicationService } from "../applications/application.service";
import { auditsInProgress } from "../oversight/organism-audits";
import { CampaignService } from "../applications/campaign.service";
import { UnitOfWork } from "../common/db/unit-of-work";
import { ContextualisationResolver } from "../contextualisations/contextualisation.resolver";
import { ContextualisationService } from "../contextualisations/contextualisation.service";
import { CandidateFieldsResolver, CandidateResolver } from "../evaluations/candidate.resolver";
import { CandidateViews } from "../evaluations/candidate-views";
import { CandidateService } from "../evaluations/candidate.service";
import { CertificateFieldsResolver, CertificateResolver } from "../evaluations/certificate.resolver";
import { CertificateService } from "../evaluations/certificate.service";
import { EvaluationResolver } from "../evaluations/evaluation.resolver";
import { EvaluationService } from "../evaluations/evaluation.service";
import { JuryService } from "../evaluations/jury.service";
import { PersonalDataResolver } from "../evaluations/personal-data.resolver";
import { PersonalDataService } from "../evaluations/personal-data.service";
import { FeeResolver } from "../fees/fee.resolver";
import { FeeService } from "../fees/fee.service";
import { HabilitationResolver } from "../habilitations/habilitation.resolver";
import { HabilitationService } from "../habilitations/habilitation.service";
import { PublicDecisionService } from "../habilitations/public-decision.service";
import { InstanceResolver } from "../instances/instance.resolver";
import { InstanceService } from "../instances/instance.service";
import { JournalReadService } from "../journal/journal-read.service";
import { JournalResolver } from "../journal/journal.resolver";
import { OrganismEdits } from "../organisms/organism-edits";
import { OrganismMutationResolver } from "../organisms/organism-mutation.resolver";
import { OrganismResolver } from "../organisms/organism.resolver";
import { OrganismService } from "../organisms/organism.service";
import { ReferentialResolver } from "../referentials/referential.resolver";
import type { PublicationIndex } from "../referentials/publication-index";
import { ReferentialService } from "../referentials/referential.service";
import { AuditResolver } from "../oversight/audit.resolver";
import { AuditService } from "../oversight/audit.service";
import { HabilitationOversightResolver } from "../oversight/habilitation-oversight.resolver";
import { OversightEffectsReader } from "../oversight/oversight-effects";
import { OversightReader } from "../oversight/oversight-reader";
import { ProcedureResolver } from "../oversight/procedure.resolver";
import { ProcedureService } from "../oversight/procedure.service";
import { WithdrawalResolver } from "../oversight/withdrawal.resolver";
import { WithdrawalService } from "../oversight/withdrawal.service";

/**
 * The composition root: every area's services, built once per process, each given what it needs. `publications`:
 * what is in force, held in memory for public reads; without it they read the database. `reportingDb`: a read
 * replica for the journal and public decisions (reads a few seconds behind are fine there), the primary by default.
 */
export function composeServices(db: DataSource, publications?: PublicationIndex, reportingDb: DataSource = db) {
  const writes = new UnitOfWork(db);
  const instances = new InstanceService(db);
  const referentials = new ReferentialService(db, writes, publications);
  const contextualisations = new ContextualisationService(db, writes, instances, referentials);
  const organisms = new OrganismService(db);
  const organismEdits = new OrganismEdits(writes);
  // The habilitations area reads its suspensions and withdrawal through a port that oversight implements (V.3).
  const habilitations = new HabilitationService(db, writes, instances, new OversightEffectsReader());
  const applications = new ApplicationService(db, writes, instances, habilitations);
  const campaigns = new CampaignService(db, writes, instances);
  const publicDecisions = new PublicDecisionService(reportingDb);
  const oversight = new OversightReader(habilitations, instances);
  const audits = new AuditService(db, writes, oversight);
  const procedures = new ProcedureService(db, writes, oversight);
  const withdrawals = new WithdrawalService(db, writes, oversight);
  const candidates = new CandidateService(db, writes, { habilitations, instances, referentials, audits: auditsInProgress });
  const candidateViews = new CandidateViews(referentials);
  const evaluations = new EvaluationService(db, writes, candidates);
  const juries = new JuryService(candidates, habilitations);
  const certificates = new CertificateService(db, writes, instances, candidates);
  const personalData = new PersonalDataService(db, writes, { habilitations, instances, candidates, evaluations, certificates });
  const fees = new FeeService(db, writes);
  const journal = new JournalReadService(reportingDb);
  return {
    instances,
    referentials,
    contextualisations,
    organisms,
    organismEdits,
    applications,
    campaigns,
    habilitations,
    publicDecisions,
    audits,
    procedures,
    withdrawals,
    candidates,
    candidateViews,
    evaluations,
    juries,
    certificates,
    personalData,
    fees,
    journal,
  };
}

export type Services = ReturnType<typeof composeServices>;

/** The resolvers, each with its services; type-graphql asks this container for them. */
export function composeResolvers(s: Services): Map<Function, object> {
  return new Map<Function, object>([
    [InstanceResolver, new InstanceResolver(s.instances)],
    [ReferentialResolver, new ReferentialResolver(s.referentials)],
    [ContextualisationResolver, new ContextualisationResolver(s.contextualisations, s.referentials)],
    [OrganismResolver, new OrganismResolver(s.organisms)],
    [OrganismMutationResolver, new OrganismMutationResolver(s.organismEdits)],
    [ApplicationResolver, new ApplicationResolver(s.applications, s.campaigns)],
    [CampaignResolver, new CampaignResolver()],
    [HabilitationResolver, new HabilitationResolver(s.habilitations, s.publicDecisions)],
    [AuditResolver, new AuditResolver(s.audits, s.procedures, s.withdrawals, s.habilitations)],
    [ProcedureResolver, new ProcedureResolver(s.procedures, s.audits, s.habilitations)],
    [WithdrawalResolver, new WithdrawalResolver(s.withdrawals, s.audits, s.procedures, s.habilitations)],
    [HabilitationOversightResolver, new HabilitationOversightResolver(s.audits, s.procedures, s.withdrawals)],
    [CandidateResolver, new CandidateResolver(s.candidates)],
    [CandidateFieldsResolver, new CandidateFieldsResolver(s.candidateViews, s.evaluations, s.certificates)],
    [EvaluationResolver, new EvaluationResolver(s.evaluations, s.juries)],
    [CertificateResolver, new CertificateResolver(s.certificates)],
    [CertificateFieldsResolver, new CertificateFieldsResolver()],
    [PersonalDataResolver, new PersonalDataResolver(s.personalData)],
    [FeeResolver, new FeeResolver(s.fees)],
    [JournalResolver, new JournalResolver(s.journal)],
  ]);
}
