import { and, eq, inArray } from 'drizzle-orm';
import { chatSessions } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';

/**
 * Which of these agents at least one conversation of the workspace started with (its Pre-Session
 * functions ran then). One grouped query however many agents are asked about.
 */
export async function agentsConversationsStartedWith(ctx: ServiceContext, agentIds: readonly string[]): Promise<Set<string>> {
  if (agentIds.length === 0) return new Set();
  const rows = await ctx.db
    .select({ agentId: chatSessions.startAgentId })
    .from(chatSessions)
    .where(and(eq(chatSessions.workspaceId, ctx.workspaceId), inArray(chatSessions.startAgentId, [...agentIds])))
    .groupBy(chatSessions.startAgentId);
  return new Set(rows.map((row) => row.agentId));
}
