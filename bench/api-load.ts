import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startNextServer, type NextServer } from '../scripts/lib/next-server.mjs';
import { API_SCENARIOS, CEILING_SCENARIO } from './api-scenarios';
import { benchPostgres } from './bench-postgres';
import { BENCH_API_AUTH, BENCH_OWNER_ENV } from './bench-server';
import { buildIfNeeded } from './build-if-needed';
import { httpClient, mergeLoadResults, runLoad, type LoadResult } from './http-load';
import { formatLoadTable, hasServerError, perSecond, type LoadRow } from './load-table';
import type { Bench } from './types';
import { waitUntilIdle } from './wait-until-idle';

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 5);
/**
 * Each route is measured this many times, each time between two slices of /api/health, and its share is
 * the median of the rounds': one round's share moves by ±5 points on this machine from run to run.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_API_ROUNDS ?? 3));
/** BENCH_API_DIALECTS=sqlite measures SQLite alone (the default is both). */
const DIALECTS = (process.env.BENCH_API_DIALECTS ?? 'sqlite,postgres').split(',').map((dialect) => dialect.trim());
const WARMUP_MS = 1000;
/** A fresh server answers /api/health twice as fast after a few seconds of traffic (JIT): warm it up first. */
const SERVER_WARMUP_MS = 3000;
/** Each ceiling slice is shorter than a route: two of them frame every route. */
const CEILING_SLICE_MS = SECONDS * 400;
/** Between two routes the connections are already open and the server warm: just refill the pipeline. */
const SLICE_WARMUP_MS = 500;
const MAX_SOCKETS = Math.max(CEILING_SCENARIO.concurrency, ...API_SCENARIOS.map((scenario) => scenario.concurrency));
const SERVER_LINES_SHOWN = 30;
/** How long to wait for the server to finish its background work (model warm-up) before a measurement. */
const IDLE_TIMEOUT_MS = 30_000;

/** What must be stopped if the bench ends early (Ctrl-C): the server groups and the cluster are detached. */
const cleanups = new Set<() => Promise<unknown>>();
async function runCleanups() {
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => undefined);
  cleanups.clear();
}
async function withCleanup<T>(cleanup: () => Promise<unknown>, body: () => Promise<T>): Promise<T> {
  cleanups.add(cleanup);
  try {
    return await body();
  } finally {
    cleanups.delete(cleanup);
    await cleanup();
  }
}

