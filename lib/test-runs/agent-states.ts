import { and, asc, eq } from 'drizzle-orm';
import { agenticFunctions, agents } from '@/db/schema';
import { toActiveAgent, type AgentState } from '@/lib/conversation/agent-state';
import type { ServiceContext } from '@/lib/domain/context';
import { NotFoundError } from '@/lib/domain/errors';
import type { FunctionType, Phase } from '@/lib/domain/constants';
import { offeredTools } from '@/lib/function-types/offered-tools';

type AgentRow = typeof agents.$inferSelect;

/** An enabled During-Session function as a run offers it: enough to rebuild its tool with a draft config. */
export interface SnapshotFunction {
  id: string;
  agentId: string;
  type: FunctionType;
  phase: Phase;
  config: Record<string, unknown>;
  targetAgentId: string | null;
}

/**
 * Every agent's state at one moment, read once for a whole run: the same tools runTurn would offer
 * (lib/conversation/agent-state.ts), built by the registry, without two queries per case.
 */
export interface AgentStateSnapshot {
  agents: ReadonlyMap<string, AgentRow>;
  /** Each agent's offered functions, in their order. */
  functions: ReadonlyMap<string, readonly SnapshotFunction[]>;
  names: ReadonlyMap<string, string>;
  /** The agent's state, built on first use and then shared by every case of the run. */
  state(agentId: string): AgentState;
}

/** Reads every agent and every enabled During-Session function of the workspace: two queries. */
export async function loadAgentStates(ctx: ServiceContext): Promise<AgentStateSnapshot> {
  const [agentRows, functionRows] = await Promise.all([
    ctx.db.select().from(agents).where(eq(agents.workspaceId, ctx.workspaceId)),
    ctx.db
      .select()
      .from(agenticFunctions)
      .where(
        and(eq(agenticFunctions.workspaceId, ctx.workspaceId), eq(agenticFunctions.enabled, true), eq(agenticFunctions.phase, 'during_session')),
      )
      .orderBy(asc(agenticFunctions.agentId), asc(agenticFunctions.position)),
  ]);
  const functions = new Map<string, SnapshotFunction[]>();
  for (const row of functionRows) {
    const list = functions.get(row.agentId) ?? [];
    list.push({ id: row.id, agentId: row.agentId, type: row.type, phase: row.phase, config: row.config, targetAgentId: row.targetAgentId });
    functions.set(row.agentId, list);
  }
  return buildSnapshot(new Map(agentRows.map((row) => [row.id, row])), functions);
}

/** A snapshot over these agents and functions; states are built lazily and cached. */
export function buildSnapshot(agentsById: ReadonlyMap<string, AgentRow>, functions: ReadonlyMap<string, readonly SnapshotFunction[]>): AgentStateSnapshot {
  const states = new Map<string, AgentState>();
  return {
    agents: agentsById,
    functions,
    names: new Map([...agentsById.values()].map((row) => [row.id, row.name])),
    state(agentId) {
      const found = states.get(agentId);
      if (found) return found;
      const row = agentsById.get(agentId);
      if (!row) throw new NotFoundError('Agent', agentId);
      const built = { agent: toActiveAgent(row), tools: offeredTools((functions.get(agentId) ?? []).map((fn) => ({ ...fn, target: fn.targetAgentId ? agentsById.get(fn.targetAgentId) : null }))) };
      states.set(agentId, built);
      return built;
    },
  };
}

/** The snapshot with one agent's functions replaced: a draft, never saved. */
export function withFunctions(snapshot: AgentStateSnapshot, agentId: string, replaced: readonly SnapshotFunction[]): AgentStateSnapshot {
  const functions = new Map(snapshot.functions);
  functions.set(agentId, replaced);
  return buildSnapshot(snapshot.agents, functions);
}
