import type { FunctionWithTarget } from '@/lib/functions/service';
import { agentHref, functionHref } from './hrefs';
import type { ReviewAgent, ReviewRow } from './rows';

export interface MapNode {
  id: string;
  name: string;
  href: string;
  /** What following `href` does, for its accessible name; opening the agent's functions unless said. */
  hrefPurpose?: string;
}

/** One configured route: a function of `from` that hands the conversation to `to`. */
export interface MapEdge {
  id: string;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  toolName: string;
  description: string;
  enabled: boolean;
  href: string;
}

export interface HandoffGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/**
 * Agents and the routes between them. Only configured functions with a target become edges —
 * never every agent to every other — and disabled ones are kept, marked, so the map can dash them.
 */
export function buildHandoffGraph(agents: ReviewAgent[], functions: FunctionWithTarget[], rows: ReviewRow[]): HandoffGraph {
  const names = new Map(agents.map((agent) => [agent.id, agent.name]));
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const edges: MapEdge[] = [];
  for (const fn of functions) {
    const row = rowById.get(fn.id);
    if (!row || fn.targetAgentId === null || !names.has(fn.agentId) || !names.has(fn.targetAgentId)) continue;
    edges.push({
      id: fn.id,
      from: fn.agentId,
      to: fn.targetAgentId,
      fromName: names.get(fn.agentId) as string,
      toName: names.get(fn.targetAgentId) as string,
      toolName: fn.toolName ?? row.typeLabel,
      description: row.description,
      enabled: fn.enabled,
      href: functionHref(fn),
    });
  }
  edges.sort((a, b) => a.fromName.localeCompare(b.fromName) || a.toName.localeCompare(b.toName));
  return { nodes: agents.map((agent) => ({ id: agent.id, name: agent.name, href: agentHref(agent.id) })), edges };
}
