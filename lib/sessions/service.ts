import { and, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db/prepared';
import { chatSessions, sessionEvents } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { liveAgentNames, resolveAgentNames, sessionAgentIds } from '@/lib/agents/agent-names';
import { loadAgentState } from '@/lib/conversation/agent-state';
import { CONTEXT_MAX_MESSAGES } from '@/lib/conversation/context-window';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { SessionEvent, SessionEventData } from '@/lib/conversation/events';
import { runTurn } from '@/lib/conversation/run-turn';
import type { ServiceContext } from '@/lib/domain/context';
import { newId } from '@/lib/domain/ids';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { lazySigningSecret } from '@/lib/webhooks/signing-secret';
import { appendEvents } from './append-events';
import { assertCanContinue } from './continuable';
import { fillPlaceholders, withVariables } from './placeholders';
import { runSessionStart } from './session-lifecycle';
import { assertStillOpen, markEnded, runPostSession, sessionEndEvent } from './end-session';
import { listSessionsPage, type SessionSummary } from './session-page';
import { SESSION_EVENTS_MAX_PAGE, SESSIONS_MAX_PAGE, type MessageCreateInput, type SessionCreateInput, type SessionEventsQuery } from './schema';

export type ChatSession = typeof chatSessions.$inferSelect;

export interface SessionRecord {
  id: string;
  startAgentId: string;
  activeAgentId: string;
  engine: string;
  /** When the conversation ended (no more messages), or null while it goes on. */
  endedAt: string | null;
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
  const agent = await getOwnedOrThrow(ctx.db, ctx, 'Agent', input.agentId);
  const now = new Date();
  const session: ChatSession = {
    id: newId('ses'),
    workspaceId: ctx.workspaceId,
    startAgentId: agent.id,
    activeAgentId: agent.id,
    engine: engine.label,
    variables: {},
    endedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  // Pre-Session runs before the greeting and outside the write transaction: its webhooks may take seconds.
  const start = await runSessionStart(ctx, { sessionId: session.id, agent: { id: agent.id, name: agent.name }, variables: {} });
  session.variables = start.variables;
  if (start.block) session.endedAt = now;
  const opening: SessionEventData[] = [...start.events, ...openingEvents(agent, start)];
  const events = await withTransaction(ctx, async (tx) => {
    await tx.db.insert(chatSessions).values(session);
    return appendEvents(tx, session.id, opening, now);
  });
  return toSessionWithEvents(session, events);
}

/** The greeting with its placeholders filled, or, when a Pre-Session function blocked, its message and the end. */
function openingEvents(agent: { id: string; greeting: string }, start: Awaited<ReturnType<typeof runSessionStart>>): SessionEventData[] {
  if (start.block) {
    const { message } = start.block;
    const said: SessionEventData[] = message ? [{ type: 'message', role: 'assistant', agentId: agent.id, content: message, kind: 'reply' }] : [];
    return [...said, sessionEndEvent('pre_session', agent.id, message)];
  }
  const greeting = fillPlaceholders(agent.greeting, start.variables);
  return greeting ? [{ type: 'message', role: 'assistant', agentId: agent.id, content: greeting, kind: 'greeting' }] : [];
}

/**
 * The session and one page of its transcript: the newest `limit` events (at most SESSION_EVENTS_MAX_PAGE,
 * which is also the default) whose seq is below `before`, oldest first.
 */
export async function getSession(ctx: ServiceContext, sessionId: string, query: SessionEventsQuery = {}): Promise<SessionWithEvents> {
  const session = await getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId);
  const { events, page } = await readEventsPage(ctx, sessionId, query);
  return toSessionWithEvents(session, events, page);
}

/** The session without its transcript: for checking it exists and where it stands. */
export async function getSessionRecord(ctx: ServiceContext, sessionId: string): Promise<SessionRecord> {
  return toSessionRecord(await getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId));
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
): Promise<{ activeAgentId: string; events: SessionEvent[]; endedAt: string | null }> {
  const session = await getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId);
  const [history, live] = await Promise.all([readTurnHistory(ctx, sessionId), liveAgentNames(ctx)]);
  await assertCanContinue(ctx, session, live);
  // Any live agent may be handed to in this turn; those of the session deleted since keep their last name.
  const deleted = sessionAgentIds(session, history).filter((id) => !live.has(id));
  const names = deleted.length === 0 ? live : new Map([...live, ...Object.entries((await resolveAgentNames(ctx, deleted)).byId)]);
  const turn = await runTurn({
    history,
    activeAgentId: session.activeAgentId,
    userMessage: input.content,
    engine,
    // The LLM sees instructions and greetings with this session's Pre-Session variables filled in.
    loadAgentState: async (agentId) => withVariables(await loadAgentState(ctx, agentId), session.variables),
    // Messages of agents deleted since keep their speaker's (last) name.
    agentNames: names,
    session: { workspaceId: ctx.workspaceId, sessionId, variables: session.variables, signingSecret: lazySigningSecret(ctx) },
  });
  const now = new Date();
  // A tool ended the conversation (End Session): it ends with this turn, in the same transaction.
  const closing = turn.ended ? [sessionEndEvent('agent', turn.activeAgentId, lastReply(turn.events))] : [];
  const events = await withTransaction(ctx, async (tx) => {
    if (turn.ended) await markEnded(tx, sessionId, now);
    else await assertStillOpen(tx, sessionId);
    await tx.db.update(chatSessions).set({ activeAgentId: turn.activeAgentId, updatedAt: now }).where(eq(chatSessions.id, sessionId));
    return appendEvents(tx, sessionId, [...turn.events, ...closing], now);
  });
  if (turn.ended) events.push(...(await runPostSession(ctx, sessionId)));
  return { activeAgentId: turn.activeAgentId, events, endedAt: turn.ended ? now.toISOString() : null };
}

