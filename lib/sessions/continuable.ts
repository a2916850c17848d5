import { resolveAgentNames } from '@/lib/agents/agent-names';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError } from '@/lib/domain/errors';

/** What an ended conversation answers to one more message (409). */
export const SESSION_ENDED_MESSAGE = 'This conversation has ended: start a new one.';

/** Refuses a message to a conversation that has ended; its transcript stays readable. */
export function assertNotEnded(session: { endedAt?: Date | null }): void {
  if (session.endedAt) throw new ConflictError(SESSION_ENDED_MESSAGE, {}, 'session_ended');
}

/**
 * A conversation goes on only while it has not ended and with an agent that still exists; its
 * transcript stays readable either way. `liveNames` (the workspace's agents, when the caller has read
 * them) answers the usual case without looking the agent up, in the audit log too.
 */
export async function assertCanContinue(
  ctx: ServiceContext,
  session: { activeAgentId: string; endedAt?: Date | null },
  liveNames?: ReadonlyMap<string, string>,
): Promise<void> {
  assertNotEnded(session);
  if (liveNames?.has(session.activeAgentId)) return;
  const names = await resolveAgentNames(ctx, [session.activeAgentId]);
  if (!names.isDeleted(session.activeAgentId)) return;
  throw new ConflictError(
    `This conversation cannot continue: the agent holding it, ${names.nameOf(session.activeAgentId)}, no longer exists. Start a new test chat; this transcript stays in Session history.`,
  );
}
