import type { LlmToolDefinition } from '@/lib/conversation/engines/types';
import { call } from './session-api';

/** One tool the active agent's LLM is offered, with the agent calling it hands the conversation to. */
export interface OfferedToolView {
  name: string;
  description: string;
  /** Null when no function of the agent names the tool (it was just deleted, say). */
  targetName: string | null;
}

interface FunctionTarget {
  toolName: string | null;
  targetAgent: { name: string } | null;
}

export const offeredToolsKey = (agentId: string) => ['agent-tools', agentId] as const;

/**
 * The tools API is the list the LLM is sent; the functions API says where each one leads, since an
 * OpenAI tool definition carries no target.
 */
export async function fetchOfferedTools(agentId: string): Promise<OfferedToolView[]> {
  const [{ tools }, { functions }] = await Promise.all([
    call<{ tools: LlmToolDefinition[] }>(`/api/v1/agents/${agentId}/tools`),
    call<{ functions: FunctionTarget[] }>(`/api/v1/agents/${agentId}/functions`),
  ]);
  const targets = new Map(functions.map((fn) => [fn.toolName, fn.targetAgent?.name ?? null]));
  return tools.map(({ function: { name, description } }) => ({ name, description, targetName: targets.get(name) ?? null }));
}
