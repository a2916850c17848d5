#!/usr/bin/env node
// `npm run test:crash`: the production server is SIGKILLed mid-stream of writes, again and again, on one
// SQLite file. After every restart the file must pass PRAGMA integrity_check and hold every write the
// server acknowledged (a 2xx) before it died. CRASH_ROUNDS sets the rounds, CRASH_SEED (printed) the random choices.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { verifyDatabase } from './lib/crash-verify.mjs';
import { newAcknowledged, runWorkload } from './lib/crash-workload.mjs';
import { freePort, startNextServer } from './lib/next-server.mjs';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 12);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const LANES = 4;
const KILL_AFTER_WRITES = [5, 80];
const STREAM_CAP_MS = 20_000;

// mulberry32: a seeded random, so a failing run can be replayed with its CRASH_SEED.
let state = SEED >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const results = [];
function check(name, problems, server) {
  results.push(problems.length === 0);
  console.log(`  ${problems.length === 0 ? '✓' : '✗'} ${name}`);
  for (const problem of problems.slice(0, 10)) console.log(`      ${problem}`);
  if (problems.length > 10) console.log(`      … and ${problems.length - 10} more`);
  if (problems.length > 0 && server) console.log(`      last server output:\n${server.output().split('\n').slice(-20).join('\n')}`);
}

process.env.NEXT_TELEMETRY_DISABLED = '1';
buildIfNeeded();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-crash-'));
const databasePath = path.join(dataDir, 'crash.db');
// The API needs a key: the headless first start (INIT_*) makes the owner and this admin key on the fresh file.
const apiKey = `crash-${SEED}-${'k'.repeat(32)}`;
const env = {
  DATABASE_PATH: databasePath,
  SEED_DEMO: '1',
  LLM_BASE_URL: '',
  LLM_API_KEY: '',
  LLM_MODEL: '',
  INIT_USER_EMAIL: 'crash@example.test',
  INIT_USER_PASSWORD: `crash-password-${SEED}`,
  INIT_API_KEY: apiKey,
};
const acked = newAcknowledged();
console.log(`crash test: ${ROUNDS} rounds, ${LANES} lanes of writes, CRASH_SEED=${SEED}, database ${databasePath}`);

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
for (let round = 1; round <= ROUNDS + 1; round += 1) {
  const server = await startNextServer({ port: await freePort(), env });
  if (round > 1) {
    console.log(`after restart ${round - 1} (${elapsed()}):`);
    for (const [name, problems] of verifyDatabase(databasePath, acked)) check(name, problems, server);
    const listed = await (await fetch(`${server.url}/api/v1/agents`, { headers: { authorization: `Bearer ${apiKey}` } })).json();
    const served = new Set(listed.agents.map((agent) => agent.id));
    check('the restarted server lists every acknowledged agent', [...acked.agents.keys()].filter((id) => !served.has(id)));
  }
  if (round > ROUNDS) {
    await server.stop('SIGTERM');
    break;
  }

  // The kill comes after a random number of acknowledged writes (start-up warm-up makes time a poor
  // measure), a few milliseconds later, while the other lanes' requests are in flight.
  const controller = new AbortController();
  const progress = { acknowledged: 0, inFlight: 0 };
  const killAt = KILL_AFTER_WRITES[0] + Math.floor(random() * (KILL_AFTER_WRITES[1] - KILL_AFTER_WRITES[0]));
  let killed = null;
  const kill = () =>
    (killed ??= (async () => {
      const inFlight = progress.inFlight;
      await server.stop('SIGKILL');
      controller.abort();
      return inFlight;
    })());
  const timer = setTimeout(kill, STREAM_CAP_MS);
  const unexpected = await runWorkload({
    apiKey,
    url: server.url,
    round,
    lanes: LANES,
    acked,
    random,
    signal: controller.signal,
    progress,
    onAcknowledged: () => progress.acknowledged === killAt && setTimeout(kill, Math.floor(random() * 20)),
  });
  clearTimeout(timer);
  const inFlight = await kill(); // also when the stream stopped early on an unexpected answer
  console.log(`round ${round} (${elapsed()}): SIGKILL with ${inFlight} requests in flight; ${progress.acknowledged} writes acknowledged`);
  check(`round ${round}: every write before the kill was answered with a 2xx`, unexpected, server);
}

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(
  `\nacknowledged in all: ${acked.agents.size} agents, ${acked.functions.size} functions (+${acked.deletedFunctions.size} deleted), ` +
    `${[...acked.sessions.values()].reduce((sum, events) => sum + events.size, 0)} session events`,
);
if (failed === 0) fs.rmSync(dataDir, { recursive: true, force: true });
else console.log(`the database is kept for a look: ${databasePath} (replay with CRASH_SEED=${SEED})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
