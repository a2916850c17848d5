import type { ServiceContext } from '@/lib/domain/context';
import { loadAgentState } from './agent-state';
import type { LlmEngine } from './engines/types';

/**
 * Lets the engine get ready for an agent's current tools (the simulated model indexes and embeds
 * them), so the first message after a configuration change does not pay for it. Never throws: a
 * failure only means the next message does the work itself.
 */
export async function warmUpAgent(ctx: ServiceContext, agentId: string, engine: LlmEngine): Promise<void> {
  if (!engine.prepare) return;
  try {
    const { agent, tools } = await loadAgentState(ctx, agentId);
    await engine.prepare({ agent, tools: tools.map((offered) => offered.tool) });
  } catch (error) {
    console.warn(`[warm-up] could not prepare agent ${agentId}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
