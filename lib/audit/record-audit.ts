import { auditEvents } from '@/db/schema';
import type { AuditAction, AuditEntity } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { newSortableId } from '@/lib/domain/ids';
import { redactFunctionSecrets } from '@/lib/function-types/redact-secrets';

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
      before: entry.before ? toJsonObject(snapshot(entry, entry.before)) : null,
      after: entry.after ? toJsonObject(snapshot(entry, entry.after)) : null,
      effects: entry.effects ? toJsonObject(entry.effects) : null,
      at,
    });
}

/** A function's secrets (Custom Function header values) never reach the audit log: history is readable by every member. */
function snapshot(entry: AuditEntry, value: object): object {
  return entry.entityType === 'function' ? redactFunctionSecrets(value) : value;
}

/** Dates become ISO strings so the stored snapshot reads the same as the API's JSON. */
function toJsonObject(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
