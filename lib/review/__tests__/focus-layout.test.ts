import { describe, expect, it } from 'vitest';
import { closestInOrder, layoutFocusView } from '../focus-layout';
import type { HandoffGraph, MapEdge } from '../graph';
import { focusView, FOCUS_DRAW_LIMITS } from '../map-focus';
import { busyGraph, expectReadable } from './readable-layout';

function route(graph: HandoffGraph, from: string, to: string): MapEdge {
  const name = (id: string) => graph.nodes.find((node) => node.id === id)?.name ?? id;
  return { id: `${from}>${to}`, from, to, fromName: name(from), toName: name(to), toolName: `transfer_to_${to}`, description: '', enabled: true, href: `/f/${from}-${to}` };
}

/**
 * The busy workspace around Front Desk (agt_5): it hands off to Order Tracking, Refunds and Account Security,
 * which all hand back, and Order Tracking to Refunds; Sales hands off to it and, past it, to Order Tracking;
 * Returns hands off to Sales.
 */
function frontDeskGraph(): HandoffGraph {
  const graph = busyGraph();
  graph.edges.push(route(graph, 'agt_3', 'agt_5'), route(graph, 'agt_4', 'agt_3'), route(graph, 'agt_3', 'agt_6'));
  return focusView(graph, 'agt_5', 2).graph;
}

/** Agents in a ring, each handing off to the agents 1, 8, 15, … places on: bench:scale's workspace. */
function ringGraph(agents: number, handoffs: number): HandoffGraph {
  const nodes = Array.from({ length: agents }, (_, i) => ({ id: `a${i}`, name: `Specialist team ${i}`, href: `/a/${i}` }));
  const graph: HandoffGraph = { nodes, edges: [] };
  for (let i = 0; i < agents; i += 1) for (let k = 0; k < handoffs; k += 1) graph.edges.push(route(graph, `a${i}`, `a${(i + 1 + 7 * k) % agents}`));
  return graph;
}

describe('focus view layout', () => {
  it('puts the focused agent between the agents handing off to it (left) and those it hands off to (right), by distance', () => {
    const layout = layoutFocusView(frontDeskGraph(), 'agt_5');
    const x = (id: string) => layout.nodes.find((node) => node.id === id)?.x ?? Number.NaN;
    expect(x('agt_4')).toBeLessThan(x('agt_3'));
    expect(x('agt_3')).toBeLessThan(x('agt_5'));
    expect(x('agt_5')).toBeLessThan(x('agt_6'));
    // Hands off to Front Desk and is handed to by it: one route away either way, drawn on the right.
    expect(x('agt_7')).toBe(x('agt_6'));
    expect(x('agt_8')).toBe(x('agt_6'));
    expectReadable(layout);
  });

  it('draws routes back to the focus, within a column and past a column without covering an agent', () => {
    const layout = layoutFocusView(frontDeskGraph(), 'agt_5');
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    const edge = (id: string) => layout.edges.find((candidate) => candidate.id === id);
    // Order Tracking → Refunds, both one route on: out of the right side of one, into the right side of the other.
    const within = edge('fn_7');
    const [tracking, refunds] = [byId.get('agt_6'), byId.get('agt_7')];
    if (!within || !tracking || !refunds) throw new Error('missing route');
    expect(within.points[0]?.x).toBeCloseTo(tracking.x + tracking.width / 2, 5);
    expect(within.points.at(-1)?.x).toBeCloseTo(refunds.x + refunds.width / 2, 5);
    expect(within.label.x).toBeGreaterThan(tracking.x + tracking.width / 2);
    // Back to the focus: leaves Order Tracking's left side, enters Front Desk's right side.
    const back = edge('fn_5');
    const desk = byId.get('agt_5');
    if (!back || !desk) throw new Error('missing route');
    expect(back.points[0]?.x).toBeCloseTo(tracking.x - tracking.width / 2, 5);
    expect(back.points.at(-1)?.x).toBeCloseTo(desk.x + desk.width / 2, 5);
    // Sales → Order Tracking passes Front Desk's column beside its box, never through it.
    const past = edge('agt_3>agt_6');
    if (!past) throw new Error('missing route');
    const atDesk = past.points.filter((point) => point.x === desk.x);
    expect(atDesk).toHaveLength(1);
    expect(Math.abs((atDesk[0]?.y ?? desk.y) - desk.y)).toBeGreaterThan(desk.height / 2);
  });

  it('lays out bench:scale’s depth-2 neighbourhood readably, the same every time', () => {
    const graph = ringGraph(300, 10);
    const view = focusView(graph, 'a150', 2);
    expect(view).toMatchObject({ depth: 2, cutFrom: undefined });
    const layout = layoutFocusView(view.graph, 'a150');
    expect(layout.nodes).toHaveLength(view.graph.nodes.length);
    expect(layout.edges).toHaveLength(view.graph.edges.length);
    expectReadable(layout);
    expect(layoutFocusView(view.graph, 'a150')).toEqual(layout);
    // Depth 3 would draw more than a map can show readably: the view keeps to depth 2.
    const deeper = focusView(graph, 'a150', 3);
    expect(deeper.depth).toBe(2);
    expect(deeper.cutFrom?.routes).toBeGreaterThan(FOCUS_DRAW_LIMITS.routes);
  });

  it('draws a lone agent', () => {
    const graph: HandoffGraph = { nodes: [{ id: 'solo', name: 'Solo', href: '/a/solo' }], edges: [] };
    const layout = layoutFocusView(graph, 'solo');
    expect(layout.nodes[0]).toMatchObject({ id: 'solo', shownName: 'Solo' });
    expectReadable(layout);
  });
});

describe('closestInOrder', () => {
  it('keeps wanted positions that already respect the order and gaps', () => {
    expect(closestInOrder([0, 50, 100], [0, 20, 20])).toEqual([0, 50, 100]);
  });

  it('spreads items that want the same spot evenly around it', () => {
    expect(closestInOrder([10, 10, 10], [0, 20, 20])).toEqual([-10, 10, 30]);
  });

  it('pushes only as far as the gap needs, sharing the move between the two', () => {
    expect(closestInOrder([0, 10, 200], [0, 30, 30])).toEqual([-10, 20, 200]);
  });
});
