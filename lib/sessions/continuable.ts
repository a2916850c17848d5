import { resolveAgentNames } from '@/lib/agents/agent-names';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError } from '@/lib/domain/errors';

/** A conversation goes on only with an agent that still exists; its transcript stays readable either way. */
export async function assertCanContinue(ctx: ServiceContext, session: { activeAgentId: string }): Promise<void> {
  const names = await resolveAgentNames(ctx, [session.activeAgentId]);
  if (!names.isDeleted(session.activeAgentId)) return;
  throw new ConflictError(
    `This conversation cannot continue: the agent holding it, ${names.nameOf(session.activeAgentId)}, no longer exists. Start a new test chat; this transcript stays in Session history.`,
  );
}
