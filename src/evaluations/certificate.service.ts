import type { DataSource, SelectQueryBuilder } from "typeorm";
import type { RequestContext } from "../common/context";
import type { UnitOfWork } from "../common/db/unit-of-work";
import { badInput, conflict, forbidden, notFound } from "../common/errors";
import type { Connection } from "../common/graphql/connection";
import { isNumericId } from "../common/graphql/ids";
import type { InstanceService } from "../instances/instance.service";
import { isCertifPro, isInstanceMember, isOrganismAdminOf } from "../instances/rules/roles";
import { organismLoaders } from "../organisms/organism.loaders";
import { organismSummary } from "../organisms/organism.queries";
import { referentialLoaders } from "../referentials/referential.loaders";
import type { CandidateService } from "./candidate.service";
import { CertificateEntity, ResultsRequestEntity } from "./certificate.entity";
import { CandidateEntity } from "./candidate.entity";
import type { CertificateType, CertificateVerificationType, ResultsRequestType } from "./certificate.types";
import { candidateLine, decided, textWithin } from "./decided";
import type { CertificateFilter, ResultsRequestFilter, ResultsRequestInput } from "./evaluation.inputs";
import { evaluationLoaders } from "./evaluation.loaders";
import { newestFirst } from "./keyset";
import { optionalDate, requireDate } from "../common/date-input";
import { checkRevocation } from "./rules/certificate";
import { parseCertificateNumber, parseVerificationCode } from "./rules/certificate-number";
import { publicVerification } from "./rules/public-verification";
import {
  checkResultsRequest,
  checkResultsRequestDecision,
  type RequestChannel,
  type ResultsRequestKind,
  type ResultsRequestOutcome,
  resultsRequestDeadline,
} from "./rules/results-request";

/** Certificates, their public verification and withdrawal; the requests people address to the certifier (EVA-5, EVA-7). */
export class CertificateService {
  constructor(
    private readonly db: DataSource,
    private readonly writes: UnitOfWork,
    private readonly instances: InstanceService,
    private readonly candidates: CandidateService,
  ) {}

