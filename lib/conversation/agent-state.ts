import type { FunctionType } from '@/lib/domain/constants';
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
  const offered = functions.filter((fn) => fn.enabled && fn.phase === 'during_session');
  return { agent: toActiveAgent(row), tools: offeredTools(offered.map((fn) => ({ ...fn, target: fn.targetAgent }))) };
}

/** A function as it becomes a tool: its type and config, and the agent it leads to (none: no tool). */
export interface ToolSource {
  id: string;
  type: FunctionType;
  config: Record<string, unknown>;
  target: (AgentLike & { slug: string }) | null | undefined;
}

type AgentLike = { id: string; name: string; description: string; instructions: string; greeting: string };

/**
 * The tools these functions offer, in their order, each built by its type in the registry. Shared by the
 * turn loop (one agent, read fresh) and routing test runs (every agent, read once per run).
 */
export function offeredTools(functions: readonly ToolSource[]): OfferedTool[] {
  const tools: OfferedTool[] = [];
  for (const fn of functions) {
    if (!fn.target) continue;
    const tool = getFunctionType(fn.type).toTool(fn.config, fn.target);
    const handoff = HandoffConfigSchema.safeParse(fn.config);
    if (!tool || !handoff.success) continue;
    tools.push({ name: tool.definition.function.name, functionId: fn.id, tool, target: toActiveAgent(fn.target), handoff: handoff.data });
  }
  return tools;
}

export function toActiveAgent(row: AgentLike): ActiveAgent {
  return { id: row.id, name: row.name, description: row.description, instructions: row.instructions, greeting: row.greeting };
}
