import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import { decideByWords, rankByWords } from '@/lib/conversation/engines/simulated/decide';
import { lexicallyClear } from '@/lib/conversation/engines/simulated/fuse';
import { sharedEncoderProvider } from '@/lib/conversation/engines/simulated/meaning/encoder';
import { forgetMessageVectors, meaningIndex } from '@/lib/conversation/engines/simulated/meaning/meaning-index';
import { evaluateRouting, type RoutingFixture, type RoutingOptions } from '@/lib/conversation/engines/simulated/routing-fixture';
import type { DecideInput, LlmEngine } from '@/lib/conversation/engines/types';
import { ms, quantile } from './stats';
import { syntheticTools } from './synthetic-tools';
import type { Bench } from './types';

// The shared dev set, carried inside the repository (bench/fixtures/dev) so nothing reads outside it.
const DEV_FIXTURE = path.resolve(__dirname, 'fixtures', 'dev', 'routing-dev.json');
const FIXTURES = path.resolve(__dirname, 'fixtures');
const TOOL_COUNTS = [5, 50, 500];
const DECISIONS_PER_SIZE = 3000;
// Decisions that may run the encoder cost milliseconds each: fewer of them per size.
const ENCODER_DECISIONS_PER_SIZE = 450;
// Held-out 2's misses are not printed unless asked for, so nobody tunes on them case by case.
const LIST_HOLDOUT2_MISSES = process.env.BENCH_LIST_HOLDOUT2_MISSES === '1';
// The customer-language sets (issue 9) list their tuning sets' misses only when asked: there are many.
const LIST_CUSTOMER_MISSES = process.env.BENCH_LIST_CUSTOMER_MISSES === '1';

function readFixture(file: string): RoutingFixture {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RoutingFixture;
}

function jsonFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(dir, name)) : [];
}

function percent(passed: number, total: number): string {
  return `${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`;
}

const wordsOnly = createSimulatedEngine({ encoder: false });

async function reportAccuracy(label: string, files: string[], listMisses: boolean, engine: LlmEngine, options: RoutingOptions = {}): Promise<string[]> {
  let passed = 0;
  let passedByWords = 0;
  let total = 0;
  const said: string[] = [];
  for (const file of files) {
    const fixture = readFixture(file);
    const results = await evaluateRouting(fixture, engine, options);
    const byWords = (await evaluateRouting(fixture, wordsOnly, options)).filter((result) => result.ok).length;
    const ok = results.filter((result) => result.ok).length;
    passed += ok;
    passedByWords += byWords;
    total += results.length;
    said.push(...fixture.cases.map((testCase) => testCase.say));
    console.log(`  ${path.basename(file)}: ${percent(ok, results.length)}   [words only: ${byWords}/${results.length}]`);
    for (const miss of results.filter((result) => !result.ok && listMisses)) {
      const got = miss.got ?? (miss.clarified ? 'a question asking which of two' : 'no handoff');
      console.log(`    miss: "${miss.say}" expected ${miss.expect ?? 'no handoff'}, got ${got}`);
    }
  }
  if (files.length > 1) console.log(`  ${label}: ${percent(passed, total)}   [words only: ${percent(passedByWords, total)}]`);
  return said;
}

function summarise(times: number[]): string {
  times.sort((a, b) => a - b);
  return `p50 ${ms(quantile(times, 0.5))}, p99 ${ms(quantile(times, 0.99))}, max ${ms(times.at(-1) ?? 0)} over ${times.length} decisions`;
}

const AGENT = { name: 'Front Desk', description: 'Answers general questions.', instructions: '', greeting: '' };

function inputsFor(count: number, messages: string[]): DecideInput[] {
  const tools = syntheticTools(count);
  return messages.map((content) => ({ agent: AGENT, tools, messages: [{ role: 'user', content }] }));
}

/** Words only (the synchronous path every decision takes first). */
function reportWordLatency(messages: string[]): void {
  const sets = TOOL_COUNTS.map((count) => {
    const inputs = inputsFor(count, messages);
    const start = performance.now();
    decideByWords(inputs[0] as DecideInput);
    return { count, inputs, cold: performance.now() - start };
  });
  const time = (inputs: DecideInput[], rounds: number) => {
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const input of inputs) {
        const start = performance.now();
        decideByWords(input);
        times.push(performance.now() - start);
      }
    }
    return times;
  };
  // Warm-up for every size before measuring any, so JIT compilation and the per-word WordNet
  // caches are settled and the first size measured is not penalised.
  for (const { inputs } of sets) time(inputs, 2);
  const medians: number[] = [];
  for (const { count, inputs, cold } of sets) {
    const times = time(inputs, Math.max(3, Math.ceil(DECISIONS_PER_SIZE / inputs.length)));
    medians.push(quantile([...times].sort((a, b) => a - b), 0.5));
    console.log(`  ${String(count).padStart(3)} tools: ${summarise(times)}; first decision (analyses the tools) ${ms(cold)}`);
  }
  const [small = 1, middle = 1, large = 1] = medians;
  const growth = large / middle;
  const verdict = growth <= 10 * 1.5 ? 'about linear or better' : 'worse than linear';
  console.log(`  growth 50 → 500 tools: ×${growth.toFixed(1)} for ×10 tools (${verdict}); 5 → 50: ×${(middle / small).toFixed(1)}`);
}

