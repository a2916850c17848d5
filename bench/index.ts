import { apiLoadBench } from './api-load';
import { mapLayoutBench } from './map-layout';
import { routingBench } from './routing';
import { routingTestsBench } from './routing-tests';
import { sessionLatencyBench } from './session-latency';
import type { Bench } from './types';

// Add new benchmarks here; each prints its own numbers.
const BENCHES: Bench[] = [routingBench, routingTestsBench, sessionLatencyBench, mapLayoutBench, apiLoadBench];

/** BENCH_ONLY=api runs the benches whose name holds "api" (any case): one bench while working on it. */
function selectedBenches(): Bench[] {
  const only = process.env.BENCH_ONLY?.trim().toLowerCase();
  if (!only) return BENCHES;
  const chosen = BENCHES.filter((bench) => bench.name.toLowerCase().includes(only));
  if (chosen.length === 0) throw new Error(`BENCH_ONLY=${only} names none of: ${BENCHES.map((bench) => bench.name).join('; ')}`);
  return chosen;
}

async function main(): Promise<void> {
  for (const bench of selectedBenches()) {
    console.log(`\n## ${bench.name}`);
    const start = performance.now();
    await bench.run();
    console.log(`(${bench.name}: ${((performance.now() - start) / 1000).toFixed(1)} s)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
