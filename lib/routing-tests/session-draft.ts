import { and, asc, eq, inArray } from 'drizzle-orm';
import { sessionEvents } from '@/db/schema';
import { listAgents } from '@/lib/agents/service';
import type { SessionEventData } from '@/lib/conversation/events';
import type { ServiceContext } from '@/lib/domain/context';
import { NotFoundError, ValidationError } from '@/lib/domain/errors';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { ROUTING_TEST_LIMITS } from './limits';

/** A routing test made from a conversation, for the dialog to show before anything is saved. */
export interface SessionTestDraft {
  startAgent: { id: string; name: string };
  /** Every agent of the workspace: the dialog's choices of expected agent. */
  agents: { id: string; name: string }[];
  messages: string[];
  expect: { handoffTo: string | null };
  /** Said when the conversation had more than a test holds, so the draft starts later in it. */
  note: string | null;
}

/**
 * "Save as test" on the customer message `seq` of a session: the customer's messages up to and
 * including it, from the agent the conversation started with, expecting the agent it was with once
 * that message's turn was over (no handoff when that is the start agent). A conversation longer than a
 * test holds keeps its newest messages and starts with the agent that had the conversation before them.
 */
export async function draftTestFromSession(ctx: ServiceContext, sessionId: string, seq: number): Promise<SessionTestDraft> {
  const session = await getOwnedOrThrow(ctx.db, ctx, 'Session', sessionId);
  const rows = await ctx.db
    .select({ seq: sessionEvents.seq, payload: sessionEvents.payload })
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, session.id), inArray(sessionEvents.type, ['message', 'handoff'])))
    .orderBy(asc(sessionEvents.seq));
  const turns: { content: string; activeBefore: string }[] = [];
  let active = session.startAgentId;
  let found = false;
  for (const row of rows) {
    const event = row.payload as unknown as SessionEventData;
    const isUser = event.type === 'message' && event.role === 'user';
    if (isUser && found) break; // the next turn: the one asked about is over
    if (event.type === 'handoff') active = event.toAgentId;
    if (isUser) {
      turns.push({ content: event.content, activeBefore: active });
      found = row.seq === seq;
    }
  }
  if (!found) throw new NotFoundError('Customer message', String(seq));
  const kept = newestThatFit(turns);
  const start = kept[0]?.activeBefore ?? session.startAgentId;
  const agents = (await listAgents(ctx)).map(({ id, name }) => ({ id, name }));
  const startAgent = agents.find((agent) => agent.id === start);
  if (!startAgent) {
    throw new ValidationError('The agent this conversation started with was deleted, so it cannot become a test.', {});
  }
  const dropped = turns.length - kept.length;
  return {
    startAgent,
    agents,
    messages: kept.map((turn) => turn.content),
    expect: { handoffTo: active === start ? null : active },
    note:
      dropped === 0
        ? null
        : `A test holds at most ${ROUTING_TEST_LIMITS.messages} messages and ${ROUTING_TEST_LIMITS.caseLength.toLocaleString('en-US')} characters, so this one leaves out the first ${dropped} and starts with ${startAgent.name}, who had the conversation then.`,
  };
}

/** The newest turns within a test's bounds (always the last one: if it is too long, the form says so). */
function newestThatFit<T extends { content: string }>(turns: T[]): T[] {
  const kept: T[] = [];
  let length = 0;
  for (const turn of [...turns].reverse()) {
    const total = length + turn.content.length;
    if (kept.length > 0 && (kept.length >= ROUTING_TEST_LIMITS.messages || total > ROUTING_TEST_LIMITS.caseLength)) break;
    kept.unshift(turn);
    length = total;
  }
  return kept;
}
