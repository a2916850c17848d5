import { expect } from 'vitest';
import type { HandoffGraph } from '../graph';
import type { MapLayout } from '../layout';
import { overlaps } from '../map-geometry';

/** Names and routes like a busy workspace: a triage agent, specialists, routes both ways, one route across two ranks. */
export function busyGraph(): HandoffGraph {
  const names = ['General Support', 'Billing', 'Technical Support', 'Sales', 'Returns', 'Front Desk', 'Order Tracking', 'Refunds and Returns', 'Account Security'];
  const pairs = [[0, 1], [0, 2], [5, 6], [5, 7], [5, 8], [6, 5], [7, 5], [6, 7], [8, 5], [1, 0]];
  const nodes = names.map((name, i) => ({ id: `agt_${i}`, name, href: `/a/${i}` }));
  const edges = pairs.map(([from = 0, to = 0], i) => ({
    id: `fn_${i}`,
    from: `agt_${from}`,
    to: `agt_${to}`,
    fromName: names[from] as string,
    toName: names[to] as string,
    toolName: `transfer_to_${(names[to] as string).toLowerCase().replaceAll(' ', '_')}`,
    description: 'When the customer asks.',
    enabled: i !== 3,
    href: `/f/${i}`,
  }));
  return { nodes, edges };
}

export function expectReadable(layout: MapLayout) {
  for (const [i, node] of layout.nodes.entries()) {
    for (const other of layout.nodes.slice(i + 1)) expect(overlaps(node, other), `${node.name} and ${other.name} overlap`).toBe(false);
    expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
    expect(node.y - node.height / 2).toBeGreaterThanOrEqual(0);
    expect(node.x + node.width / 2).toBeLessThanOrEqual(layout.width);
    expect(node.y + node.height / 2).toBeLessThanOrEqual(layout.height);
  }
  for (const [i, edge] of layout.edges.entries()) {
    // The label sits on its own route: the curve passes through the label's centre.
    expect(edge.points.some((point) => point.x === edge.label.x && point.y === edge.label.y), `${edge.id} label is on its route`).toBe(true);
    expect(edge.path.startsWith(`M${round(edge.points[0]?.x)},${round(edge.points[0]?.y)} C`)).toBe(true);
    for (const other of layout.edges.slice(i + 1)) expect(overlaps(edge.label, other.label), `${edge.id} and ${other.id} labels overlap`).toBe(false);
    for (const node of layout.nodes) expect(overlaps(edge.label, node), `${edge.id} label covers ${node.name}`).toBe(false);
    // Everything stays inside the drawing, which the map fits to its box.
    expect(edge.label.x - edge.label.width / 2).toBeGreaterThanOrEqual(0);
    expect(edge.label.x + edge.label.width / 2).toBeLessThanOrEqual(layout.width);
    expect(edge.label.y + edge.label.height / 2).toBeLessThanOrEqual(layout.height);
  }
}


function round(value = 0): number {
  return Math.round(value * 10) / 10;
}
