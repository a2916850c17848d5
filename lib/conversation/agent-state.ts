import type { ServiceContext } from '@/lib/domain/context';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { offeredTools, type OfferedTool } from '@/lib/function-types/offered-tools';
import { getFunctionType, type FunctionTypeLookup } from '@/lib/function-types/registry';
import { listFunctionsOf } from '@/lib/functions/service';
import type { EngineAgent } from './engines/types';

export type { OfferedTool } from '@/lib/function-types/offered-tools';

export interface ActiveAgent extends EngineAgent {
  id: string;
}

export interface AgentState {
  agent: ActiveAgent;
  tools: OfferedTool[];
}

/**
 * Reads an agent and its offered tools fresh from the database: its enabled functions, each made a
 * tool (or not) by its type in the registry. Read every turn, so a saved edit applies to the next message.
 */
export async function loadAgentState(ctx: ServiceContext, agentId: string, lookup: FunctionTypeLookup = getFunctionType): Promise<AgentState> {
  const row = await getOwnedOrThrow(ctx.db, ctx, 'Agent', agentId);
  const functions = await listFunctionsOf(ctx, row);
  const enabled = functions.filter((fn) => fn.enabled).map((fn) => ({ ...fn, target: fn.targetAgent }));
  return { agent: toActiveAgent(row), tools: offeredTools(enabled, lookup) };
}

type AgentLike = { id: string; name: string; description: string; instructions: string; greeting: string };

export function toActiveAgent(row: AgentLike): ActiveAgent {
  return { id: row.id, name: row.name, description: row.description, instructions: row.instructions, greeting: row.greeting };
}
