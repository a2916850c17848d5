import type { HandoffGraph } from './graph';

/** Past this size the whole map is no longer readable (nor quick to lay out): the map opens on one agent. */
export const WHOLE_MAP_LIMITS = { agents: 120, routes: 300 } as const;
export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export function wholeMapFits(graph: HandoffGraph): boolean {
  return graph.nodes.length <= WHOLE_MAP_LIMITS.agents && graph.edges.length <= WHOLE_MAP_LIMITS.routes;
}

/**
 * The most a focus view draws: as much as the whole map may hold, past which a drawing is no longer
 * readable. A deeper view that would exceed it is drawn at the deepest depth that fits instead.
 */
export const FOCUS_DRAW_LIMITS = WHOLE_MAP_LIMITS;

export interface FocusView {
  graph: HandoffGraph;
  /** The depth drawn: the one asked for, or less when that one is over FOCUS_DRAW_LIMITS. */
  depth: FocusDepth;
  /** How many agents and routes the depth asked for would have had, when it was cut back. */
  cutFrom?: { depth: FocusDepth; agents: number; routes: number };
}

/**
 * One agent and its neighbourhood, at the deepest depth up to the one asked for whose drawing stays within
 * `limits` (depth 1 always): the agents that hand off to it within that many routes (following routes
 * backwards), the agents it hands off to within as many (following them forwards), and every route among
 * them. An agent that merely shares a neighbour (another agent handing off to the same specialist) is not
 * part of it. Cost is linear in the routes, whatever the workspace's size.
 */
export function focusView(graph: HandoffGraph, agentId: string, depth: FocusDepth, limits: { agents: number; routes: number } = FOCUS_DRAW_LIMITS): FocusView {
  const { forwards, backwards } = distancesAround(graph, agentId, depth);
  const distance = (id: string) => Math.min(forwards.get(id) ?? Infinity, backwards.get(id) ?? Infinity);
  let cutFrom: FocusView['cutFrom'];
  for (let shown = depth; ; shown -= 1) {
    const within = (id: string) => distance(id) <= shown;
    const view = { nodes: graph.nodes.filter((node) => within(node.id)), edges: graph.edges.filter((edge) => within(edge.from) && within(edge.to)) };
    const fits = view.nodes.length <= limits.agents && view.edges.length <= limits.routes;
    if (fits || shown === 1) return { graph: view, depth: shown as FocusDepth, cutFrom };
    cutFrom ??= { depth, agents: view.nodes.length, routes: view.edges.length };
  }
}

/** How many routes separate each agent from the focus: forwards (the focus hands off to it) and backwards (it hands off to the focus). */
export interface FocusDistances {
  forwards: Map<string, number>;
  backwards: Map<string, number>;
}

/** Each agent's distance from `agentId` either way, up to `depth` routes (0 for the agent itself); breadth first, linear in the routes. */
export function distancesAround(graph: HandoffGraph, agentId: string, depth = Number.POSITIVE_INFINITY): FocusDistances {
  const forwardLinks = new Map<string, string[]>();
  const backwardLinks = new Map<string, string[]>();
  const link = (links: Map<string, string[]>, a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  for (const edge of graph.edges) {
    link(forwardLinks, edge.from, edge.to);
    link(backwardLinks, edge.to, edge.from);
  }
  const walk = (links: Map<string, string[]>) => {
    const distance = new Map([[agentId, 0]]);
    let frontier = [agentId];
    for (let step = 1; step <= depth && frontier.length > 0; step += 1) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const other of links.get(id) ?? []) {
          if (distance.has(other)) continue;
          distance.set(other, step);
          next.push(other);
        }
      }
      frontier = next;
    }
    return distance;
  };
  return { forwards: walk(forwardLinks), backwards: walk(backwardLinks) };
}

/** The agent a search means: an exact name (any case) first, else the first whose name contains it. */
export function findAgentByName<T extends { name: string }>(agents: readonly T[], query: string): T | undefined {
  const needle = query.trim().toLowerCase();
  if (!needle) return undefined;
  return agents.find((agent) => agent.name.toLowerCase() === needle) ?? agents.find((agent) => agent.name.toLowerCase().includes(needle));
}

/**
 * The other agents a search could have meant, when it named none exactly ("support": General Support
 * was shown, Technical Support is offered), so a partial name never silently picks one of several.
 */
export function otherAgentsNamedLike<T extends { name: string }>(agents: readonly T[], query: string, shown: T | undefined): T[] {
  const needle = query.trim().toLowerCase();
  if (!needle || !shown || shown.name.toLowerCase() === needle) return [];
  return agents.filter((agent) => agent !== shown && agent.name.toLowerCase().includes(needle));
}

/** What the map says instead of drawing a workspace too large to read at once. */
export function tooLargeNote(graph: HandoffGraph): string {
  return `This workspace has ${graph.nodes.length} agents and ${graph.edges.length} routes, more than one map can show readably (${WHOLE_MAP_LIMITS.agents} agents, ${WHOLE_MAP_LIMITS.routes} routes). Find an agent above to see it with its neighbours.`;
}
