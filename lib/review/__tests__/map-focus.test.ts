import { describe, expect, it } from 'vitest';
import type { HandoffGraph, MapEdge } from '../graph';
import { cachedLayout } from '../layout-cache';
import { findAgentByName, focusGraph, wholeMapFits, WHOLE_MAP_LIMITS } from '../map-focus';

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

// a → b → c → d, e → a, and f alone: a chain with one agent handing in and one island.
const graph: HandoffGraph = {
  nodes: ['a', 'b', 'c', 'd', 'e', 'f'].map(node),
  edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('e', 'a')],
};
const ids = (g: HandoffGraph) => [g.nodes.map((n) => n.id).sort().join(''), g.edges.map((e) => e.id).sort().join(' ')];

describe('the map focus view', () => {
  it('takes the agents within depth routes either way, and the routes among them', () => {
    expect(ids(focusGraph(graph, 'b', 1))).toEqual(['abc', 'a-b b-c']);
    expect(ids(focusGraph(graph, 'b', 2))).toEqual(['abcde', 'a-b b-c c-d e-a']);
    expect(ids(focusGraph(graph, 'f', 3))).toEqual(['f', '']);
  });

  it('finds an agent by exact name first, then by part of it, in any case', () => {
    const agents = [{ id: '1', name: 'Billing Disputes' }, { id: '2', name: 'Billing' }];
    expect(findAgentByName(agents, 'billing')?.id).toBe('2');
    expect(findAgentByName(agents, 'DISPUTE')?.id).toBe('1');
    expect(findAgentByName(agents, '  ')).toBeUndefined();
    expect(findAgentByName(agents, 'sales')).toBeUndefined();
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
