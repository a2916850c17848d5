import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { routingTests } from '@/db/schema';
import { createAgent } from '@/lib/agents/service';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import type { RoutingFixture } from '@/lib/conversation/engines/simulated/routing-fixture';
import type { ServiceContext } from '@/lib/domain/context';
import { newId } from '@/lib/domain/ids';
import { makeHandoff } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { loadAgentStates } from '@/lib/test-runs/agent-states';
import { runRoutingTests } from '@/lib/test-runs/service';
import { ms } from './stats';
import type { Bench } from './types';

const CASES = 1000;
const GOAL_SECONDS = 10;
const FIXTURES = path.resolve(__dirname, 'fixtures');
// The committed routing sets (every domain's front desk and teams); customer sets are another bench's.
const SETS = ['', 'dev', 'fresh', 'holdout2'];
// Ways customers open the same request, so 1,000 cases are 1,000 different texts (nothing served from a cache).
const OPENINGS = ['', 'Hi, ', 'Hello there. ', 'Good morning, ', 'Quick question: '];

function fixtures(): { domain: string; fixture: RoutingFixture }[] {
  return SETS.flatMap((set) => {
    const dir = path.join(FIXTURES, set);
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ domain: name.replace(/^routing-|\.json$/g, ''), fixture: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as RoutingFixture }));
  });
}

/** One workspace holding every domain (agents named "Cards · bank"), and CASES cases across their front desks. */
async function buildWorkspace(ctx: ServiceContext): Promise<number> {
  const cases: { agentId: string; say: string; expect: string | null }[] = [];
  for (const { domain, fixture } of fixtures()) {
    const ids = new Map<string, string>();
    for (const agent of fixture.agents) {
      const created = await createAgent(ctx, { name: `${agent.name} · ${domain}`, description: agent.description, instructions: agent.instructions ?? '', greeting: '' });
      ids.set(agent.name, created.id);
    }
    for (const handoff of fixture.handoffs) {
      await makeHandoff(ctx, ids.get(handoff.from) as string, { targetAgentId: ids.get(handoff.to) as string, description: handoff.description });
    }
    const start = ids.get(fixture.start) as string;
    for (const testCase of fixture.cases) cases.push({ agentId: start, say: testCase.say, expect: testCase.expect ? (ids.get(testCase.expect) ?? null) : null });
  }
  const now = new Date();
  const rows = Array.from({ length: CASES }, (_, index) => {
    const base = cases[index % cases.length] as (typeof cases)[number];
    const opening = OPENINGS[Math.floor(index / cases.length) % OPENINGS.length] as string;
    const say = opening ? `${opening}${base.say.charAt(0).toLowerCase()}${base.say.slice(1)}` : base.say;
    return { id: newId('rt'), workspaceId: ctx.workspaceId, agentId: base.agentId, name: null, messages: [say], expectHandoffTo: base.expect, position: index, version: 1, createdAt: now, updatedAt: now };
  });
  for (let offset = 0; offset < rows.length; offset += 100) await ctx.db.insert(routingTests).values(rows.slice(offset, offset + 100));
  return cases.length;
}

/** A whole-workspace run of 1,000 routing cases on the built-in model, on a temp SQLite file. */
export const routingTestsBench: Bench = {
  name: 'routing tests (1,000-case workspace run, built-in model)',
  async run() {
    const ctx = await createTestContext('bench');
    try {
      const distinct = await buildWorkspace(ctx);
      const engine = createSimulatedEngine();
      // A server loads the encoder and WordNet at start and prepares every agent's tools then and after
      // each save (lib/server/warm-up-workspace.ts): not part of a run.
      const warmStart = performance.now();
      await engine.prepareMessages?.(['hello there']);
      const snapshot = await loadAgentStates(ctx);
      for (const agentId of snapshot.agents.keys()) {
        const { agent, tools } = snapshot.state(agentId);
        await engine.prepare?.({ agent, tools: tools.map((offered) => offered.tool) });
      }
      const warm = performance.now() - warmStart;
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const run = await runRoutingTests(ctx, { engine });
      const seconds = (performance.now() - start) / 1000;
      const cpu = process.cpuUsage(cpuStart);
      console.log(`workspace: ${CASES} cases (${distinct} customer requests × ${OPENINGS.length} openings) from ${fixtures().length} front desks; encoder loaded and every agent's tools prepared beforehand, as a server does at start, in ${ms(warm)}`);
      console.log(
        `routing tests: ${run.done} cases in ${seconds.toFixed(1)} s = ${(run.done / seconds).toFixed(0)} cases/s ` +
          `(goal: ${CASES} in < ${GOAL_SECONDS} s, ${seconds < GOAL_SECONDS ? 'met' : 'NOT met'}); CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; ` +
          `load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores; ${run.passed}/${run.total} passed`,
      );
    } finally {
      await ctx.close();
    }
  },
};
