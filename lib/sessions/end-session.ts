import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db/prepared';
import { chatSessions, sessionEvents } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { resolveAgentNames } from '@/lib/agents/agent-names';
import type { SessionEndEvent, SessionEvent, SessionEventData } from '@/lib/conversation/events';
import type { ServiceContext } from '@/lib/domain/context';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import type { TranscriptLine } from '@/lib/function-types/types';
import { appendEvents } from './append-events';
import { assertNotEnded } from './continuable';
import { runSessionEnd } from './session-lifecycle';

export type EndedBy = SessionEndEvent['by'];

/** What ending a conversation wrote: when, and the events appended (session_end first, then Post-Session calls). */
export interface SessionEnded {
  endedAt: string;
  activeAgentId: string;
  events: SessionEvent[];
}

/**
 * Inside the caller's write transaction: refuses a session that has ended, read again here, so a
 * message whose turn ran while the conversation was ended, or a second end, writes nothing.
 */
export async function assertStillOpen(tx: ServiceContext, sessionId: string): Promise<void> {
  const query = preparedOnce(tx.db, 'session_ended_at', (handle, name) =>
    handle
      .select({ endedAt: chatSessions.endedAt })
      .from(chatSessions)
      .where(and(eq(chatSessions.id, sql.placeholder('sessionId')), eq(chatSessions.workspaceId, sql.placeholder('workspaceId'))))
      .limit(1)
      .prepare(name),
  );
  const [row] = await query.execute({ sessionId, workspaceId: tx.workspaceId });
  assertNotEnded(row ?? {});
}

/** Inside the caller's write transaction: marks an open session ended (or refuses one already ended). */
export async function markEnded(tx: ServiceContext, sessionId: string, at: Date): Promise<void> {
  await assertStillOpen(tx, sessionId);
  await tx.db.update(chatSessions).set({ endedAt: at, updatedAt: at }).where(eq(chatSessions.id, sessionId));
}

/** The transcript event that says who ended the conversation, and with what closing message. */
export function sessionEndEvent(by: EndedBy, agentId: string, message = ''): SessionEndEvent {
  return { type: 'session_end', agentId, by, message };
}

/**
 * Ends a conversation from outside the turn loop (the End conversation button, POST /sessions/{id}/end):
 * marks it ended and records session_end in one transaction, then runs the Post-Session functions.
 * Ending an ended conversation is a 409, like a message to it: the first end is the one that counts.
 */
export async function endSession(ctx: ServiceContext, sessionId: string): Promise<SessionEnded> {
  const session = await getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId);
  assertNotEnded(session);
  const at = new Date();
  const ending = await withTransaction(ctx, async (tx) => {
    await markEnded(tx, sessionId, at);
    return appendEvents(tx, sessionId, [sessionEndEvent('user', session.activeAgentId)], at);
  });
  const after = await runPostSession(ctx, sessionId);
  return { endedAt: at.toISOString(), activeAgentId: session.activeAgentId, events: [...ending, ...after] };
}

/**
 * Post-Session: the functions of every agent the conversation went through, with its whole transcript,
 * run once it has ended. They may call webhooks that take seconds, so they run outside any write
 * transaction (on SQLite one would hold the only writer that long) and their events are appended in a
 * second, short one. The end itself is already committed: a failing hook cannot undo it.
 */
export async function runPostSession(ctx: ServiceContext, sessionId: string): Promise<SessionEvent[]> {
  const session = await getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId);
  const rows = await ctx.db
    .select({ payload: sessionEvents.payload })
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.workspaceId, ctx.workspaceId), inArray(sessionEvents.type, ['message', 'handoff'])))
    .orderBy(asc(sessionEvents.seq));
  const events = rows.map((row) => row.payload as unknown as SessionEventData);
  const chain = agentChain(session.startAgentId, events);
  const names = await resolveAgentNames(ctx, chain);
  const transcript: TranscriptLine[] = events.flatMap((event) =>
    event.type === 'message' ? [{ role: event.role, agentId: event.agentId, content: event.content }] : [],
  );
  let outcome: SessionEventData[];
  try {
    outcome = await runSessionEnd(ctx, {
      sessionId,
      variables: session.variables,
      agents: chain.map((id) => ({ id, name: names.nameOf(id) })),
      transcript,
    });
  } catch (error) {
    // Types turn their own failures into events; anything else is recorded, never a failed end.
    const message = `A Post-Session function failed: ${error instanceof Error ? error.message : String(error)}`;
    outcome = [{ type: 'error', agentId: session.activeAgentId, message }];
  }
  if (outcome.length === 0) return [];
  return withTransaction(ctx, (tx) => appendEvents(tx, sessionId, outcome, new Date()));
}

/** Every agent the conversation was with, in order of first arrival: where it started, then each handoff's target. */
export function agentChain(startAgentId: string, events: readonly SessionEventData[]): string[] {
  const chain = new Set([startAgentId]);
  for (const event of events) if (event.type === 'handoff') chain.add(event.toAgentId);
  return [...chain];
}
