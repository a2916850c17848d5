import { apiLoadBench } from './api-load';
import { mapLayoutBench } from './map-layout';
import { routingBench } from './routing';
import { routingTestsBench } from './routing-tests';
import { sessionLatencyBench } from './session-latency';
import type { Bench } from './types';

// Add new benchmarks here; each prints its own numbers.
const BENCHES: Bench[] = [routingBench, routingTestsBench, sessionLatencyBench, mapLayoutBench, apiLoadBench];

async function main(): Promise<void> {
  for (const bench of BENCHES) {
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
