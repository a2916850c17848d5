import { and, count, desc, eq, exists, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { chatSessions, sessionEvents } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { pageBounds, type Page, type PageQuery } from '@/lib/paging/page';

export interface SessionSummary {
  id: string;
  startAgentId: string;
  activeAgentId: string;
  engine: string;
  messages: number;
  handoffs: number;
  /** When the conversation ended (it takes no more messages), or null while it may go on. */
  endedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * One page of past test sessions, newest first, counted and sliced by the database, with how much happened in each.
 * Only conversations are listed: a session the customer wrote in, or one that ended (a Pre-Session function
 * may end it before any message). One opened and never written to — every visit to Test Chat made one until
 * sessions started with the first message — would only bury the conversations, so it is left out of the rows
 * and the count alike; its transcript stays readable by id.
 */
export async function listSessionsPage(ctx: ServiceContext, query: PageQuery): Promise<Page<SessionSummary>> {
  const customerWrote = exists(
    ctx.db
      .select({ one: sql`1` })
      .from(sessionEvents)
      .where(
        and(
          eq(sessionEvents.sessionId, chatSessions.id),
          eq(sessionEvents.type, 'message'),
          // `->>` reads a JSON field on PostgreSQL (jsonb) and on SQLite (3.38+) alike.
          sql`${sessionEvents.payload} ->> 'role' = 'user'`,
        ),
      ),
  );
  const where = and(eq(chatSessions.workspaceId, ctx.workspaceId), or(isNotNull(chatSessions.endedAt), customerWrote));
  const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(chatSessions).where(where);
  const bounds = pageBounds(total, query);
  const sessions =
    total === 0
      ? []
      : await ctx.db
          .select()
          .from(chatSessions)
          .where(where)
          // Sessions active in the same millisecond keep one order, so paging never skips or repeats one.
          .orderBy(desc(chatSessions.updatedAt), desc(chatSessions.id))
          .limit(bounds.size)
          .offset(bounds.offset);
  const counts = await eventCounts(ctx, sessions.map((session) => session.id));
  const items = sessions.map((session) => ({
    id: session.id,
    startAgentId: session.startAgentId,
    activeAgentId: session.activeAgentId,
    engine: session.engine,
    messages: counts.get(session.id)?.messages ?? 0,
    handoffs: counts.get(session.id)?.handoffs ?? 0,
    endedAt: session.endedAt?.toISOString() ?? null,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  }));
  return { ...bounds, items };
}

/** Messages and handoffs of each of these sessions (absent when it has none). */
async function eventCounts(ctx: ServiceContext, sessionIds: string[]): Promise<Map<string, { messages: number; handoffs: number }>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      sessionId: sessionEvents.sessionId,
      messages: sql<number>`sum(case when ${sessionEvents.type} = 'message' then 1 else 0 end)`,
      handoffs: sql<number>`sum(case when ${sessionEvents.type} = 'handoff' then 1 else 0 end)`,
    })
    .from(sessionEvents)
    .where(inArray(sessionEvents.sessionId, sessionIds))
    .groupBy(sessionEvents.sessionId);
  // PostgreSQL answers a sum as a string.
  return new Map(rows.map((row) => [row.sessionId, { messages: Number(row.messages), handoffs: Number(row.handoffs) }]));
}
