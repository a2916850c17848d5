import type { ServiceContext } from '@/lib/domain/context';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { HandoffConfigSchema, type HandoffConfig } from '@/lib/function-types/agent-handoff-config';
import { getFunctionType } from '@/lib/function-types/registry';
import { listFunctionsForAgent } from '@/lib/functions/service';
import type { EngineAgent, EngineTool } from './engines/types';

export interface ActiveAgent extends EngineAgent {
  id: string;
}

/** A tool the LLM may call this turn, with what calling it does. */
export interface OfferedTool {
  name: string;
  functionId: string;
  tool: EngineTool;
  target: ActiveAgent;
  handoff: HandoffConfig;
}

export interface AgentState {
  agent: ActiveAgent;
  tools: OfferedTool[];
}

/**
 * Reads an agent and its offered tools fresh from the database: exactly its enabled During-Session
 * functions, built by the registry. Read every turn, so a saved edit applies to the next message.
 */
export async function loadAgentState(ctx: ServiceContext, agentId: string): Promise<AgentState> {
  const row = await getOwnedOrThrow(ctx.db, ctx, 'Agent', agentId);
  const functions = await listFunctionsForAgent(ctx, agentId);
  const tools: OfferedTool[] = [];
  for (const fn of functions) {
    if (!fn.enabled || fn.phase !== 'during_session' || !fn.targetAgent) continue;
    const tool = getFunctionType(fn.type).toTool(fn.config, fn.targetAgent);
    const handoff = HandoffConfigSchema.safeParse(fn.config);
    if (!tool || !handoff.success) continue;
    tools.push({
      name: tool.definition.function.name,
      functionId: fn.id,
      tool,
      target: toActiveAgent(fn.targetAgent),
      handoff: handoff.data,
    });
  }
  return { agent: toActiveAgent(row), tools };
}

function toActiveAgent(row: { id: string; name: string; description: string; instructions: string; greeting: string }): ActiveAgent {
  return { id: row.id, name: row.name, description: row.description, instructions: row.instructions, greeting: row.greeting };
}
