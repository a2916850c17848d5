import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulatedEngine } from '../../simulated';
import { evaluateRouting, type RoutingFixture } from '../routing-fixture';

// The shared dev set, carried inside the repository so a clone on its own passes its tests.
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');
const FIXTURE = path.resolve(REPO_ROOT, 'bench', 'fixtures', 'dev', 'routing-dev.json');

describe('routing-dev fixture', () => {
  it('routes at least 95% of the cases right (the right target, or rightly no handoff)', async () => {
    const fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as RoutingFixture;
    const results = await evaluateRouting(fixture, createSimulatedEngine());
    const misses = results.filter((result) => !result.ok);
    const accuracy = (results.length - misses.length) / results.length;
    expect(accuracy, `misses: ${JSON.stringify(misses, null, 2)}`).toBeGreaterThanOrEqual(0.95);
    // Loads WordNet and the sentence encoder: slow on a busy machine.
  }, 60_000);
});
