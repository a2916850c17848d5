import type { HandoffGraph } from './graph';

/** Past this size the whole map is no longer readable (nor quick to lay out): the map opens on one agent. */
export const WHOLE_MAP_LIMITS = { agents: 120, routes: 300 } as const;
export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export function wholeMapFits(graph: HandoffGraph): boolean {
  return graph.nodes.length <= WHOLE_MAP_LIMITS.agents && graph.edges.length <= WHOLE_MAP_LIMITS.routes;
}

/**
 * One agent and its neighbourhood: every agent within `depth` routes of it, following routes either
 * way (who hands off to it, and whom it hands off to), and every route among them. Cost is linear in
 * the routes, whatever the workspace's size.
 */
export function focusGraph(graph: HandoffGraph, agentId: string, depth: FocusDepth): HandoffGraph {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)?.add(b);
  };
  for (const edge of graph.edges) {
    link(edge.from, edge.to);
    link(edge.to, edge.from);
  }
  const reached = new Set([agentId]);
  let frontier = [agentId];
  for (let step = 0; step < depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours.get(id) ?? []) {
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return {
    nodes: graph.nodes.filter((node) => reached.has(node.id)),
    edges: graph.edges.filter((edge) => reached.has(edge.from) && reached.has(edge.to)),
  };
}

/** The agent a search means: an exact name (any case) first, else the first whose name contains it. */
export function findAgentByName<T extends { name: string }>(agents: readonly T[], query: string): T | undefined {
  const needle = query.trim().toLowerCase();
  if (!needle) return undefined;
  return agents.find((agent) => agent.name.toLowerCase() === needle) ?? agents.find((agent) => agent.name.toLowerCase().includes(needle));
}

/** What the map says instead of drawing a workspace too large to read at once. */
export function tooLargeNote(graph: HandoffGraph): string {
  return `This workspace has ${graph.nodes.length} agents and ${graph.edges.length} routes, more than one map can show readably (${WHOLE_MAP_LIMITS.agents} agents, ${WHOLE_MAP_LIMITS.routes} routes). Find an agent above to see it with its neighbours.`;
}
