import { and, asc, count, eq } from 'drizzle-orm';
import { agents, routingTests } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { pageBounds, type Page, type PageQuery } from '@/lib/paging/page';
import { toRoutingTestView, type RoutingTestView } from './view';

export interface RoutingTestPageQuery extends PageQuery {
  /** One agent's cases (NotFound if it does not exist); the workspace's without it. */
  agentId?: string;
}

/**
 * One page of routing tests in listRoutingTests' order (start agent by name, then each agent's list
 * order), counted and sliced by the database: a workspace holds up to 5,000.
 */
export async function listRoutingTestsPage(ctx: ServiceContext, query: RoutingTestPageQuery): Promise<Page<RoutingTestView>> {
  if (query.agentId !== undefined) await getOwnedOrThrow(ctx.db, ctx, 'Agent', query.agentId);
  const where = and(eq(routingTests.workspaceId, ctx.workspaceId), query.agentId === undefined ? undefined : eq(routingTests.agentId, query.agentId));
  const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(routingTests).where(where);
  const bounds = pageBounds(total, query);
  const rows =
    total === 0
      ? []
      : await ctx.db
          .select({ test: routingTests })
          .from(routingTests)
          .innerJoin(agents, eq(agents.id, routingTests.agentId))
          .where(where)
          // The id last: cases sharing a position keep one order, so paging never skips or repeats one.
          .orderBy(asc(agents.name), asc(agents.id), asc(routingTests.position), asc(routingTests.createdAt), asc(routingTests.id))
          .limit(bounds.size)
          .offset(bounds.offset);
  return { ...bounds, items: rows.map(({ test }) => toRoutingTestView(test)) };
}

/** How many cases each agent starts, by agent id (agents without any left out). */
export async function countRoutingTestsByAgent(ctx: ServiceContext): Promise<Map<string, number>> {
  const rows = await ctx.db
    .select({ agentId: routingTests.agentId, n: count() })
    .from(routingTests)
    .where(eq(routingTests.workspaceId, ctx.workspaceId))
    .groupBy(routingTests.agentId);
  return new Map(rows.map((row) => [row.agentId, row.n]));
}
