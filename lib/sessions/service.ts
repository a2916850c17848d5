import { and, asc, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { chatSessions, sessionEvents } from '@/db/schema';
import { listAgents } from '@/lib/agents/service';
import { loadAgentState } from '@/lib/conversation/agent-state';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { SessionEvent, SessionEventData } from '@/lib/conversation/events';
import { runTurn } from '@/lib/conversation/run-turn';
import type { ServiceContext } from '@/lib/domain/context';
import { newId } from '@/lib/domain/ids';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import type { MessageCreateInput, SessionCreateInput } from './schema';

export type ChatSession = typeof chatSessions.$inferSelect;

export interface SessionWithEvents {
  id: string;
  startAgentId: string;
  activeAgentId: string;
  engine: string;
  createdAt: string;
  updatedAt: string;
  events: SessionEvent[];
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
  const events = ctx.db.transaction((tx) => {
    tx.insert(chatSessions).values(session).run();
    return appendEvents(tx, ctx, session.id, opening, now);
  });
  return toSessionWithEvents(session, events);
}

/** The session and its whole transcript. */
export async function getSession(ctx: ServiceContext, sessionId: string): Promise<SessionWithEvents> {
  const session = getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId);
  return toSessionWithEvents(session, readEvents(ctx, sessionId));
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
  const history = readEvents(ctx, sessionId);
  const turn = await runTurn({
    history,
    activeAgentId: session.activeAgentId,
    userMessage: input.content,
    engine,
    loadAgentState: (agentId) => loadAgentState(ctx, agentId),
    agentNames: new Map((await listAgents(ctx)).map((agent) => [agent.id, agent.name])),
  });
  const now = new Date();
  const events = ctx.db.transaction((tx) => {
    const appended = appendEvents(tx, ctx, sessionId, turn.events, now);
    tx.update(chatSessions).set({ activeAgentId: turn.activeAgentId, updatedAt: now }).where(eq(chatSessions.id, sessionId)).run();
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

function readEvents(ctx: ServiceContext, sessionId: string): SessionEvent[] {
  return ctx.db
    .select()
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.workspaceId, ctx.workspaceId)))
    .orderBy(asc(sessionEvents.seq))
    .all()
    .map((row) => ({ ...(row.payload as unknown as SessionEventData), id: row.id, seq: row.seq, createdAt: row.createdAt.toISOString() }));
}

function appendEvents(tx: Tx, ctx: ServiceContext, sessionId: string, events: SessionEventData[], at: Date): SessionEvent[] {
  const last = tx.select({ seq: max(sessionEvents.seq) }).from(sessionEvents).where(eq(sessionEvents.sessionId, sessionId)).get();
  let seq = last?.seq ?? 0;
  return events.map((event) => {
    seq += 1;
    const stored = { id: newId('evt'), seq, createdAt: at.toISOString() };
    tx.insert(sessionEvents)
      .values({
        id: stored.id,
        workspaceId: ctx.workspaceId,
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

function toSessionWithEvents(session: ChatSession, events: SessionEvent[]): SessionWithEvents {
  return {
    id: session.id,
    startAgentId: session.startAgentId,
    activeAgentId: session.activeAgentId,
    engine: session.engine,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
    events,
  };
}