/** Whole decisions as the engine makes them, the encoder included where the words do not settle it. */
async function reportEngineLatency(messages: string[]): Promise<void> {
  const engine = createSimulatedEngine();
  const encoder = await sharedEncoderProvider().get();
  if (!encoder) {
    console.log('  (encoder unavailable: decisions are on words only, as above)');
    return;
  }
  const medians: number[] = [];
  for (const count of TOOL_COUNTS) {
    const inputs = inputsFor(count, messages);
    const first = inputs[0] as DecideInput;
    // Once per configuration: every tool's passages embedded (cached by tool text afterwards).
    const start = performance.now();
    await meaningIndex(encoder, first.agent, first.tools);
    const configuration = performance.now() - start;
    const encoded = inputs.filter((input) => !lexicallyClear(rankByWords(input).ranked)).length;
    const rounds = Math.max(1, Math.ceil(ENCODER_DECISIONS_PER_SIZE / inputs.length));
    const times: number[] = [];
    for (const input of inputs.slice(0, 20)) await engine.decide(input);
    for (let round = 0; round < rounds; round++) {
      for (const input of inputs) {
        // Every message is embedded afresh, as a new message would be, not served from the cache.
        forgetMessageVectors(encoder);
        const begin = performance.now();
        await engine.decide(input);
        times.push(performance.now() - begin);
      }
    }
    console.log(
      `  ${String(count).padStart(3)} tools: ${summarise(times)}; encoder consulted on ${percent(encoded, inputs.length)} of messages; ` +
        `embedding the tools once per configuration ${ms(configuration)}`,
    );
    medians.push(quantile(times, 0.5));
  }
  const [, middle = 1, large = 1] = medians;
  console.log(`  growth 50 → 500 tools: ×${(large / middle).toFixed(1)} for ×10 tools (${large / middle <= 15 ? 'about linear or better' : 'worse than linear'})`);
}

/** Accuracy on the routing fixtures and decision latency as the number of tools grows. */
export const routingBench: Bench = {
  name: 'routing (simulated model)',
  async run() {
    const engine = createSimulatedEngine();
    const loadStart = performance.now();
    decideByWords({ agent: { ...AGENT, name: 'Warm-up' }, messages: [{ role: 'user', content: 'hello' }], tools: syntheticTools(1) });
    console.log(`first use in the process (loads WordNet): ${ms(performance.now() - loadStart)}`);
    const encoderStart = performance.now();
    const encoder = await sharedEncoderProvider().get();
    console.log(
      encoder
        ? `sentence encoder (Universal Sentence Encoder lite) loaded in ${ms(performance.now() - encoderStart)}`
        : 'sentence encoder unavailable: all numbers below are on words only',
    );
    console.log('accuracy, bench/fixtures/dev/routing-dev.json (the shared dev set):');
    const messages = await reportAccuracy('dev', [DEV_FIXTURE], true, engine);
    console.log('accuracy, bench/fixtures (other domains, used while tuning):');
    messages.push(...(await reportAccuracy('all tuning domains', jsonFiles(FIXTURES), true, engine)));
    console.log('accuracy, bench/fixtures/fresh (first held-out set; since the holdout2 round used for tuning too):');
    messages.push(...(await reportAccuracy('all fresh domains', jsonFiles(path.join(FIXTURES, 'fresh')), true, engine)));
    console.log(
      `accuracy, bench/fixtures/holdout2 (held-out 2: never tuned on case by case; ` +
        `misses ${LIST_HOLDOUT2_MISSES ? 'listed' : 'hidden, BENCH_LIST_HOLDOUT2_MISSES=1 lists them'}):`,
    );
    messages.push(...(await reportAccuracy('all held-out 2 domains', jsonFiles(path.join(FIXTURES, 'holdout2')), LIST_HOLDOUT2_MISSES, engine)));
    for (const [dir, what, list] of [
      ['customer', 'customer-language tuning sets: routing-only desks and desks with a subject of their own', LIST_CUSTOMER_MISSES],
      ['customer-holdout', 'customer-language HELD-OUT sets: never tuned on, misses never listed', false],
    ] as const) {
      const files = jsonFiles(path.join(FIXTURES, dir));
      console.log(`accuracy, bench/fixtures/${dir} (${what}), descriptions alone:`);
      messages.push(...(await reportAccuracy(`all ${dir}, descriptions alone`, files, list, engine)));
      console.log(`accuracy, bench/fixtures/${dir}, with each handoff's example phrases:`);
      await reportAccuracy(`all ${dir}, with examples`, files, list, engine, { examples: true });
    }
    const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
    console.log(`decision latency (${messages.length} different messages, synthetic tool sets; load average ${load} on ${os.cpus().length} cores):`);
    console.log(' words only (every decision; goal p99 < 2 ms at 50 tools):');
    reportWordLatency(messages);
    console.log(' whole decision, encoder where words do not settle it (goal p99 < 20 ms at 50 tools):');
    await reportEngineLatency(messages);
  },
};
