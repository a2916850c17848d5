import { auditEvents } from '@/db/schema';
import type { AuditAction, AuditEntity } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { newSortableId } from '@/lib/domain/ids';

export interface AuditEntry {
  entityType: AuditEntity;
  entityId: string;
  action: AuditAction;
  before: object | null;
  after: object | null;
  /** What else the change did (an agent's delete: the functions removed, the transcripts kept). */
  effects?: object;
}

/**
 * Appends one audit row through the caller's transaction context (`withTransaction`), so the change
 * and its record land together.
 */
export async function recordAudit(tx: ServiceContext, entry: AuditEntry, at: Date): Promise<void> {
  await tx.db
    .insert(auditEvents)
    .values({
      id: newSortableId('aud'),
      workspaceId: tx.workspaceId,
      actor: tx.actor,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ? toJsonObject(entry.before) : null,
      after: entry.after ? toJsonObject(entry.after) : null,
      effects: entry.effects ? toJsonObject(entry.effects) : null,
      at,
    });
}

/** Dates become ISO strings so the stored snapshot reads the same as the API's JSON. */
function toJsonObject(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
