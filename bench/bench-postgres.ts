import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../scripts/lib/next-server.mjs';

/** A fresh PostgreSQL database for one bench run, or why there is none. */
export type BenchDatabase = { url: string; label: string; release: () => Promise<void> } | { skipped: string };

const lastLine = (text: string) => text.trim().split('\n').filter(Boolean).pop() ?? '';

async function query(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new database on the cluster BENCH_DATABASE_URL names, dropped again on release. */
async function onGivenCluster(given: string): Promise<BenchDatabase> {
  const name = `switchboard_bench_${process.pid}_${Date.now()}`;
  const url = new URL(given);
  try {
    const version = (await query(given, 'SHOW server_version')).rows[0]?.server_version as string;
    await query(given, `CREATE DATABASE ${name}`);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      label: `PostgreSQL ${version} at ${url.host} (BENCH_DATABASE_URL), database ${name}`,
      release: async () => void (await query(given, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    };
  } catch (error) {
    return { skipped: `BENCH_DATABASE_URL (${url.host}) refused: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A throw-away cluster of our own (scripts/postgres.sh) on a spare port, removed on release. */
async function ownCluster(): Promise<BenchDatabase> {
  const port = await freePort();
  const env = { ...process.env, PGPORT: String(port), PGDATA_DIR: path.join(os.tmpdir(), `switchboard-bench-pg-${port}`), PG_DB_NAME: 'switchboard_bench' };
  const stop = () => void spawnSync('bash', ['scripts/postgres.sh', 'stop'], { env, stdio: 'ignore', timeout: 60_000 });
  const started = spawnSync('bash', ['scripts/postgres.sh', 'start'], { env, encoding: 'utf8', timeout: 600_000 });
  const url = lastLine(started.stdout ?? '');
  if (started.status !== 0 || !url.startsWith('postgres')) {
    stop();
    const why = lastLine(started.stderr ?? '') || started.error?.message || `exit ${started.status}`;
    return { skipped: `could not start PostgreSQL through scripts/postgres.sh (${why}); set BENCH_DATABASE_URL to use a running cluster` };
  }
  const version = (await query(url, 'SHOW server_version').catch(() => null))?.rows[0]?.server_version as string | undefined;
  return { url, label: `PostgreSQL ${version ?? '?'} started by the bench on 127.0.0.1:${port}`, release: async () => stop() };
}

/** BENCH_DATABASE_URL's cluster when set, else one the bench starts itself. */
export function benchPostgres(): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL?.trim();
  return given ? onGivenCluster(given) : ownCluster();
}
