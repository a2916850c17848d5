import { describe, expect, it } from 'vitest';
import { labelWidth, layoutHandoffGraph } from '../layout';
import { busyGraph, expectReadable } from './readable-layout';

describe('handoff map layout: labels', () => {
  it('puts each label on its route, halfway between the two agents, with no label over another or over an agent', () => {
    const layout = layoutHandoffGraph(busyGraph());
    expectReadable(layout);
    const byId = new Map(layout.nodes.map((node) => [node.id, node]));
    for (const edge of layout.edges) {
      const from = byId.get(edge.from);
      const to = byId.get(edge.to);
      const start = edge.points[0];
      const end = edge.points[edge.points.length - 1];
      if (!from || !to || !start || !end) throw new Error('missing ends');
      // Routes leave and enter their agents' boxes through the side that faces the other agent.
      expect(Math.abs(start.x - from.x)).toBeCloseTo(from.width / 2, 5);
      expect(Math.abs(end.x - to.x)).toBeCloseTo(to.width / 2, 5);
      expect(Math.abs(start.y - from.y)).toBeLessThan(from.height / 2);
      expect(Math.abs(end.y - to.y)).toBeLessThan(to.height / 2);
      // Halfway along: at the middle of the gap between the two boxes.
      expect(edge.label.x, `${edge.fromName} → ${edge.toName}`).toBeCloseTo((start.x + end.x) / 2, 0);
    }
  });

  it('sizes each label background to its text, shortening a very long tool name', () => {
    const graph = busyGraph();
    const first = graph.edges[0];
    if (!first) throw new Error('no edge');
    first.toolName = `transfer_to_${'very_'.repeat(12)}long`;
    const layout = layoutHandoffGraph(graph);
    for (const edge of layout.edges) {
      // 11 px monospace is 0.6 em a character: the background is at least that wide plus padding.
      expect(edge.label.width).toBe(labelWidth(edge.label.text));
      expect(edge.label.width).toBeGreaterThanOrEqual(edge.label.text.length * 11 * 0.6 + 8);
    }
    expect(layout.edges[0]?.label.text).toHaveLength(32);
    expect(layout.edges[0]?.label.text.endsWith('…')).toBe(true);
    expect(layout.edges[0]?.toolName).toBe(first.toolName);
  });

  it('keeps a hub with 30 spokes readable too', () => {
    const names = ['General Support', ...Array.from({ length: 29 }, (_, i) => `Specialist ${i + 1}`)];
    const nodes = names.map((name, i) => ({ id: `agt_${i}`, name, href: `/a/${i}` }));
    const edge = (from: number, to: number, id: string) => ({
      id,
      from: `agt_${from}`,
      to: `agt_${to}`,
      fromName: names[from] as string,
      toName: names[to] as string,
      toolName: `transfer_to_specialist_${to}`,
      description: '',
      enabled: true,
      href: `/f/${id}`,
    });
    const edges = [...Array.from({ length: 29 }, (_, i) => edge(0, i + 1, `out_${i}`)), ...Array.from({ length: 29 }, (_, i) => edge(i + 1, 0, `back_${i}`))];
    expectReadable(layoutHandoffGraph({ nodes, edges }));
  });
});
