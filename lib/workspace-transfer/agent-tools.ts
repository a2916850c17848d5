import { loadAgentState } from '@/lib/conversation/agent-state';
import type { LlmToolDefinition } from '@/lib/conversation/engines/types';
import type { ServiceContext } from '@/lib/domain/context';

/**
 * The OpenAI `tools` array an agent's conversations are offered: read through the very function the
 * chat engine uses each turn, so the export can never disagree with what the LLM is sent.
 */
export async function listAgentTools(ctx: ServiceContext, agentId: string): Promise<LlmToolDefinition[]> {
  const { tools } = await loadAgentState(ctx, agentId);
  return tools.map((offered) => offered.tool.definition);
}
