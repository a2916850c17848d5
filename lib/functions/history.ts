import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { agents, auditEvents } from '@/db/schema';
import { AUDIT_ENTITIES, FUNCTION_TYPES, PHASES, type AuditAction, type AuditEntity } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { NotFoundError } from '@/lib/domain/errors';

/** A function as an audit row recorded it: the fields history and restore rely on, checked on read. */
export const FunctionSnapshotSchema = z.object({
  id: z.string(),
  agentId: z.string(),
  phase: z.enum(PHASES),
  type: z.enum(FUNCTION_TYPES),
  config: z.record(z.string(), z.unknown()),
  targetAgentId: z.string().nullable(),
  toolName: z.string().nullable(),
  enabled: z.boolean(),
  version: z.number().int().positive(),
});
export type FunctionSnapshot = z.infer<typeof FunctionSnapshotSchema>;

/** One recorded change, newest first in every list. */
export interface AuditRecord {
  id: string;
  at: Date;
  actor: string;
  entityType: AuditEntity;
  entityId: string;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  effects: Record<string, unknown> | null;
}

// Several events can share a millisecond (deleting an agent records its functions too): their ids
// sort in the order they were written (newSortableId).
const NEWEST_FIRST = [desc(auditEvents.at), desc(auditEvents.id)];

/** A function's history, newest first; it outlives the function, so a deleted one still has one. */
export async function listFunctionHistory(ctx: ServiceContext, functionId: string): Promise<AuditRecord[]> {
  const rows = await selectFunctionHistory(ctx.db, ctx, functionId);
  if (rows.length === 0) throw new NotFoundError('Function', functionId);
  return rows;
}

export function selectFunctionHistory(db: Db, ctx: Pick<ServiceContext, 'workspaceId'>, functionId: string): Promise<AuditRecord[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.workspaceId, ctx.workspaceId), eq(auditEvents.entityType, 'function'), eq(auditEvents.entityId, functionId)))
    .orderBy(...NEWEST_FIRST);
}

export const HistoryQuerySchema = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  limit: z.coerce.number().int().min(1).max(1000).catch(100).default(100),
});
export type HistoryQuery = z.output<typeof HistoryQuerySchema>;

/** Every change to agents and functions in the workspace, newest first, up to `limit`. */
export async function listWorkspaceHistory(ctx: ServiceContext, query: HistoryQuery): Promise<AuditRecord[]> {
  return ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.workspaceId, ctx.workspaceId), query.entity ? eq(auditEvents.entityType, query.entity) : undefined))
    .orderBy(...NEWEST_FIRST)
    .limit(query.limit);
}

/** The snapshot an event holds: the state after it, or (for a delete) the state before it. */
export function snapshotOf(record: Pick<AuditRecord, 'before' | 'after'>): FunctionSnapshot | null {
  const parsed = FunctionSnapshotSchema.safeParse(record.after ?? record.before);
  return parsed.success ? parsed.data : null;
}

/**
 * Agent names by id, for the agents that still exist and, from their own history, for the ones
 * that were deleted, so old entries still read "General Support → Billing".
 */
export async function agentNamesById(db: Db, ctx: Pick<ServiceContext, 'workspaceId'>, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  const names = new Map<string, string>();
  if (wanted.length === 0) return names;
  const live = await db
    .select({ id: agents.id, name: agents.name })
    .from(agents)
    .where(and(eq(agents.workspaceId, ctx.workspaceId), inArray(agents.id, wanted)));
  for (const agent of live) {
    names.set(agent.id, agent.name);
  }
  const missing = wanted.filter((id) => !names.has(id));
  if (missing.length === 0) return names;
  const records = await db
    .select({ entityId: auditEvents.entityId, before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(and(eq(auditEvents.workspaceId, ctx.workspaceId), eq(auditEvents.entityType, 'agent'), inArray(auditEvents.entityId, missing)))
    .orderBy(...NEWEST_FIRST);
  for (const record of records) {
    const name = (record.after ?? record.before)?.name;
    if (!names.has(record.entityId) && typeof name === 'string') names.set(record.entityId, `${name} (deleted)`);
  }
  return names;
}
