import { and, count, desc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { agents, auditEvents } from '@/db/schema';
import { AUDIT_ENTITIES, FUNCTION_TYPES, PHASES, type AuditAction, type AuditEntity } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { NotFoundError } from '@/lib/domain/errors';
import { PageQuerySchema, pageBounds, type Page } from '@/lib/paging/page';

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

export const HistoryQuerySchema = PageQuerySchema.extend({
  entity: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  /** An entry to open the page of, for links to one change (a test run's "changed since"). */
  entry: z.string().trim().min(1).max(100).optional().catch(undefined),
});
export type HistoryQuery = z.output<typeof HistoryQuerySchema>;

/** One page of the changes in the workspace (of one kind of entity), newest first, counted and sliced by the database. */
export async function listWorkspaceHistory(ctx: ServiceContext, query: HistoryQuery): Promise<Page<AuditRecord>> {
  const where = and(eq(auditEvents.workspaceId, ctx.workspaceId), query.entity ? eq(auditEvents.entityType, query.entity) : undefined);
  const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(auditEvents).where(where);
  const newer = query.entry ? await countNewerThan(ctx, where, query.entry) : null;
  const bounds = pageBounds(total, newer === null ? query : { ...query, page: Math.floor(newer / query.size) + 1 });
  const items = total === 0 ? [] : await ctx.db.select().from(auditEvents).where(where).orderBy(...NEWEST_FIRST).limit(bounds.size).offset(bounds.offset);
  return { ...bounds, items };
}

/** How many changes matching `where` come before this entry, newest first; null when it is not in the workspace. */
async function countNewerThan(ctx: ServiceContext, where: SQL | undefined, entryId: string): Promise<number | null> {
  const [entry] = await ctx.db
    .select({ at: auditEvents.at, id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.workspaceId, ctx.workspaceId), eq(auditEvents.id, entryId)));
  if (!entry) return null;
  const newer = or(gt(auditEvents.at, entry.at), and(eq(auditEvents.at, entry.at), gt(auditEvents.id, entry.id)));
  const [{ n } = { n: 0 }] = await ctx.db.select({ n: count() }).from(auditEvents).where(and(where, newer));
  return n;
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
