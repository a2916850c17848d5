import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startNextServer } from '../scripts/lib/next-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, runBenchScript, signInCookie, withBenchServer } from './bench-server';
import { median } from './stats';

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

/** The blank page: what a Next.js app of this version serves with nothing of its own, rendered per request like every page here. */
const BLANK_APP: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'blank-next', private: true }),
  'next.config.js': 'module.exports = { poweredByHeader: false };\n',
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `import Link from 'next/link';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Agents</h1>
      <p>The triage agent customers reach first: answers general questions and routes to specialists.</p>
      <Link href="/">Home</Link>
    </main>
  );
}
`,
  'app/api/health/route.ts': "export function GET() {\n  return Response.json({ ok: true });\n}\n",
};

/**
 * The floor of the table, measured in the same run: a blank page (a heading, a paragraph and a link)
 * built with this project's Next.js and React in a temporary folder. No page of the app can do better
 * than the framework it ships, so the app's scores read against this one.
 */
async function withBlankNextApp<T>(run: (url: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-blank-next-'));
  try {
    for (const [file, text] of Object.entries(BLANK_APP)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    // Turbopack compiles only what is under the project's root, so node_modules is hard-linked in, not symlinked.
    execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(dir, 'node_modules')]);
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const server = await startNextServer({ port: await freePort(), env: {}, cwd: dir });
    try {
      return await run(server.url);
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const reportsDir = KEEP_REPORTS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-lighthouse-reports-'));
  try {
    fs.mkdirSync(reportsDir, { recursive: true });
    const floor = await withBlankNextApp((url) => Promise.resolve(lighthouseRuns(url, '', (run) => path.join(reportsDir, `blank-next-${run}.json`))));
    await withBenchServer('lighthouse', { seedDemo: true }, (server) => measurePages(server.url, reportsDir, floor));
  } finally {
    if (!KEEP_REPORTS) fs.rmSync(reportsDir, { recursive: true, force: true });
  }
}

/** RUNS reports of one page. */
function lighthouseRuns(url: string, cookie: string, reportPath: (run: number) => string): LighthouseReport[] {
  return Array.from({ length: RUNS }, (_, run) => lighthouse(url, cookie, reportPath(run)));
}

/** One row of the table: the median of each score and metric over the runs, a missed goal marked (not on the floor's row). */
function tableRow(name: string, reports: LighthouseReport[], { goals = true } = {}): string {
  const score = (category: keyof typeof GOALS) => {
    const value = Math.round(100 * median(reports.map((report) => report.categories[category].score ?? 0)));
    return `${value}${!goals || value >= GOALS[category] ? '' : ` (goal ${GOALS[category]})`}`;
  };
  const audit = (id: string) => median(reports.map((report) => report.audits[id]?.numericValue ?? Number.NaN));
  return `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${audit('total-blocking-time').toFixed(0)} ms | ${(audit('largest-contentful-paint') / 1000).toFixed(1)} s |`;
}

async function measurePages(base: string, reportsDir: string, floor: LighthouseReport[]): Promise<void> {
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
  console.log(tableRow('blank Next.js page (floor)', floor, { goals: false }));
  for (const [name, route] of pages) {
    console.log(tableRow(name, lighthouseRuns(base + route, cookie, (run) => path.join(reportsDir, `${route.split('/')[1]}-${run}.json`))));
  }
}

runBenchScript(main);
