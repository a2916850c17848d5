import { and, count, desc, eq, gte, inArray, lt, max, sql } from 'drizzle-orm';
import { chatSessions, sessionEvents } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { resolveAgentNames, sessionAgentIds } from '@/lib/agents/agent-names';
import { listAgents } from '@/lib/agents/service';
import { loadAgentState } from '@/lib/conversation/agent-state';
import { CONTEXT_MAX_MESSAGES } from '@/lib/conversation/context-window';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { SessionEvent, SessionEventData } from '@/lib/conversation/events';
import { runTurn } from '@/lib/conversation/run-turn';
import type { ServiceContext } from '@/lib/domain/context';
import { newId } from '@/lib/domain/ids';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { assertCanContinue } from './continuable';
import { SESSION_EVENTS_MAX_PAGE, type MessageCreateInput, type SessionCreateInput, type SessionEventsQuery } from './schema';

export type ChatSession = typeof chatSessions.$inferSelect;

export interface SessionRecord {
  id: string;
  startAgentId: string;
  activeAgentId: string;
  engine: string;
  createdAt: string;
  updatedAt: string;
}

/** Where a page of events sits in the whole transcript. */
export interface EventsPage {
  /** Events in the whole transcript. */
  total: number;
  /** Events before this page. */
  earlier: number;
  /** Pass as `before` to read the page before this one; null on the first page. */
  earlierBefore: number | null;
}

export interface SessionWithEvents extends SessionRecord {
  /** One page of the transcript, oldest first: the newest events unless `before` asked for earlier ones. */
  events: SessionEvent[];
  page: EventsPage;
}

/** Starts a test conversation with an agent; its greeting, if it has one, opens the transcript. */
export async function createSession(ctx: ServiceContext, input: SessionCreateInput, engine: LlmEngine): Promise<SessionWithEvents> {
  const agent = getOwnedOrThrow(ctx.db, ctx, 'Agent', input.agentId);
  const now = new Date();
  const session: ChatSession = {
    id: newId('ses'),
    workspaceId: ctx.workspaceId,
    startAgentId: agent.id,
    activeAgentId: agent.id,
    engine: engine.label,
    createdAt: now,
    updatedAt: now,
  };
  const opening: SessionEventData[] = agent.greeting
    ? [{ type: 'message', role: 'assistant', agentId: agent.id, content: agent.greeting, kind: 'greeting' }]
    : [];
  const events = await withTransaction(ctx, (tx) => {
    tx.db.insert(chatSessions).values(session).run();
    return appendEvents(tx, session.id, opening, now);
  });
  return toSessionWithEvents(session, events);
}

/**
 * The session and one page of its transcript: the newest `limit` events (at most SESSION_EVENTS_MAX_PAGE,
 * which is also the default) whose seq is below `before`, oldest first.
 */
export async function getSession(ctx: ServiceContext, sessionId: string, query: SessionEventsQuery = {}): Promise<SessionWithEvents> {
  const session = getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId);
  const { events, page } = readEventsPage(ctx, sessionId, query);
  return toSessionWithEvents(session, events, page);
}

/** The session without its transcript: for checking it exists and where it stands. */
export async function getSessionRecord(ctx: ServiceContext, sessionId: string): Promise<SessionRecord> {
  return toSessionRecord(getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId));
}

/**
 * Sends a user message: runs the turn against fresh configuration, then appends every event and
 * the new active agent in one transaction. The LLM call happens outside the transaction (it is slow
 * and async); sequence numbers are taken at write time so concurrent turns never collide.
 */
export async function sendMessage(
  ctx: ServiceContext,
  sessionId: string,
  input: MessageCreateInput,
  engine: LlmEngine,
): Promise<{ activeAgentId: string; events: SessionEvent[] }> {
  const session = getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId);
  assertCanContinue(ctx, session);
  const history = readTurnHistory(ctx, sessionId);
  const live = await listAgents(ctx);
  const turn = await runTurn({
    history,
    activeAgentId: session.activeAgentId,
    userMessage: input.content,
    engine,
    loadAgentState: (agentId) => loadAgentState(ctx, agentId),
    // Messages of agents deleted since keep their speaker's (last) name.
    agentNames: new Map(Object.entries(resolveAgentNames(ctx, [...live.map((agent) => agent.id), ...sessionAgentIds(session, history)]).byId)),
  });
  const now = new Date();
  const events = await withTransaction(ctx, (tx) => {
    const appended = appendEvents(tx, sessionId, turn.events, now);
    tx.db.update(chatSessions).set({ activeAgentId: turn.activeAgentId, updatedAt: now }).where(eq(chatSessions.id, sessionId)).run();
    return appended;
  });
  return { activeAgentId: turn.activeAgentId, events };
}

export interface SessionSummary {
  id: string;
  startAgentId: string;
  activeAgentId: string;
  engine: string;
  messages: number;
  handoffs: number;
  createdAt: string;
  updatedAt: string;
}

