#!/usr/bin/env node
// `npm run test:pg`: the suites that touch the database, again on PostgreSQL. Starts a throw-away
// cluster (scripts/postgres.sh installs Debian's PostgreSQL when it is missing), then runs the service
// tests (a fresh database per test) and the API and two-instance browser specs against the app on it.
import { execFileSync, spawnSync } from 'node:child_process';
import pg from 'pg';

const port = process.env.PGPORT ?? '55432';
const env = { ...process.env, PGPORT: port, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const serverUrl = execFileSync('bash', ['scripts/postgres.sh', 'start'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  .toString()
  .trim()
  .split('\n')
  .pop();

// The browser specs' app gets a database of its own, apart from the per-test ones.
const e2eUrl = new URL(serverUrl);
e2eUrl.pathname = '/switchboard_e2e';
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query('CREATE DATABASE switchboard_e2e');
await admin.end();

const STEPS = [
  // Only the suites that read or write the database: the language and engine tests are dialect-free.
  ['unit (PostgreSQL)', 'npx', ['vitest', 'run', 'db', 'lib/agents', 'lib/functions', 'lib/sessions', 'lib/workspace-transfer', 'lib/review', 'lib/domain', 'lib/demo', 'lib/conversation/__tests__', 'lib/auth', 'lib/api/__tests__/role-matrix.test.ts'], { TEST_DATABASE_URL: serverUrl }],
  [
    'e2e API and two instances (PostgreSQL)',
    'npx',
    ['playwright', 'test', '--project=chromium', 'e2e/agents-api.spec.ts', 'e2e/functions-api.spec.ts', 'e2e/api-bad-input.spec.ts', 'e2e/two-processes.spec.ts'],
    { E2E_DATABASE_URL: e2eUrl.toString() },
  ],
];

let failed = 0;
let passed = 0;
for (const [name, command, args, extra] of STEPS) {
  console.log(`\n━━ ${name} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extra } });
  if (result.status === 0) passed += 1;
  else failed += 1;
  if (failed) break;
}
spawnSync('bash', ['scripts/postgres.sh', 'stop'], { env, stdio: 'inherit' });
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
