import type { MapEdge } from './graph';

/** What the pointer or keyboard is on: an agent or a route. */
export type MapFocus = { kind: 'agent'; id: string } | { kind: 'route'; id: string } | null;

/** The routes and agents to stand out while something is in focus; everything else is dimmed. */
export interface MapHighlight {
  routes: ReadonlySet<string>;
  agents: ReadonlySet<string>;
}

type RouteEnds = Pick<MapEdge, 'id' | 'from' | 'to'>;

/** An agent lights up its routes in and out and the agents at their other ends; a route lights up itself and its two agents. */
export function highlightOf(edges: RouteEnds[], focus: MapFocus): MapHighlight | null {
  if (!focus) return null;
  if (focus.kind === 'route') {
    const route = edges.find((edge) => edge.id === focus.id);
    return route ? { routes: new Set([route.id]), agents: new Set([route.from, route.to]) } : null;
  }
  const touching = edges.filter((edge) => edge.from === focus.id || edge.to === focus.id);
  return {
    routes: new Set(touching.map((edge) => edge.id)),
    agents: new Set([focus.id, ...touching.flatMap((edge) => [edge.from, edge.to])]),
  };
}

/** "Billing: 1 route in, 2 out." — what an agent's highlight shows, in words. */
export function describeAgentRoutes(agent: { id: string; name: string }, edges: RouteEnds[]): string {
  const incoming = edges.filter((edge) => edge.to === agent.id).length;
  const outgoing = edges.filter((edge) => edge.from === agent.id).length;
  const count = (n: number, word: string) => (n === 0 ? `no routes ${word}` : `${n} ${n === 1 ? 'route' : 'routes'} ${word}`);
  return `${agent.name}: ${count(incoming, 'in')}, ${count(outgoing, 'out')}. Select it to open its functions.`;
}