/** Starts a production server on `env`'s database, runs every scenario against it and stops it. */
async function measureDialect(dialect: string, env: Record<string, string>): Promise<{ rows: LoadRow[]; problems: string[] }> {
  const startedAt = performance.now();
  let server: NextServer;
  try {
    server = await startNextServer({ port: await freePort(), env: { SEED_DEMO: '1', LLM_BASE_URL: '', LLM_API_KEY: '', LLM_MODEL: '', ...BENCH_OWNER_ENV, ...env } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { rows: [{ dialect, note: `FAILED: the server did not start (${message.split('\n')[0]})` }], problems: [message] };
  }
  const stop = () => server.stop();
  return withCleanup(stop, async () => {
    console.log(`  ${dialect}: server up on ${server.url} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (seeded demo workspace)`);
    const client = httpClient(server.url, MAX_SOCKETS, BENCH_API_AUTH);
    const rows: LoadRow[] = [];
    const problems: string[] = [];
    let waitForIdle = true;
    let firstWait = true;
    const settle = async () => {
      client.reconnect();
      if (!waitForIdle) return;
      // After start-up the warm-up may be waiting on the database, so quiet must last longer to count.
      const idle = await waitUntilIdle(server.pid, { timeoutMs: IDLE_TIMEOUT_MS, quietMs: firstWait ? 2000 : 500 });
      firstWait = false;
      if (idle === false) console.log(`  ${dialect}: the server is still busy after ${IDLE_TIMEOUT_MS / 1000} s; measuring from now on without waiting`);
      waitForIdle = idle === true;
    };
    const check = (route: string, result: LoadResult) => {
      if (hasServerError(result)) problems.push(`${dialect} ${route}: first 5xx or unanswered request: ${result.firstServerError ?? ''}`);
    };
    const routes: LoadRow[] = [];
    try {
      // The ceiling is measured before and after every route, and each route is compared with the two
      // beside it, so a change in the machine's load between routes does not skew the share.
      const health = await CEILING_SCENARIO.prepare(client.send);
      const slices: LoadResult[] = [];
      const ceiling = async (warmupMs: number) => {
        await settle();
        const slice = await runLoad({ concurrency: CEILING_SCENARIO.concurrency, warmupMs, durationMs: CEILING_SLICE_MS, step: health });
        slices.push(slice);
        return perSecond(slice);
      };
      let before = await ceiling(SERVER_WARMUP_MS);
      for (const scenario of API_SCENARIOS) {
        const step = await scenario.prepare(client.send);
        const rounds: LoadResult[] = [];
        const shares: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          await settle();
          const result = await runLoad({ concurrency: scenario.concurrency, warmupMs: WARMUP_MS, durationMs: SECONDS * 1000, step });
          const after = await ceiling(SLICE_WARMUP_MS);
          rounds.push(result);
          shares.push(perSecond(result) / ((before + after) / 2));
          before = after;
        }
        const result = mergeLoadResults(rounds);
        routes.push({ dialect, route: scenario.route, concurrency: scenario.concurrency, result, shares, isCeiling: false });
        check(scenario.route, result);
      }
      console.log(`  ${dialect}: /api/health before, between and after the routes: ${slices.map((slice) => perSecond(slice).toFixed(0)).join(', ')} req/s`);
      const pooled = mergeLoadResults(slices);
      check(CEILING_SCENARIO.route, pooled);
      rows.push({ dialect, route: CEILING_SCENARIO.route, concurrency: CEILING_SCENARIO.concurrency, result: pooled, isCeiling: true }, ...routes);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      rows.push(...routes, { dialect, note: `FAILED during setup: ${message.split('\n')[0]}` });
      problems.push(`${dialect}: ${message}`);
    } finally {
      client.close();
    }
    if (problems.length > 0) problems.push(`${dialect} server's last lines:\n${server.output().split('\n').slice(-SERVER_LINES_SHOWN).join('\n')}`);
    return { rows, problems };
  });
}

/**
 * The JSON API under load, on SQLite and on PostgreSQL: the production server in its own process, a
 * fresh seeded database each, closed-loop load over keep-alive connections from this process. Speed
 * is read as a share of /api/health under the same load in the same run, since the machine is noisy.
 */
export const apiLoadBench: Bench = {
  name: 'API under load (production server; SQLite and PostgreSQL)',
  async run() {
    buildIfNeeded();
    const onInterrupt = () => void runCleanups().finally(() => process.exit(130));
    process.once('SIGINT', onInterrupt);
    const rows: LoadRow[] = [];
    const problems: string[] = [];
    const add = (measured: { rows: LoadRow[]; problems: string[] }) => {
      rows.push(...measured.rows);
      problems.push(...measured.problems);
    };
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-'));
    const removeDataDir = async () => fs.rmSync(dataDir, { recursive: true, force: true });
    try {
      await withCleanup(removeDataDir, async () => {
        console.log(
          `${ROUNDS} rounds of ${SECONDS} s a route after ${WARMUP_MS / 1000} s of warm-up (${SERVER_WARMUP_MS / 1000} s for a new server), ` +
            `/api/health ${CEILING_SLICE_MS / 1000} s before and after each; load average ${os.loadavg()[0]?.toFixed(2)} on ${os.cpus().length} cores`,
        );
        if (DIALECTS.includes('sqlite')) add(await measureDialect('sqlite', { DATABASE_PATH: path.join(dataDir, 'bench.db'), DATABASE_URL: '' }));
        if (!DIALECTS.includes('postgres')) return;
        const postgres = await benchPostgres();
        if ('skipped' in postgres) {
          rows.push({ dialect: 'postgres', note: `skipped: ${postgres.skipped}` });
          return;
        }
        console.log(`  postgres: ${postgres.label}`);
        const env = { DATABASE_URL: postgres.url, DATABASE_PATH: path.join(dataDir, 'unused.db') };
        add(await withCleanup(postgres.release, () => measureDialect('postgres', env)));
      });
    } finally {
      process.removeListener('SIGINT', onInterrupt);
    }

    console.log('');
    for (const line of formatLoadTable(rows)) console.log(line);
    console.log(
      '  (chat: round robin over 100 sessions on the built-in simulated model; ' +
        "% of ceiling = req/s ÷ the mean of the same dialect's /api/health just before and after it, the median of the rounds " +
        'with their lowest and highest in brackets; req/s and latencies pool the rounds)',
    );
    if (problems.length > 0) {
      process.exitCode = 1;
      console.log('\n!! 5xx, unanswered requests or failures — the figures above are not to be trusted:');
      for (const problem of problems) console.log(`!! ${problem}`);
    }
  },
};
