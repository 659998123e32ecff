import type { EntityManager } from "typeorm";
import type { Actor } from "../common/auth/actor";
import { JournalEntryEntity } from "./journal-entry.entity";

export interface JournalRecord {
  subjectType: string;
  subjectId: string | number;
  subjectInstanceCode: string | null;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
}

/** Appends to the journal inside the caller's transaction: the trace commits with the change or not at all. */
export async function recordInJournal(manager: EntityManager, actor: Actor, record: JournalRecord): Promise<void> {
  await manager.insert(JournalEntryEntity, {
    occurredAt: new Date(),
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
    reason: record.reason ? record.reason.slice(0, 2000) : null,
  });
}
