import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { RequestContext } from "../common/context";
import type { JournalRecord } from "../common/db/unit-of-work";
import { badInput } from "../common/errors";
import { isNumericId } from "../common/graphql/ids";
import type { HabilitationService } from "../habilitations/habilitation.service";
import { organismLoaders } from "../organisms/organism.loaders";
import type { CandidateFacts } from "./candidate-facts";
import type { CandidateService } from "./candidate.service";
import type { CandidateType } from "./candidate.types";
import { type CertificateFormat, CertificateEntity } from "./certificate.entity";
import { requireDate } from "../common/date-input";
import { decided, textWithin } from "./decided";
import type { JuryDecisionInput, JuryMemberInput } from "./evaluation.inputs";
import { evaluationLoaders } from "./evaluation.loaders";
import { JuryDecisionEntity, JuryDepartureEntity, JuryMemberEntity } from "./jury.entity";
import { checkCertificateIssuance, deliveredInNameOf } from "./rules/certificate";
import { formatCertificateNumber, VERIFICATION_RANDOM_BYTES, verificationCodeFromBytes } from "./rules/certificate-number";
import { checkJuryDecision, type JuryOutcome } from "./rules/jury";
import { pathStatus } from "./rules/path";
import { holderInitials } from "./rules/public-verification";
import type { PersonOnPath } from "./rules/trainer-separation";

interface Issued {
  number: string;
  deliveredOn: string;
}

/**
 * EVA-5: the sovereign jury's decision, recorded with its members and minutes; an award delivers the certificate in
 * the same transaction (number, verification code, stub), and the first one under a habilitation is its evidence of
 * use (HAB-6).
 */
export class JuryService {
  constructor(
    private readonly candidates: CandidateService,
    private readonly habilitations: HabilitationService,
  ) {}

  async decide(ctx: RequestContext, candidateId: number, rowVersion: number, input: JuryDecisionInput): Promise<CandidateType> {
    const today = ctx.clock.today();
    const facts = await this.candidates.current(ctx, candidateId, rowVersion);
    this.candidates.mayContinue(ctx, facts);
    const { candidate, referential } = facts;
    const minutes = textWithin(input.minutes, 60_000, "Procès-verbal du jury") ?? "";
    const reason = textWithin(input.reason, 2000, "Motif de la décision");
    const departures = (input.departures ?? []).map((d) => ({ domainCode: d.domainCode.trim(), reason: textWithin(d.reason, 2000, `Motif pour le domaine ${d.domainCode}`) ?? "" }));
    const members = await this.members(ctx, facts, input.members);
    const status = pathStatus(referential.evaluated, facts.recorded, today);
    const decision = decided(
      checkJuryDecision({
        certification: candidate.certificationCode,
        domains: referential.evaluated.domains.map((d) => d.code),
        status,
        lastEvaluationOn: facts.recorded.map((e) => e.heldOn).sort().at(-1) ?? null,
        alreadyAwarded: candidate.status === "AWARDED",
        members,
        trainers: facts.trainers,
        outcome: input.outcome as JuryOutcome,
        validatedDomains: [...new Set(input.validatedDomains.map((code) => code.trim()))],
        departures,
        reason,
        minutes,
        decidedOn: requireDate(input.decidedOn, "decidedOn"),
        today,
      }),
    );
    const awarded = decision.outcome === "AWARDED";
    const issuance = awarded
      ? decided(
          checkCertificateIssuance({
            juryOutcome: "AWARDED",
            juryDecidedOn: decision.decidedOn,
            alreadyIssued: !!(await evaluationLoaders(ctx).certificateByCandidate.load(candidate.id)),
            format: (input.certificateFormat as CertificateFormat | null | undefined) ?? null,
          }),
        )
      : null;
    const identity = (await evaluationLoaders(ctx).identityByCandidate.load(candidate.id))!;
    let issued: Issued | null = null;
    let use: JournalRecord | null = null;
    return this.candidates.step(
      ctx,
      facts,
      {
        values: awarded ? { status: "AWARDED" } : {},
        toState: awarded ? "AWARDED" : "OPEN",
        action: "JURY_DECIDED",
        reason: `Décision du jury du ${decision.decidedOn} : ${awarded ? "certificat délivré" : "certificat non délivré"} ; domaines validés : ${decision.validatedDomains.join(", ") || "aucun"}${departures.length ? ` (appréciation motivée : ${departures.map((d) => d.domainCode).join(", ")})` : ""}.`,
        work: async (manager) => {
          const { identifiers } = await manager.insert(JuryDecisionEntity, {
            candidateId: candidate.id,
            outcome: decision.outcome,
            decidedOn: decision.decidedOn,
            validatedDomains: decision.validatedDomains.join(","),
            reason,
            minutes,
            recordedByUserId: ctx.actor!.userId,
          });
          const juryDecisionId = identifiers[0]!.id as number;
          await manager.insert(JuryMemberEntity, members.map((m) => ({ juryDecisionId, intervenantId: m.intervenantId === null ? null : Number(m.intervenantId), fullName: m.fullName })));
          if (departures.length) await manager.insert(JuryDepartureEntity, departures.map((d) => ({ juryDecisionId, ...d })));
          if (issuance) {
            issued = await issueCertificate(manager, facts, issuance.deliveredOn, issuance.format, holderInitials(identity.firstNames, identity.lastName));
            use = await this.habilitations.recordCertificateUse(manager, { id: candidate.habilitationId, instanceCode: facts.certifier.code }, issued.deliveredOn, issued.number);
          }
        },
      },
      () =>
        issued
          ? [
              {
                subjectType: "CERTIFICATE",
                subjectId: issued.number,
                subjectInstanceCode: facts.certifier.code,
                action: "CERTIFICATE_ISSUED",
                toState: "VALID",
                reason: `Certificat ${issued.number} délivré le ${issued.deliveredOn} au nom de ${deliveredInNameOf(facts.certifier)} (dossier ${candidate.id}).`,
              },
              use,
            ]
          : [],
    );
  }