/** The closing message a tool's end left as the turn's last event, if it said one. */
function lastReply(events: readonly SessionEventData[]): string {
  const last = events.at(-1);
  return last?.type === 'message' && last.role === 'assistant' ? last.content : '';
}

export type { SessionSummary } from './session-page';

/** The newest `limit` test sessions, with how much happened in each; the history page reads them a page at a time. */
export async function listSessions(ctx: ServiceContext, limit = SESSIONS_MAX_PAGE): Promise<SessionSummary[]> {
  return (await listSessionsPage(ctx, { page: 1, size: limit })).items;
}

async function readEventsPage(ctx: ServiceContext, sessionId: string, query: SessionEventsQuery): Promise<{ events: SessionEvent[]; page: EventsPage }> {
  const ofSession = and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.workspaceId, ctx.workspaceId));
  const limit = Math.min(query.limit ?? SESSION_EVENTS_MAX_PAGE, SESSION_EVENTS_MAX_PAGE);
  // One more than asked for says whether anything is earlier without a second query for it.
  const rows = await ctx.db
    .select()
    .from(sessionEvents)
    .where(query.before === undefined ? ofSession : and(ofSession, lt(sessionEvents.seq, query.before)))
    .orderBy(desc(sessionEvents.seq))
    .limit(limit + 1);
  const events = rows.slice(0, limit).reverse().map(toSessionEvent);
  const first = events[0];
  const countWhere = async (where: ReturnType<typeof and>) => (await ctx.db.select({ n: count() }).from(sessionEvents).where(where))[0]?.n ?? 0;
  const hasEarlier = rows.length > limit && first !== undefined;
  return {
    events,
    page: {
      total: await countWhere(ofSession),
      earlier: hasEarlier ? await countWhere(and(ofSession, lt(sessionEvents.seq, first.seq))) : 0,
      earlierBefore: hasEarlier ? first.seq : null,
    },
  };
}

/**
 * What a turn needs of the session so far, and no more: the newest CONTEXT_MAX_MESSAGES messages and
 * the handoffs among them (an arrival before those cannot narrow the window further), oldest first.
 * Tool calls, guards and errors are never read: no LLM sees them.
 */
export async function readTurnHistory(ctx: ServiceContext, sessionId: string): Promise<(SessionEventData & { seq: number })[]> {
  // Run on every message: prepared once (db/prepared.ts).
  const ofSession = () => and(eq(sessionEvents.sessionId, sql.placeholder('sessionId')), eq(sessionEvents.workspaceId, sql.placeholder('workspaceId')));
  const oldestQuery = preparedOnce(ctx.db, 'turn_history_oldest', (handle, name) =>
    handle
      .select({ seq: sessionEvents.seq })
      .from(sessionEvents)
      .where(and(ofSession(), eq(sessionEvents.type, 'message')))
      .orderBy(desc(sessionEvents.seq))
      .limit(1)
      .offset(CONTEXT_MAX_MESSAGES - 1)
      .prepare(name),
  );
  const eventsQuery = preparedOnce(ctx.db, 'turn_history_events', (handle, name) =>
    handle
      .select({ seq: sessionEvents.seq, payload: sessionEvents.payload })
      .from(sessionEvents)
      .where(and(ofSession(), gte(sessionEvents.seq, sql.placeholder('fromSeq')), inArray(sessionEvents.type, ['message', 'handoff'])))
      .orderBy(sessionEvents.seq)
      .prepare(name),
  );
  const session = { sessionId, workspaceId: ctx.workspaceId };
  const [oldest] = await oldestQuery.execute(session);
  const rows = await eventsQuery.execute({ ...session, fromSeq: oldest?.seq ?? 0 });
  return rows.map((row) => {
    // A handoff's per-tool scores are for people reading the transcript, not for the next LLM.
    const event: Record<string, unknown> = { ...row.payload, seq: row.seq };
    delete event.scores;
    return event as unknown as SessionEventData & { seq: number };
  });
}

function toSessionEvent(row: typeof sessionEvents.$inferSelect): SessionEvent {
  return { ...(row.payload as unknown as SessionEventData), id: row.id, seq: row.seq, createdAt: row.createdAt.toISOString() };
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
    endedAt: session.endedAt ? session.endedAt.toISOString() : null,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}
