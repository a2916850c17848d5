import { describe, expect, it } from 'vitest';
import type { HandoffGraph, MapEdge } from '../graph';
import { cachedLayout } from '../layout-cache';
import { findAgentByName, focusView, otherAgentsNamedLike, wholeMapFits, WHOLE_MAP_LIMITS, type FocusDepth } from '../map-focus';

const node = (id: string) => ({ id, name: `Agent ${id.toUpperCase()}`, href: `/a/${id}` });
const edge = (from: string, to: string, enabled = true): MapEdge => ({
  id: `${from}-${to}`,
  from,
  to,
  fromName: `Agent ${from.toUpperCase()}`,
  toName: `Agent ${to.toUpperCase()}`,
  toolName: `to_${to}`,
  description: `Hand off to ${to}.`,
  enabled,
  href: `/f/${from}-${to}`,
});

// a → b → c → d, e → a, g → c, and f alone: a chain with one agent handing in, one sharing b's
// specialist c, and one island.
const graph: HandoffGraph = {
  nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(node),
  edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('e', 'a'), edge('g', 'c')],
};
const unlimited = { agents: Infinity, routes: Infinity };
const focusGraph = (g: HandoffGraph, id: string, depth: FocusDepth) => focusView(g, id, depth, unlimited).graph;
const ids = (g: HandoffGraph) => [g.nodes.map((n) => n.id).sort().join(''), g.edges.map((e) => e.id).sort().join(' ')];

describe('the map focus view', () => {
  it('takes the agents handing off to it and those it hands off to within depth routes, and the routes among them', () => {
    expect(ids(focusGraph(graph, 'b', 1))).toEqual(['abc', 'a-b b-c']);
    // g hands off to c as b does, but neither reaches the other: not b's neighbourhood at any depth.
    expect(ids(focusGraph(graph, 'b', 2))).toEqual(['abcde', 'a-b b-c c-d e-a']);
    expect(ids(focusGraph(graph, 'b', 3))).toEqual(['abcde', 'a-b b-c c-d e-a']);
    expect(ids(focusGraph(graph, 'd', 2))).toEqual(['bcdg', 'b-c c-d g-c']);
    expect(ids(focusGraph(graph, 'f', 3))).toEqual(['f', '']);
  });

  it('an agent both upstream and downstream counts at its nearer distance', () => {
    // a → b → c → d → e → a: d is 3 routes on from a but 2 routes back to it.
    const loop: HandoffGraph = { nodes: ['a', 'b', 'c', 'd', 'e'].map(node), edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e'), edge('e', 'a')] };
    expect(ids(focusGraph(loop, 'a', 1))).toEqual(['abe', 'a-b e-a']);
    expect(ids(focusGraph(loop, 'a', 2))).toEqual(['abcde', 'a-b b-c c-d d-e e-a']);
  });

  it('draws the deepest depth that fits the limits, saying what the one asked for would have held', () => {
    const limits = { agents: 4, routes: 10 };
    expect(focusView(graph, 'b', 2, limits)).toMatchObject({ depth: 1, cutFrom: { depth: 2, agents: 5, routes: 4 } });
    expect(ids(focusView(graph, 'b', 2, limits).graph)).toEqual(['abc', 'a-b b-c']);
    expect(focusView(graph, 'b', 3, { agents: 4, routes: 10 }).cutFrom).toEqual({ depth: 3, agents: 5, routes: 4 });
    expect(focusView(graph, 'b', 1, { agents: 1, routes: 0 })).toMatchObject({ depth: 1, cutFrom: undefined, graph: { nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] } });
    expect(focusView(graph, 'b', 2, unlimited)).toMatchObject({ depth: 2, cutFrom: undefined });
  });

  it('finds an agent by exact name first, then by part of it, in any case', () => {
    const agents = [{ id: '1', name: 'Billing Disputes' }, { id: '2', name: 'Billing' }];
    expect(findAgentByName(agents, 'billing')?.id).toBe('2');
    expect(findAgentByName(agents, 'DISPUTE')?.id).toBe('1');
    expect(findAgentByName(agents, '  ')).toBeUndefined();
    expect(findAgentByName(agents, 'sales')).toBeUndefined();
  });

  it('offers the other agents a partial name could mean, none when it names one exactly', () => {
    const agents = [{ id: '1', name: 'General Support' }, { id: '2', name: 'Technical Support' }, { id: '3', name: 'Billing' }];
    const shown = findAgentByName(agents, 'support');
    expect(shown?.id).toBe('1');
    expect(otherAgentsNamedLike(agents, 'support', shown).map((agent) => agent.id)).toEqual(['2']);
    expect(otherAgentsNamedLike(agents, 'general support', findAgentByName(agents, 'general support'))).toEqual([]);
    expect(otherAgentsNamedLike(agents, 'bill', findAgentByName(agents, 'bill'))).toEqual([]);
  });

  it('shows the whole map only while it is small enough to read', () => {
    expect(wholeMapFits(graph)).toBe(true);
    const many = { nodes: Array.from({ length: WHOLE_MAP_LIMITS.agents + 1 }, (_, i) => node(`n${i}`)), edges: [] };
    expect(wholeMapFits(many)).toBe(false);
  });

  it('lays a configuration out once, and afresh when anything drawn changes', () => {
    const first = cachedLayout(graph);
    expect(cachedLayout({ nodes: [...graph.nodes], edges: [...graph.edges] })).toBe(first);
    const disabled = { ...graph, edges: graph.edges.map((e, i) => (i === 0 ? { ...e, enabled: false } : e)) };
    const relaid = cachedLayout(disabled);
    expect(relaid).not.toBe(first);
    expect(relaid.edges.find((e) => e.id === 'a-b')?.enabled).toBe(false);
    const renamed = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'f' ? { ...n, name: 'Agent Renamed' } : n)) };
    expect(cachedLayout(renamed).nodes.find((n) => n.id === 'f')?.name).toBe('Agent Renamed');
  });
});
