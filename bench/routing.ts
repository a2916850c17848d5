import fs from 'node:fs';
import path from 'node:path';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import { decideSimulated } from '@/lib/conversation/engines/simulated/decide';
import { evaluateRouting, type RoutingFixture } from '@/lib/conversation/engines/simulated/routing-fixture';
import type { DecideInput } from '@/lib/conversation/engines/types';
import { ms, quantile } from './stats';
import { syntheticTools } from './synthetic-tools';
import type { Bench } from './types';

// shared/ sits beside the repository (../shared from its root), here and in CI.
const DEV_FIXTURE = path.resolve(__dirname, '..', '..', 'shared', 'fixtures', 'routing-dev.json');
const FIXTURES = path.resolve(__dirname, 'fixtures');
const TOOL_COUNTS = [5, 50, 500];
const DECISIONS_PER_SIZE = 3000;

function readFixture(file: string): RoutingFixture {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RoutingFixture;
}

function jsonFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name)) : [];
}

async function reportAccuracy(label: string, files: string[], listMisses: boolean): Promise<string[]> {
  const engine = createSimulatedEngine();
  let passed = 0;
  let total = 0;
  const said: string[] = [];
  for (const file of files) {
    const fixture = readFixture(file);
    const results = await evaluateRouting(fixture, engine);
    const ok = results.filter((result) => result.ok).length;
    passed += ok;
    total += results.length;
    said.push(...fixture.cases.map((testCase) => testCase.say));
    console.log(`  ${path.basename(file)}: ${ok}/${results.length} (${((100 * ok) / results.length).toFixed(1)}%)`);
    for (const miss of results.filter((result) => !result.ok && listMisses)) {
      const got = miss.got ?? (miss.clarified ? 'a question asking which of two' : 'no handoff');
      console.log(`    miss: "${miss.say}" expected ${miss.expect ?? 'no handoff'}, got ${got}`);
    }
  }
  if (files.length > 1) console.log(`  ${label}: ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
  return said;
}

function timeDecisions(inputs: DecideInput[], rounds: number): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = performance.now();
      decideSimulated(input);
      times.push(performance.now() - start);
    }
  }
  return times.sort((a, b) => a - b);
}

function reportLatency(messages: string[]): void {
  const agent = { name: 'Front Desk', description: 'Answers general questions.', instructions: '', greeting: '' };
  const sets = TOOL_COUNTS.map((count) => {
    const tools = syntheticTools(count);
    const inputs: DecideInput[] = messages.map((content) => ({ agent, tools, messages: [{ role: 'user', content }] }));
    const start = performance.now();
    decideSimulated(inputs[0] as DecideInput);
    return { count, inputs, cold: performance.now() - start };
  });
  // Warm-up for every size before measuring any, so JIT compilation and the per-word WordNet
  // caches are settled and the first size measured is not penalised.
  for (const { inputs } of sets) timeDecisions(inputs, 2);
  const medians: number[] = [];
  for (const { count, inputs, cold } of sets) {
    const rounds = Math.max(3, Math.ceil(DECISIONS_PER_SIZE / inputs.length));
    const times = timeDecisions(inputs, rounds);
    const p50 = quantile(times, 0.5);
    medians.push(p50);
    console.log(
      `  ${String(count).padStart(3)} tools: p50 ${ms(p50)}, p99 ${ms(quantile(times, 0.99))}, ` +
        `max ${ms(times.at(-1) ?? 0)} over ${times.length} decisions; first decision (analyses the tools) ${ms(cold)}`,
    );
  }
  const [small = 1, middle = 1, large = 1] = medians;
  const growth = large / middle;
  const verdict = growth <= 10 * 1.5 ? 'about linear or better' : 'worse than linear';
  console.log(`  growth 50 → 500 tools: ×${growth.toFixed(1)} for ×10 tools (${verdict}); 5 → 50: ×${(middle / small).toFixed(1)}`);
}

/** Accuracy on the routing fixtures and decision latency as the number of tools grows. */
export const routingBench: Bench = {
  name: 'routing (simulated model)',
  async run() {
    const loadStart = performance.now();
    decideSimulated({
      agent: { name: 'Warm-up', description: '', instructions: '', greeting: '' },
      messages: [{ role: 'user', content: 'hello' }],
      tools: syntheticTools(1),
    });
    console.log(`first use in the process (loads WordNet): ${ms(performance.now() - loadStart)}`);
    console.log('accuracy, shared/fixtures/routing-dev.json:');
    const messages = await reportAccuracy('dev', [DEV_FIXTURE], true);
    console.log('accuracy, bench/fixtures (other domains, used while tuning):');
    messages.push(...(await reportAccuracy('all tuning domains', jsonFiles(FIXTURES), true)));
    console.log('accuracy, bench/fixtures/fresh (held out: not tuned on):');
    messages.push(...(await reportAccuracy('all held-out domains', jsonFiles(path.join(FIXTURES, 'fresh')), true)));
    console.log(`decision latency (${messages.length} different messages, synthetic tool sets):`);
    reportLatency(messages);
  },
};
