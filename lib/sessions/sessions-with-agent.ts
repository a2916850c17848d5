import { and, count, eq, inArray, or } from 'drizzle-orm';
import { chatSessions, sessionEvents } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';

/**
 * How many of the workspace's test sessions an agent took part in: started with, ended with, or spoke,
 * called a function or handed off in along the way (each event records the agent that acted).
 */
export async function countSessionsWithAgent(ctx: ServiceContext, agentId: string): Promise<number> {
  const actedIn = ctx.db
    .selectDistinct({ id: sessionEvents.sessionId })
    .from(sessionEvents)
    .where(and(eq(sessionEvents.workspaceId, ctx.workspaceId), eq(sessionEvents.agentId, agentId)));
  const [row] = await ctx.db
    .select({ n: count() })
    .from(chatSessions)
    .where(
      and(
        eq(chatSessions.workspaceId, ctx.workspaceId),
        or(eq(chatSessions.startAgentId, agentId), eq(chatSessions.activeAgentId, agentId), inArray(chatSessions.id, actedIn)),
      ),
    );
  return row?.n ?? 0;
}