/** Past test sessions, newest first, with how much happened in each. */
export async function listSessions(ctx: ServiceContext, limit = 100): Promise<SessionSummary[]> {
  const sessions = ctx.db
    .select()
    .from(chatSessions)
    .where(eq(chatSessions.workspaceId, ctx.workspaceId))
    .orderBy(desc(chatSessions.updatedAt))
    .limit(limit)
    .all();
  const counts = new Map(
    sessions.length === 0
      ? []
      : ctx.db
          .select({
            sessionId: sessionEvents.sessionId,
            messages: sql<number>`sum(case when ${sessionEvents.type} = 'message' then 1 else 0 end)`,
            handoffs: sql<number>`sum(case when ${sessionEvents.type} = 'handoff' then 1 else 0 end)`,
          })
          .from(sessionEvents)
          .where(inArray(sessionEvents.sessionId, sessions.map((session) => session.id)))
          .groupBy(sessionEvents.sessionId)
          .all()
          .map((row) => [row.sessionId, row] as const),
  );
  return sessions.map((session) => ({
    id: session.id,
    startAgentId: session.startAgentId,
    activeAgentId: session.activeAgentId,
    engine: session.engine,
    messages: Number(counts.get(session.id)?.messages ?? 0),
    handoffs: Number(counts.get(session.id)?.handoffs ?? 0),
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  }));
}

function readEventsPage(ctx: ServiceContext, sessionId: string, query: SessionEventsQuery): { events: SessionEvent[]; page: EventsPage } {
  const ofSession = and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.workspaceId, ctx.workspaceId));
  const limit = Math.min(query.limit ?? SESSION_EVENTS_MAX_PAGE, SESSION_EVENTS_MAX_PAGE);
  // One more than asked for says whether anything is earlier without a second query for it.
  const rows = ctx.db
    .select()
    .from(sessionEvents)
    .where(query.before === undefined ? ofSession : and(ofSession, lt(sessionEvents.seq, query.before)))
    .orderBy(desc(sessionEvents.seq))
    .limit(limit + 1)
    .all();
  const events = rows.slice(0, limit).reverse().map(toSessionEvent);
  const first = events[0];
  const countWhere = (where: ReturnType<typeof and>) => ctx.db.select({ n: count() }).from(sessionEvents).where(where).get()?.n ?? 0;
  const hasEarlier = rows.length > limit && first !== undefined;
  return {
    events,
    page: {
      total: countWhere(ofSession),
      earlier: hasEarlier ? countWhere(and(ofSession, lt(sessionEvents.seq, first.seq))) : 0,
      earlierBefore: hasEarlier ? first.seq : null,
    },
  };
}

/**
 * What a turn needs of the session so far, and no more: the newest CONTEXT_MAX_MESSAGES messages and
 * the handoffs among them (an arrival before those cannot narrow the window further), oldest first.
 * Tool calls, guards and errors are never read: no LLM sees them.
 */
export function readTurnHistory(ctx: ServiceContext, sessionId: string): (SessionEventData & { seq: number })[] {
  const ofSession = and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.workspaceId, ctx.workspaceId));
  const oldest = ctx.db
    .select({ seq: sessionEvents.seq })
    .from(sessionEvents)
    .where(and(ofSession, eq(sessionEvents.type, 'message')))
    .orderBy(desc(sessionEvents.seq))
    .limit(1)
    .offset(CONTEXT_MAX_MESSAGES - 1)
    .get();
  // A handoff's per-tool scores are for people reading the transcript, not for the next LLM: not read.
  // Plain rows (db.all), parsed here: this runs every turn, and the builder's per-row mapping doubles its cost.
  const rows = ctx.db.all<{ seq: number; payload: string }>(sql`
    select ${sessionEvents.seq} as seq, json_remove(${sessionEvents.payload}, '$.scores') as payload from ${sessionEvents}
    where ${and(ofSession, gte(sessionEvents.seq, oldest?.seq ?? 0), inArray(sessionEvents.type, ['message', 'handoff']))}
    order by ${sessionEvents.seq}`);
  return rows.map((row) => Object.assign(JSON.parse(row.payload) as SessionEventData, { seq: row.seq }));
}

function toSessionEvent(row: typeof sessionEvents.$inferSelect): SessionEvent {
  return { ...(row.payload as unknown as SessionEventData), id: row.id, seq: row.seq, createdAt: row.createdAt.toISOString() };
}

function appendEvents(tx: ServiceContext, sessionId: string, events: SessionEventData[], at: Date): SessionEvent[] {
  const last = tx.db.select({ seq: max(sessionEvents.seq) }).from(sessionEvents).where(eq(sessionEvents.sessionId, sessionId)).get();
  let seq = last?.seq ?? 0;
  return events.map((event) => {
    seq += 1;
    const stored = { id: newId('evt'), seq, createdAt: at.toISOString() };
    tx.db.insert(sessionEvents)
      .values({
        id: stored.id,
        workspaceId: tx.workspaceId,
        sessionId,
        seq,
        type: event.type,
        agentId: 'agentId' in event ? event.agentId : event.fromAgentId,
        payload: event as unknown as Record<string, unknown>,
        createdAt: at,
      })
      .run();
    return { ...event, ...stored };
  });
}

function toSessionWithEvents(
  session: ChatSession,
  events: SessionEvent[],
  page: EventsPage = { total: events.length, earlier: 0, earlierBefore: null },
): SessionWithEvents {
  return { ...toSessionRecord(session), events, page };
}

function toSessionRecord(session: ChatSession): SessionRecord {
  return {
    id: session.id,
    startAgentId: session.startAgentId,
    activeAgentId: session.activeAgentId,
    engine: session.engine,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}
