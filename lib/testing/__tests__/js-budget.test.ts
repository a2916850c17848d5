import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { formatTable, measureRoutes, overBudget, readBudgets, routeName } from '../../../scripts/js-budget.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A finished build as scripts/js-budget.mjs reads it: the build manifest, chunks, and a client reference manifest per page. */
function fakeBuild(chunks: Record<string, string>, pages: Record<string, Record<string, string[]>>, rootMainFiles: string[], polyfillFiles: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'js-budget-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'build-manifest.json'), JSON.stringify({ rootMainFiles, polyfillFiles }));
  for (const [file, text] of Object.entries(chunks)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  for (const [key, entryJSFiles] of Object.entries(pages)) {
    const folder = path.join(dir, 'server', 'app', ...key.replace(/\/page$/, '').split('/').filter(Boolean));
    fs.mkdirSync(folder, { recursive: true });
    const manifest = `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST[${JSON.stringify(key)}]=${JSON.stringify({ entryJSFiles })};`;
    fs.writeFileSync(path.join(folder, 'page_client-reference-manifest.js'), manifest);
  }
  return dir;
}

const text = (seed: string, length: number) => Array.from({ length }, (_, i) => `${seed}${(i * 7919) % 1000}`).join(';');
const gz = (value: string) => gzipSync(value).length;

describe('scripts/js-budget.mjs', () => {
  it('sums each route’s gzipped runtime and entry files once each, polyfills left out', () => {
    const chunks = { 'static/chunks/runtime.js': text('r', 400), 'static/chunks/layout.js': text('l', 200), 'static/chunks/page.js': text('p', 300), 'static/chunks/polyfill.js': text('x', 500) };
    const dir = fakeBuild(
      chunks,
      {
        '/page': { '[project]/app/layout': ['static/chunks/layout.js'] },
        '/agents/[agentId]/page': { '[project]/app/layout': ['static/chunks/layout.js'], '[project]/app/agents/[agentId]/page': ['static/chunks/layout.js', 'static/chunks/page.js'] },
      },
      ['static/chunks/runtime.js'],
      ['static/chunks/polyfill.js'],
    );
    const { baseBytes, routes } = measureRoutes(dir);
    const runtime = gz(chunks['static/chunks/runtime.js']);
    const layout = gz(chunks['static/chunks/layout.js']);
    expect(baseBytes).toBe(runtime);
    expect(routes.map((route) => [route.route, route.bytes])).toEqual([
      ['/agents/[agentId]', runtime + layout + gz(chunks['static/chunks/page.js'])],
      ['/', runtime + layout],
    ]);
    // The same build measures the same, every time.
    expect(measureRoutes(dir)).toEqual({ baseBytes, routes });
  });

  it('fails a route over its budget: the goal, or its own ceiling while it is still over the goal', () => {
    const dir = fakeBuild({ 'static/chunks/big.js': text('b', 3000), 'static/chunks/small.js': 'x' }, { '/big/page': { page: ['static/chunks/big.js'] }, '/small/page': { page: ['static/chunks/small.js'] } }, []);
    const measured = measureRoutes(dir);
    const bigKB = measured.routes[0]!.bytes / 1024;
    const budgetFile = path.join(dir, 'budget.json');
    fs.writeFileSync(budgetFile, JSON.stringify({ goalKB: bigKB / 2, ceilingsKB: {} }));
    expect(overBudget(measured, readBudgets(budgetFile)).map((route) => route.route)).toEqual(['/big']);
    expect(formatTable(measured, readBudgets(budgetFile))).toMatch(/\/big\s+[\d.]+\s+[\d.]+\s+OVER by/);
    fs.writeFileSync(budgetFile, JSON.stringify({ goalKB: bigKB / 2, ceilingsKB: { '/big': Math.ceil(bigKB) } }));
    expect(overBudget(measured, readBudgets(budgetFile))).toEqual([]);
  });

  it('names routes as the app does', () => {
    expect(routeName('/page')).toBe('/');
    expect(routeName('/review/history/[functionId]/page')).toBe('/review/history/[functionId]');
  });

  it('keeps the committed budgets well-formed: a 150 KB goal, each ceiling above it on a multiple of 5', () => {
    const budgets = readBudgets();
    expect(budgets.goalKB).toBe(150);
    for (const ceiling of Object.values(budgets.ceilingsKB)) {
      expect(ceiling).toBeGreaterThan(budgets.goalKB);
      expect(ceiling % 5).toBe(0);
    }
  });
});
