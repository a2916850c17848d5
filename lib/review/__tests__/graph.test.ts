import { describe, expect, it } from 'vitest';
import { updateFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import type { HandoffGraph } from '../graph';
import { layoutHandoffGraph } from '../layout';
import { loadWorkspaceReview } from '../overview';
import { describeRoute } from '../route-sentence';

const t = setupTestContext();

describe('handoff graph', () => {
  it('draws only configured routes, marking disabled ones, each as one readable sentence', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const tech = await makeAgent(t.ctx, 'Technical Support');
    await makeAgent(t.ctx, 'Sales');
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'Hand off when the customer asks about invoices.' });
    const toTech = await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id, description: 'Hand off when the app shows an error.' });
    await updateFunction(t.ctx, toTech.id, { version: 1, enabled: false });
    const { graph } = await loadWorkspaceReview(t.ctx);
    expect(graph.nodes.map((n) => n.name)).toEqual(['Billing', 'General Support', 'Sales', 'Technical Support']);
    expect(graph.nodes.find((n) => n.name === 'Billing')?.href).toBe(`/integrations/agentic-functions/${billing.id}`);
    expect(graph.edges.map(describeRoute)).toEqual([
      'General Support → Billing via transfer_to_billing: Hand off when the customer asks about invoices.',
      'General Support → Technical Support via transfer_to_technical_support (disabled): Hand off when the app shows an error.',
    ]);
  });
});

/** A support hub with 29 specialists, each with a route back, plus a ring of escalations: 30 agents, 60 routes. */
function bigGraph(): HandoffGraph {
  const names = ['General Support', ...Array.from({ length: 29 }, (_, i) => `Specialist Team Number ${i + 1}`)];
  const nodes = names.map((name, i) => ({ id: `agt_${i}`, name, href: `/a/${i}` }));
  const edge = (from: number, to: number, id: string) => ({
    id,
    from: `agt_${from}`,
    to: `agt_${to}`,
    fromName: names[from] as string,
    toName: names[to] as string,
    toolName: `transfer_to_specialist_team_number_${to}`,
    description: 'When the customer asks.',
    enabled: to % 7 !== 0,
    href: `/f/${id}`,
  });
  const edges = [
    ...Array.from({ length: 29 }, (_, i) => edge(0, i + 1, `out_${i}`)),
    ...Array.from({ length: 29 }, (_, i) => edge(i + 1, 0, `back_${i}`)),
    edge(1, 2, 'esc_1'),
    edge(2, 3, 'esc_2'),
  ];
  return { nodes, edges };
}

describe('handoff map layout', () => {
  it('lays out 30 agents and 60 routes quickly, without overlapping boxes, every route drawn and labelled', () => {
    const graph = bigGraph();
    const started = performance.now();
    const layout = layoutHandoffGraph(graph);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(layout.nodes).toHaveLength(30);
    expect(layout.edges).toHaveLength(60);
    for (const [i, a] of layout.nodes.entries()) {
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.y + a.height / 2).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes.slice(i + 1)) {
        const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
      }
    }
    for (const edge of layout.edges) {
      expect(edge.path).toMatch(/^M[\d.]+,[\d.]+ /);
      expect(edge.label.width).toBeGreaterThan(0);
    }
    // Long names are shortened on the map; the full name stays for titles and lists.
    expect(layout.nodes[1]?.shownName.length).toBeLessThanOrEqual(26);
    expect(layout.nodes[1]?.name).toBe('Specialist Team Number 1');
  });

  it('places an empty workspace on an empty canvas', () => {
    expect(layoutHandoffGraph({ nodes: [], edges: [] })).toMatchObject({ nodes: [], edges: [] });
  });
});