  /** EVA-5: members named by the organism: its intervenants by id, or outside members by name. */
  private async members(ctx: RequestContext, facts: CandidateFacts, inputs: readonly JuryMemberInput[]): Promise<PersonOnPath[]> {
    return Promise.all(
      inputs.map(async (input) => {
        if (input.intervenant) {
          const intervenant = isNumericId(input.intervenant) ? await organismLoaders(ctx).intervenantById.load(Number(input.intervenant)) : undefined;
          if (!intervenant || intervenant.organismId !== facts.candidate.organismId) {
            throw badInput(`Intervenant ${input.intervenant} inconnu de l'organisme : nommez un membre extérieur par son nom, ou choisissez un intervenant déclaré.`);
          }
          return { intervenantId: intervenant.id, fullName: intervenant.fullName };
        }
        return { intervenantId: null, fullName: textWithin(input.fullName, 200, "Nom du membre du jury") ?? "" };
      }),
    );
  }
}

/** EVA-5: the number the database allocates for the certification and the year, a random verification code, the stub. */
async function issueCertificate(manager: EntityManager, facts: CandidateFacts, deliveredOn: string, format: CertificateFormat, initials: string): Promise<Issued> {
  const { candidate, certifier, referential } = facts;
  const year = Number(deliveredOn.slice(0, 4));
  await manager.query(
    "INSERT INTO certificate_sequence (certification_code, year, last_value) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE last_value = last_value + 1",
    [candidate.certificationCode, year],
  );
  const [row] = await manager.query("SELECT last_value AS value FROM certificate_sequence WHERE certification_code = ? AND year = ?", [candidate.certificationCode, year]);
  const number = formatCertificateNumber(candidate.certificationCode, year, Number(row.value)).text;
  await manager.insert(CertificateEntity, {
    number,
    verificationCode: verificationCodeFromBytes(randomBytes(VERIFICATION_RANDOM_BYTES)),
    certificationCode: candidate.certificationCode,
    candidateId: candidate.id,
    organismId: candidate.organismId,
    habilitationId: candidate.habilitationId,
    referentialVersion: referential.version.version,
    contextInstanceId: candidate.contextInstanceId,
    certifierInstanceId: certifier.id,
    deliveredInNameOf: deliveredInNameOf(certifier),
    deliveredOn,
    holderInitials: initials,
    format,
    revokedOn: null,
    revocationReason: null,
    rowVersion: 1,
  });
  return { number, deliveredOn };
}
