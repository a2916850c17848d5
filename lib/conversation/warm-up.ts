import { and, eq } from 'drizzle-orm';
import { agenticFunctions } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { loadAgentState } from './agent-state';
import { runAsBackgroundWork, yieldToEventLoop } from './background-work';
import type { LlmEngine } from './engines/types';

/**
 * Lets the engine get ready for an agent's current tools (the simulated model indexes and embeds
 * them), so the first message after a configuration change does not pay for it. Runs as background
 * work: a request's own embedding goes before the warm-up's (encoder-lanes.ts). Never throws: a
 * failure only means the next message does the work itself. Resolves whether the engine prepared.
 */
export async function warmUpAgent(ctx: ServiceContext, agentId: string, engine: LlmEngine): Promise<boolean> {
  const { prepare } = engine;
  if (!prepare) return false;
  try {
    await runAsBackgroundWork(async () => {
      const { agent, tools } = await loadAgentState(ctx, agentId);
      await prepare.call(engine, { agent, tools: tools.map((offered) => offered.tool) });
    });
    return true;
  } catch (error) {
    console.warn(`[warm-up] could not prepare agent ${agentId}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** The agents with a handoff to `agentId`: their tools carry its name and description. */
export async function agentsHandingOffTo(ctx: ServiceContext, agentId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectDistinct({ agentId: agenticFunctions.agentId })
    .from(agenticFunctions)
    .where(and(eq(agenticFunctions.workspaceId, ctx.workspaceId), eq(agenticFunctions.targetAgentId, agentId)));
  return rows.map((row) => row.agentId).filter((id) => id !== agentId).sort();
}

/**
 * After an agent's name or description changed: the agent itself (its own text is part of its
 * decisions) and every agent handing off to it (their tools describe it) are prepared again, one at a
 * time, the event loop getting a turn between them.
 */
export async function warmUpAgentAndCallers(ctx: ServiceContext, agentId: string, engine: LlmEngine): Promise<void> {
  if (!engine.prepare) return;
  let callers: string[] = [];
  try {
    callers = await agentsHandingOffTo(ctx, agentId);
  } catch (error) {
    console.warn(`[warm-up] could not find the agents handing off to ${agentId}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await warmUpAgents(ctx, [agentId, ...callers], engine);
}

/** Prepares each agent in turn (after an import: all of them), the event loop getting a turn between them. */
export async function warmUpAgents(ctx: ServiceContext, agentIds: readonly string[], engine: LlmEngine): Promise<void> {
  for (const id of agentIds) {
    await warmUpAgent(ctx, id, engine);
    await yieldToEventLoop();
  }
}
