import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, runBenchScript, signInCookie, withBenchServer } from './bench-server';

// `npm run bench:lighthouse`: Lighthouse's default mobile profile on the pages #12 names (Agents, the
// functions page, Test Chat, Review), against the production build with the demo workspace, signed in.
// Lighthouse is fetched by npx on first use rather than kept in devDependencies: it is ~60 MB that
// `npm ci` would otherwise install for every test run. 12.x is the last line that runs on Node 20.
const LIGHTHOUSE = 'lighthouse@12.8.2';
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
/** A folder to keep every report in (BENCH_LIGHTHOUSE_REPORTS=dir), to read what the table sums up. */
const KEEP_REPORTS = process.env.BENCH_LIGHTHOUSE_REPORTS;
const GOALS = { performance: 95, accessibility: 100, 'best-practices': 96 } as const;

interface LighthouseReport {
  categories: Record<keyof typeof GOALS, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

function lighthouse(url: string, cookie: string, outputPath: string): LighthouseReport {
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-path=${CHROMIUM_PATH}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
    '--quiet',
  ];
  const result = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
  if (result.status !== 0 || !fs.existsSync(outputPath)) throw new Error(`lighthouse failed on ${url}: ${result.stderr.slice(-2000)}`);
  return JSON.parse(fs.readFileSync(outputPath, 'utf8')) as LighthouseReport;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const reportsDir = KEEP_REPORTS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-lighthouse-reports-'));
  try {
    await withBenchServer('lighthouse', { seedDemo: true }, (server) => measurePages(server.url, reportsDir));
  } finally {
    if (!KEEP_REPORTS) fs.rmSync(reportsDir, { recursive: true, force: true });
  }
}

async function measurePages(base: string, reportsDir: string): Promise<void> {
  const cookie = await signInCookie(base);
  const agents = (await (await fetch(`${base}/api/v1/agents`, { headers: { cookie } })).json()) as { agents: { id: string; name: string }[] };
  const first = agents.agents[0];
  if (!first) throw new Error('the demo workspace has no agents');
  const pages = [
    ['Agents', '/agents'],
    [`Functions (${first.name})`, `/integrations/agentic-functions/${first.id}`],
    ['Test Chat', '/test-chat'],
    ['Review', '/review'],
  ] as const;
  console.log(`${LIGHTHOUSE}, default mobile profile (simulated throttling), median of ${RUNS} runs per page; ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}\n`);
  console.log('| page | performance | accessibility | best practices | total blocking time | largest contentful paint |');
  console.log('|---|---:|---:|---:|---:|---:|');
  fs.mkdirSync(reportsDir, { recursive: true });
  for (const [name, route] of pages) {
    const reportPath = (run: number) => path.join(reportsDir, `${route.split('/')[1]}-${run}.json`);
    const reports = Array.from({ length: RUNS }, (_, run) => lighthouse(base + route, cookie, reportPath(run)));
    const score = (category: keyof typeof GOALS) => {
      const value = Math.round(100 * median(reports.map((report) => report.categories[category].score ?? 0)));
      return `${value}${value >= GOALS[category] ? '' : ` (goal ${GOALS[category]})`}`;
    };
    const audit = (id: string) => median(reports.map((report) => report.audits[id]?.numericValue ?? Number.NaN));
    console.log(`| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${audit('total-blocking-time').toFixed(0)} ms | ${(audit('largest-contentful-paint') / 1000).toFixed(1)} s |`);
  }
}

runBenchScript(main);
