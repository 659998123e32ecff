import type { EntityManager } from "typeorm";
import type { DataSource } from "typeorm";
import { type NoticeFields, procedureFacts, type WithdrawalFields, withdrawalFacts } from "./oversight.facts";
import type { OversightFacts } from "./rules/habilitation-effects";

/** What other areas may ask of oversight (reads only). */

type Source = Pick<DataSource | EntityManager, "query">;

interface FactRow {
  kind: "N" | "W";
  habilitationId: number;
  fileId: number;
  round: number | null;
  period: NoticeFields["period"] | null;
  suspension: number | null;
  withdrawalOn: string | null;
  issuedOn: string | null;
  notifiedOn: string | null;
  justifiedOn: string | null;
  decisionKind: NoticeFields["decisionKind"];
  decidedOn: string | null;
  decisionNotifiedOn: string | null;
  withdrawalCase: WithdrawalFields["withdrawalCase"] | null;
  refusedOn: string | null;
}

const NO_FACTS: OversightFacts = { procedures: [], withdrawals: [] };

/**
 * The dated facts of every procedure round and every withdrawal of these habilitations, in one statement whatever
 * their number: what their suspensions and withdrawal are computed from (WDR-1, CMP-3, CMP-4).
 */
export async function oversightFactsFor(source: Source, habilitationIds: readonly number[]): Promise<Map<number, OversightFacts>> {
  const result = new Map<number, OversightFacts>(habilitationIds.map((id) => [id, NO_FACTS]));
  if (habilitationIds.length === 0) return result;
  const rows: FactRow[] = await source.query(
    `SELECT 'N' AS kind, p.habilitation_id AS habilitationId, p.id AS fileId, n.round, n.period, n.suspension,
            n.withdrawal_on AS withdrawalOn, n.issued_on AS issuedOn, n.notified_on AS notifiedOn, n.justified_on AS justifiedOn,
            n.decision_kind AS decisionKind, n.decided_on AS decidedOn, n.decision_notified_on AS decisionNotifiedOn,
            NULL AS withdrawalCase, NULL AS refusedOn
       FROM formal_notice n JOIN compliance_procedure p ON p.id = n.procedure_id
      WHERE p.habilitation_id IN (?)
     UNION ALL
     SELECT 'W', w.habilitation_id, w.id, NULL, NULL, NULL, NULL, NULL, w.notified_on, NULL, NULL, w.decided_on, NULL,
            w.withdrawal_case, w.refused_on
       FROM habilitation_withdrawal w
      WHERE w.habilitation_id IN (?)`,
    [[...habilitationIds], [...habilitationIds]],
  );
  const notices = new Map<number, Map<number, NoticeFields[]>>();
  const withdrawals = new Map<number, WithdrawalFields[]>();
  for (const row of rows) {
    const habilitationId = Number(row.habilitationId);
    if (row.kind === "W") {
      const list = withdrawals.get(habilitationId) ?? [];
      list.push({ withdrawalCase: row.withdrawalCase!, decidedOn: row.decidedOn!, notifiedOn: row.notifiedOn, refusedOn: row.refusedOn });
      withdrawals.set(habilitationId, list);
      continue;
    }
    const byProcedure = notices.get(habilitationId) ?? new Map<number, NoticeFields[]>();
    notices.set(habilitationId, byProcedure);
    const rounds = byProcedure.get(Number(row.fileId)) ?? [];
    byProcedure.set(Number(row.fileId), rounds);
    rounds.push({
      round: Number(row.round),
      period: row.period!,
      failings: [],
      suspension: Number(row.suspension) === 1,
      withdrawalOn: row.withdrawalOn!,
      issuedOn: row.issuedOn!,
      notifiedOn: row.notifiedOn,
      justifiedOn: row.justifiedOn,
      decisionKind: row.decisionKind,
      decidedOn: row.decidedOn,
      decisionNotifiedOn: row.decisionNotifiedOn,
    });
  }
  for (const id of habilitationIds) {
    result.set(id, {
      procedures: [...(notices.get(id)?.values() ?? [])].map(procedureFacts),
      withdrawals: (withdrawals.get(id) ?? []).map(withdrawalFacts),
    });
  }
  return result;
}
