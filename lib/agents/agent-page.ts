import { and, asc, count, eq, or, sql, type Column, type SQL } from 'drizzle-orm';
import { agenticFunctions, agents } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { pageBounds, type Page, type PageQuery } from '@/lib/paging/page';
import type { AgentWithCounts } from './service';

export interface AgentPageQuery extends PageQuery {
  /** Part of the name, slug or description, any case. */
  q?: string;
}

/** One page of the workspace's agents by name, counted and sliced by the database, not in memory. */
export async function listAgentsPage(ctx: ServiceContext, query: AgentPageQuery): Promise<Page<AgentWithCounts>> {
  const where = and(eq(agents.workspaceId, ctx.workspaceId), query.q ? containsText(query.q) : undefined);
  const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(agents).where(where);
  const bounds = pageBounds(total, query);
  const rows = await ctx.db
    .select({ agent: agents, functionCount: count(agenticFunctions.id) })
    .from(agents)
    .leftJoin(agenticFunctions, eq(agenticFunctions.agentId, agents.id))
    .where(where)
    .groupBy(agents.id)
    .orderBy(asc(agents.name), asc(agents.id))
    .limit(bounds.size)
    .offset(bounds.offset);
  return { ...bounds, items: rows.map(({ agent, functionCount }) => ({ ...agent, functionCount })) };
}

/** A case-blind substring match that means the same on SQLite and PostgreSQL, `%` and `_` taken literally. */
function containsText(text: string): SQL | undefined {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = (column: Column) => sql`lower(${column}) like ${pattern} escape '\\'`;
  return or(like(agents.name), like(agents.slug), like(agents.description));
}
