import { and, desc, eq, inArray } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';

/**
 * Who made the latest change to each of these functions, from the audit log: a person's email or an
 * API key's name. For one page of the review table at a time (ids are at most a page), through the
 * (entity type, entity id, at) index.
 */
export async function lastChangedBy(ctx: ServiceContext, functionIds: string[]): Promise<Map<string, string>> {
  if (functionIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: auditEvents.entityId, actor: auditEvents.actor })
    .from(auditEvents)
    .where(and(eq(auditEvents.workspaceId, ctx.workspaceId), eq(auditEvents.entityType, 'function'), inArray(auditEvents.entityId, functionIds)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id));
  const actors = new Map<string, string>();
  for (const row of rows) if (!actors.has(row.id)) actors.set(row.id, row.actor);
  return actors;
}
