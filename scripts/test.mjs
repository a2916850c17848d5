#!/usr/bin/env node
// `npm test`: every check the project has, in order of speed, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['browser', 'node', ['scripts/ensure-chromium.mjs']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['unit', 'npm', ['run', '--silent', 'test:unit']],
  // Builds when the sources changed (the e2e servers then reuse that build), and fails on a route whose
  // JavaScript is over its budget (scripts/js-budget.json).
  ['js budget', 'node', ['scripts/js-budget.mjs', '--build', '--check']],
  ['e2e', 'npm', ['run', '--silent', 'test:e2e']],
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
let passed = 0;
for (const [name, command, args] of STEPS) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
  passed += 1;
}
console.log(`steps: ${passed} passed, 0 failed`);
