import os from 'node:os';
import type { HandoffGraph } from '@/lib/review/graph';
import { layoutFocusView } from '@/lib/review/focus-layout';
import { layoutHandoffGraph } from '@/lib/review/layout';
import { FOCUS_DEPTHS, focusView } from '@/lib/review/map-focus';
import { scaleWorkspaceDocument } from './scale-workspace';
import { quantile } from './stats';
import type { Bench } from './types';

const AGENTS = 300;
const HANDOFFS_PER_AGENT = 10;
/** Issue #12: a focus view's layout under 200 ms on the server at 300 agents / 3,000 handoffs. */
const GOAL_MS = 200;
const FOCUSED_AGENTS = 12;

/** The bench:scale workspace as the map sees it: every agent a node, every handoff a route. */
function scaleGraph(): HandoffGraph {
  const document = scaleWorkspaceDocument(AGENTS, HANDOFFS_PER_AGENT);
  const names = new Map(document.agents.map((agent) => [agent.slug, agent.name]));
  return {
    nodes: document.agents.map((agent) => ({ id: agent.slug, name: agent.name, href: `/agents/${agent.slug}` })),
    edges: document.functions.map((fn, index) => ({
      id: `f${index}`,
      from: fn.agent,
      to: fn.target,
      fromName: names.get(fn.agent) ?? fn.agent,
      toName: names.get(fn.target) ?? fn.target,
      toolName: `transfer_to_${fn.target.replaceAll('-', '_')}`,
      description: fn.config.description,
      enabled: fn.enabled,
      href: `/functions/${index}`,
    })),
  };
}

/**
 * Lays out focus views of the map uncached (the cost of the first request after a configuration
 * change), for a dozen agents spread over the workspace at each depth, in this process: with the focus
 * layout the page uses, and with dagre (the whole map's engine) on the same views for comparison.
 */
export const mapLayoutBench: Bench = {
  name: `Handoff map: focus view layout at ${AGENTS} agents / ${AGENTS * HANDOFFS_PER_AGENT} handoffs (uncached)`,
  async run() {
    const graph = scaleGraph();
    const focused = Array.from({ length: FOCUSED_AGENTS }, (_, i) => graph.nodes[Math.floor((i * graph.nodes.length) / FOCUSED_AGENTS)]?.id ?? '');
    layoutFocusView(focusView(graph, focused[0] ?? '', 1).graph, focused[0] ?? ''); // warm the JIT once
    console.log(`${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}\n`);
    console.log('| depth asked | depth drawn | agents / routes drawn | focus layout p50 | p95 | p95 / 200 ms goal | dagre p50 | dagre p95 |');
    console.log('|---:|---:|---|---:|---:|---:|---:|---:|');
    for (const depth of FOCUS_DEPTHS) {
      const times: number[] = [];
      const dagreTimes: number[] = [];
      const drawn = new Set<number>();
      const sizes: string[] = [];
      for (const agentId of focused) {
        const view = focusView(graph, agentId, depth);
        drawn.add(view.depth);
        sizes.push(`${view.graph.nodes.length}/${view.graph.edges.length}`);
        const start = performance.now();
        layoutFocusView(view.graph, agentId);
        times.push(performance.now() - start);
        const dagreStart = performance.now();
        layoutHandoffGraph(view.graph);
        dagreTimes.push(performance.now() - dagreStart);
      }
      times.sort((a, b) => a - b);
      dagreTimes.sort((a, b) => a - b);
      const p95 = quantile(times, 0.95);
      const range = [...new Set(sizes)].slice(0, 3).join(', ');
      console.log(`| ${depth} | ${[...drawn].join(', ')} | ${range} | ${quantile(times, 0.5).toFixed(0)} ms | ${p95.toFixed(0)} ms | ${(p95 / GOAL_MS).toFixed(2)} ${p95 < GOAL_MS ? 'ok' : 'OVER'} | ${quantile(dagreTimes, 0.5).toFixed(0)} ms | ${quantile(dagreTimes, 0.95).toFixed(0)} ms |`);
    }
  },
};
