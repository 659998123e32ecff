import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { Actor } from "../auth/actor";
import type { RequestContext } from "../context";
import { authenticationRequired, conflict } from "../errors";
import { JournalEntryEntity } from "./journal-entry.entity";
import { isDuplicateKey, updateIfUnchanged } from "./optimistic";

/** One line of the append-only journal: what changed, from which state to which, and why. */
export interface JournalRecord {
  subjectType: string;
  subjectId: string | number;
  /** The Instance the subject belongs to: who may read the entry. */
  subjectInstanceCode: string | null;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
}

/** A row whose version must still be the one that was read; it is bumped, with `values` written alongside. */
export interface VersionCheck {
  entity: EntityTarget<ObjectLiteral>;
  id: number;
  rowVersion: number;
  values?: Record<string, unknown>;
}

export interface WritePlan<R, T> {
  check?: VersionCheck | readonly VersionCheck[];
  /** The writes, inside the same transaction. */
  work?: (manager: EntityManager) => Promise<R>;
  journal: JournalRecord | readonly JournalRecord[] | ((result: R) => JournalRecord | readonly JournalRecord[]);
  /** The error to give when a unique index refuses the write (default: CONFLICT). */
  onDuplicate?: (error: unknown) => Error | undefined;
  /** Reads what was written, once the request's loaders are emptied. */
  reread: (result: R) => Promise<T>;
}

const MAX_REASON = 2000;
const asList = <X>(value: X | readonly X[] | undefined): readonly X[] => (value === undefined ? [] : Array.isArray(value) ? value : [value as X]);

/**
 * The one write path of every mutation: one transaction that checks the row versions it depends on, writes,
 * and appends the journal entries (timestamped by the request's clock); then the request's loaders are emptied
 * and the written state is read back.
 */
export class UnitOfWork {
  constructor(private readonly db: DataSource) {}

  async run<R, T>(ctx: RequestContext, plan: WritePlan<R, T>): Promise<T> {
    const actor = ctx.actor;
    if (!actor) throw authenticationRequired();
    try {
      const result = await this.db.transaction(async (manager) => {
        for (const check of asList(plan.check)) {
          await updateIfUnchanged(manager, check.entity, check.id, check.rowVersion, check.values ?? {});
        }
        const written = plan.work ? await plan.work(manager) : (undefined as R);
        const records = typeof plan.journal === "function" ? plan.journal(written) : plan.journal;
        await appendToJournal(manager, actor, ctx.clock.now(), asList(records as JournalRecord | readonly JournalRecord[]));
        return written;
      });
      ctx.memo.clear();
      return await plan.reread(result);
    } catch (error) {
      ctx.memo.clear();
      if (isDuplicateKey(error)) throw plan.onDuplicate?.(error) ?? conflict();
      throw error;
    }
  }
}

async function appendToJournal(manager: EntityManager, actor: Actor, at: Date, records: readonly JournalRecord[]): Promise<void> {
  if (records.length === 0) return;
  await manager.insert(
    JournalEntryEntity,
    records.map((record) => ({
      occurredAt: at,
      actorUserId: actor.userId,
      actorEmail: actor.email,
      actorRole: actor.role,
      instanceCode: actor.instanceCode,
      subjectInstanceCode: record.subjectInstanceCode,
      subjectType: record.subjectType,
      subjectId: String(record.subjectId),
      action: record.action,
      fromState: record.fromState ?? null,
      toState: record.toState ?? null,
      reason: record.reason ? record.reason.slice(0, MAX_REASON) : null,
    })),
  );
}