  /** The organism its own certificates; an Instance those delivered in its name (Certif Pro every one), without their holder. */
  async list(ctx: RequestContext, filter: CertificateFilter, first?: number | null, after?: string | null): Promise<Connection<CertificateType>> {
    const query = this.db.getRepository(CertificateEntity).createQueryBuilder("x");
    scopeToCaller(query, ctx, "x.organism_id", "x.certifier_instance_id");
    if (filter.organism) {
      const organism = await organismLoaders(ctx).organismBySiren.load(filter.organism.replace(/\s/g, ""));
      query.andWhere("x.organism_id = :organism", { organism: organism?.id ?? 0 });
    }
    if (filter.certification) query.andWhere("x.certification_code = :certification", { certification: filter.certification });
    const from = optionalDate(filter.deliveredFrom, "deliveredFrom");
    const to = optionalDate(filter.deliveredTo, "deliveredTo");
    if (from) query.andWhere("x.delivered_on >= :from", { from });
    if (to) query.andWhere("x.delivered_on <= :to", { to });
    if (filter.revoked !== null && filter.revoked !== undefined) query.andWhere(filter.revoked ? "x.revoked_on IS NOT NULL" : "x.revoked_on IS NULL");
    if (filter.habilitation) query.andWhere("x.habilitation_id = :habilitation", { habilitation: isNumericId(filter.habilitation) ? Number(filter.habilitation) : 0 });
    const page = await newestFirst(query, "delivered_on", (x) => x.deliveredOn, first, after);
    const nodes = await Promise.all(page.nodes.map((row) => this.view(ctx, row)));
    return { ...page, nodes, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i]! })) };
  }

  async byNumber(ctx: RequestContext, raw: string): Promise<CertificateType> {
    const certificate = await this.stub(ctx, raw);
    if (!isOrganismAdminOf(ctx.actor, certificate.organismId) && !seesAsCertifier(ctx, certificate.certifierInstanceId)) {
      throw forbidden("Ce certificat est consulté par l'organisme qui l'a délivré et par son certificateur ; la vérification publique se fait par verifyCertificate.");
    }
    return this.view(ctx, certificate);
  }

  /** The verification code and the holder's initials are the organism's; its certifier sees the rest. */
  async view(ctx: RequestContext, certificate: CertificateEntity): Promise<CertificateType> {
    const own = isOrganismAdminOf(ctx.actor, certificate.organismId);
    const [organism, certification, context] = await Promise.all([
      organismSummary(ctx, certificate.organismId),
      referentialLoaders(ctx).certificationByCode.load(certificate.certificationCode),
      certificate.contextInstanceId ? this.instances.byId(ctx, certificate.contextInstanceId) : null,
    ]);
    return {
      number: certificate.number,
      certificationCode: certificate.certificationCode,
      certificationName: certification?.name ?? certificate.certificationCode,
      referentialVersion: certificate.referentialVersion,
      context: context?.code ?? null,
      contextName: context?.name ?? null,
      deliveredOn: certificate.deliveredOn,
      deliveredInNameOf: certificate.deliveredInNameOf,
      organism,
      format: certificate.format,
      revokedOn: certificate.revokedOn,
      revocationReason: certificate.revocationReason,
      rowVersion: certificate.rowVersion,
      verificationCode: own ? certificate.verificationCode : null,
      holderInitials: own ? certificate.holderInitials : null,
      candidateId: own ? certificate.candidateId : null,
      pdfPath: own && certificate.candidateId !== null ? `/documents/certificates/${certificate.number}.pdf` : null,
    };
  }

  /** EVA-5: public: exists, valid or withdrawn; the holder's initials only with the verification code. */
  async verify(ctx: RequestContext, raw: string, code: string | null): Promise<CertificateVerificationType> {
    const number = decided(parseCertificateNumber(raw));
    const stub = await evaluationLoaders(ctx).certificateByNumber.load(number.text);
    const certification = stub ? await referentialLoaders(ctx).certificationByCode.load(stub.certificationCode) : undefined;
    const supplied = code === null || code.trim() === "" ? null : parseVerificationCode(code);
    const verification = publicVerification(
      stub ? { ...stub, certificationName: certification?.name ?? stub.certificationCode } : null,
      supplied === null ? null : supplied.ok ? supplied.value : "",
    );
    if (!verification.found) return { found: false, number: number.text, certificationName: null, referentialVersion: null, deliveredOn: null, deliveredInNameOf: null, valid: null, statusLabel: null, holderInitials: null, message: verification.message };
    return verification;
  }

  /** EVA-5: the certifier withdraws a certificate it delivered, once, dated and reasoned. */
  async revoke(ctx: RequestContext, raw: string, rowVersion: number, revokedOn: string, reason: string): Promise<CertificateType> {
    const certificate = await this.stub(ctx, raw);
    if (certificate.rowVersion !== rowVersion) throw conflict();
    const text = textWithin(reason, 2000, "Motif du retrait") ?? "";
    const day = decided(checkRevocation(certificate.revokedOn, text, requireDate(revokedOn, "revokedOn"), certificate.deliveredOn, ctx.clock.today()));
    const certifier = await this.instances.byId(ctx, certificate.certifierInstanceId);
    return this.writes.run(ctx, {
      check: { entity: CertificateEntity, id: certificate.id, rowVersion, values: { revokedOn: day, revocationReason: text } },
      journal: { subjectType: "CERTIFICATE", subjectId: certificate.number, subjectInstanceCode: certifier.code, action: "CERTIFICATE_REVOKED", fromState: "VALID", toState: "REVOKED", reason: `Retrait à compter du ${day} (motif au certificat).` },
      reread: async () => this.view(ctx, (await evaluationLoaders(ctx).certificateByNumber.load(certificate.number))!),
    });
  }

  /** EVA-7: the certifier records a letter it received, within one month of the results being communicated. */
  async recordRequest(ctx: RequestContext, candidateId: number, input: ResultsRequestInput): Promise<ResultsRequestType> {
    const candidate = await this.candidates.get(ctx, candidateId);
    const facts = await this.candidates.facts(ctx, candidate);
    const addressedTo = await this.instances.byId(ctx, ctx.actor!.instanceId!);
    const kind = input.kind as ResultsRequestKind;
    requireDate(input.sentOn, "sentOn");
    requireDate(input.receivedOn, "receivedOn");
    const { deadline } = decided(
      checkResultsRequest({
        kind,
        resultsCommunicatedOn: candidate.resultsCommunicatedOn,
        sentOn: input.sentOn,
        receivedOn: input.receivedOn,
        channel: input.channel as RequestChannel,
        addressedTo,
        certifier: facts.certifier,
        today: ctx.clock.today(),
      }),
    );
    return this.writes.run(ctx, {
      // The candidate as read: an erasure running at the same time cannot pass this request by (GDPR-1).
      check: { entity: CandidateEntity, id: candidate.id, rowVersion: candidate.rowVersion },
      work: async (manager) => {
        const { identifiers } = await manager.insert(ResultsRequestEntity, {
          candidateId,
          organismId: candidate.organismId,
          certifierInstanceId: facts.certifier.id,
          addressedToInstanceId: addressedTo.id,
          kind,
          channel: input.channel as RequestChannel,
          sentOn: input.sentOn,
          receivedOn: input.receivedOn,
          resultsCommunicatedOn: candidate.resultsCommunicatedOn!,
          recordedByUserId: ctx.actor!.userId,
          status: "OPEN",
          outcome: null,
          reasons: null,
          decidedOn: null,
          decidedByUserId: null,
          rowVersion: 1,
        });
        return identifiers[0]!.id as number;
      },
      journal: (id) => [
        { subjectType: "RESULTS_REQUEST", subjectId: id, subjectInstanceCode: addressedTo.code, action: "RESULTS_REQUEST_RECORDED", toState: "OPEN", reason: `${kind} envoyée le ${input.sentOn}, reçue le ${input.receivedOn} (délai : ${deadline}), dossier ${candidateId}.` },
        candidateLine(candidate, facts.certifier.code, "RESULTS_REQUEST_RECEIVED", `Demande ${id} reçue par ${addressedTo.code}.`),
      ],
      reread: (id) => this.requestView(ctx, id),
    });
  }

  /** EVA-7: the certifier decides once, with its reasons. */
  async decideRequest(ctx: RequestContext, id: number, rowVersion: number, outcome: ResultsRequestOutcome, reasons: string): Promise<ResultsRequestType> {
    const request = await this.request(ctx, id);
    if (request.rowVersion !== rowVersion) throw conflict();
    const text = textWithin(reasons, 4000, "Motifs de la décision") ?? "";
    decided(checkResultsRequestDecision(request.kind, request.status === "DECIDED", outcome, text));
    const addressedTo = await this.instances.byId(ctx, request.addressedToInstanceId);
    return this.writes.run(ctx, {
      check: { entity: ResultsRequestEntity, id, rowVersion, values: { status: "DECIDED", outcome, reasons: text, decidedOn: ctx.clock.today(), decidedByUserId: ctx.actor!.userId } },
      journal: { subjectType: "RESULTS_REQUEST", subjectId: id, subjectInstanceCode: addressedTo.code, action: "RESULTS_REQUEST_DECIDED", fromState: "OPEN", toState: outcome, reason: `Décision du certificateur : ${outcome}.` },
      reread: () => this.requestView(ctx, id),
    });
  }

  /** The Instance the requests are addressed to (Certif Pro every one, CTX-5); the organism those about its candidates. */
  async listRequests(ctx: RequestContext, filter: ResultsRequestFilter, first?: number | null, after?: string | null): Promise<Connection<ResultsRequestType>> {
    const query = this.db.getRepository(ResultsRequestEntity).createQueryBuilder("r");
    scopeToCaller(query, ctx, "r.organism_id", "r.addressed_to_instance_id");
    if (filter.status) query.andWhere("r.status = :status", { status: filter.status });
    if (filter.kind) query.andWhere("r.kind = :kind", { kind: filter.kind });
    const page = await newestFirst(query, "received_on", (r) => r.receivedOn, first, after);
    const nodes = await Promise.all(page.nodes.map((row) => this.requestViewOf(ctx, row)));
    return { ...page, nodes, edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i]! })) };
  }

  async ofCandidate(ctx: RequestContext, candidateId: number): Promise<CertificateType | null> {
    const certificate = await evaluationLoaders(ctx).certificateByCandidate.load(candidateId);
    return certificate ? this.view(ctx, certificate) : null;
  }

  async requestsOfCandidate(ctx: RequestContext, candidateId: number): Promise<ResultsRequestType[]> {
    return Promise.all((await evaluationLoaders(ctx).resultsRequestsByCandidate.load(candidateId)).map((row) => this.requestViewOf(ctx, row)));
  }

  private async request(ctx: RequestContext, id: number): Promise<ResultsRequestEntity> {
    const request = await evaluationLoaders(ctx).resultsRequestById.load(id);
    if (!request) throw notFound(`Demande ${id}`);
    return request;
  }

  private async requestView(ctx: RequestContext, id: number): Promise<ResultsRequestType> {
    return this.requestViewOf(ctx, await this.request(ctx, id));
  }

  private async requestViewOf(ctx: RequestContext, row: ResultsRequestEntity): Promise<ResultsRequestType> {
    const [organism, addressedTo, certifier] = await Promise.all([
      organismSummary(ctx, row.organismId),
      this.instances.byId(ctx, row.addressedToInstanceId),
      this.instances.byId(ctx, row.certifierInstanceId),
    ]);
    return {
      id: row.id,
      candidateId: row.candidateId,
      organism,
      kind: row.kind,
      channel: row.channel,
      sentOn: row.sentOn,
      receivedOn: row.receivedOn,
      resultsCommunicatedOn: row.resultsCommunicatedOn,
      deadline: resultsRequestDeadline(row.resultsCommunicatedOn),
      addressedTo: addressedTo.code,
      certifier: certifier.code,
      status: row.status,
      outcome: row.outcome,
      reasons: row.reasons,
      decidedOn: row.decidedOn,
      rowVersion: row.rowVersion,
    };
  }

  private async stub(ctx: RequestContext, raw: string): Promise<CertificateEntity> {
    const number = parseCertificateNumber(raw);
    if (!number.ok) throw badInput(number.message);
    const certificate = await evaluationLoaders(ctx).certificateByNumber.load(number.value.text);
    if (!certificate) throw notFound(`Certificat ${number.value.text}`);
    return certificate;
  }
}

const seesAsCertifier = (ctx: RequestContext, instanceId: number): boolean =>
  isInstanceMember(ctx.actor) && (isCertifPro(ctx.actor) || ctx.actor.instanceId === instanceId);

/** An organism's admin sees its own rows; an Instance member those of its Instance, Certif Pro's every one; nobody else any. */
function scopeToCaller<T extends object>(query: SelectQueryBuilder<T>, ctx: RequestContext, organismColumn: string, instanceColumn: string): void {
  const actor = ctx.actor;
  if (actor?.role === "ORGANISM_ADMIN" && actor.organismId) query.andWhere(`${organismColumn} = :scopeOrganism`, { scopeOrganism: actor.organismId });
  else if (isInstanceMember(actor)) {
    if (!isCertifPro(actor)) query.andWhere(`${instanceColumn} = :scopeInstance`, { scopeInstance: actor.instanceId });
  } else throw forbidden("Réservé à l'organisme et aux Instances certificatrices.");
}
