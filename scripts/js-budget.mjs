#!/usr/bin/env node
// JavaScript per route, gzipped, read from a finished `next build` (NEXT_DIST_DIR or .next): what a
// browser downloads to hydrate each page. Deterministic: the same build always gives the same numbers.
//
//   node scripts/js-budget.mjs [dir]            the table, biggest first
//   node scripts/js-budget.mjs --check [dir]    and exit 1 when a route is over its budget (npm test)
//   node scripts/js-budget.mjs --build --check  build first when the sources changed (scripts/lib/build-if-needed.mjs)
//   node scripts/js-budget.mjs --json [dir]     the sizes as JSON
//   node scripts/js-budget.mjs --lower [dir]    lower the ceilings in scripts/js-budget.json to this build (never raises one)
//
// A route's JavaScript is the union of the runtime every page loads (build-manifest.json `rootMainFiles`)
// and every `entryJSFiles` list of its client reference manifest (its layouts' and its page's client
// components). `polyfillFiles` are left out: they load only in browsers without ES modules (nomodule).
// Each file is gzipped at zlib's default level and the sizes summed.
//
// Budgets: scripts/js-budget.json — `goalKB` for every route, and a ceiling for each route not yet there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BUDGET_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'js-budget.json');
const MANIFEST = 'page_client-reference-manifest.js';

/** Every page's client reference manifest under server/app. */
function manifestFiles(dir) {
  const found = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === MANIFEST) found.push(full);
    }
  };
  walk(path.join(dir, 'server', 'app'));
  return found.sort();
}

/** The manifest assigns globalThis.__RSC_MANIFEST[route]; run it against an empty object and read it back. */
function readManifest(file) {
  const saved = globalThis.__RSC_MANIFEST;
  globalThis.__RSC_MANIFEST = {};
  try {
    new Function(fs.readFileSync(file, 'utf8'))();
    return Object.entries(globalThis.__RSC_MANIFEST);
  } finally {
    globalThis.__RSC_MANIFEST = saved;
  }
}

/** `/agents/[agentId]/page` → `/agents/[agentId]`, `/page` → `/`. */
export function routeName(key) {
  const route = key.replace(/\/page$/, '');
  return route === '' ? '/' : route;
}

/** [{ route, bytes, files }] for every app route of the build in `dir`, biggest first. */
export function measureRoutes(dir) {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(dir, 'build-manifest.json'), 'utf8'));
  const gzipped = new Map();
  const sizeOf = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length);
    return gzipped.get(file);
  };
  const base = [...buildManifest.rootMainFiles];
  const routes = [];
  for (const file of manifestFiles(dir)) {
    for (const [key, manifest] of readManifest(file)) {
      const files = new Set(base);
      for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const js of list) files.add(js);
      const bytes = [...files].reduce((sum, js) => sum + sizeOf(js), 0);
      routes.push({ route: routeName(key), bytes, files: [...files] });
    }
  }
  const baseBytes = base.reduce((sum, js) => sum + sizeOf(js), 0);
  routes.sort((a, b) => b.bytes - a.bytes || a.route.localeCompare(b.route));
  return { baseBytes, routes };
}

export function readBudgets(file = BUDGET_FILE) {
  const { goalKB, ceilingsKB = {} } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { goalKB, ceilingsKB, budgetOf: (route) => ceilingsKB[route] ?? goalKB };
}

const kb = (bytes) => bytes / 1024;
const fmt = (bytes) => kb(bytes).toFixed(1);

/** Each ceiling down to its route's size rounded up to 5 KB, and gone once the route is within the goal. */
function lowerCeilings({ routes }, file = BUDGET_FILE) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ceilings = {};
  for (const { route, bytes } of routes) {
    const old = doc.ceilingsKB?.[route];
    if (old === undefined || kb(bytes) <= doc.goalKB) continue;
    ceilings[route] = Math.min(old, Math.ceil(kb(bytes) / 5) * 5);
  }
  fs.writeFileSync(file, `${JSON.stringify({ ...doc, ceilingsKB: ceilings }, null, 2)}\n`);
}

/** The routes over their budget, biggest first. */
export function overBudget({ routes }, budgets) {
  return routes.filter(({ route, bytes }) => kb(bytes) > budgets.budgetOf(route));
}

/** The table as text: route, KB, budget, over/ok. */
export function formatTable({ baseBytes, routes }, budgets) {
  const width = Math.max(5, ...routes.map((r) => r.route.length));
  const lines = [`${'route'.padEnd(width)}  ${'KB gz'.padStart(6)}  ${'budget'.padStart(6)}  status`];
  for (const { route, bytes } of routes) {
    const budget = budgets.budgetOf(route);
    const status = kb(bytes) > budget ? `OVER by ${(kb(bytes) - budget).toFixed(1)} KB` : budget > budgets.goalKB ? `ok (goal ${budgets.goalKB})` : 'ok';
    lines.push(`${route.padEnd(width)}  ${fmt(bytes).padStart(6)}  ${String(budget).padStart(6)}  ${status}`);
  }
  lines.push(`(every route includes the ${fmt(baseBytes)} KB runtime: React, React DOM and Next's client)`);
  return lines.join('\n');
}

async function main(argv) {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  const dir = argv.find((arg) => !arg.startsWith('--')) ?? (process.env.NEXT_DIST_DIR || '.next');
  if (flags.has('--build')) {
    const { buildIfNeeded } = await import('./lib/build-if-needed.mjs');
    buildIfNeeded();
  }
  if (!fs.existsSync(path.join(dir, 'build-manifest.json'))) {
    console.error(`No finished build in ${dir}: run \`npx next build\` (NEXT_DIST_DIR=${dir}) first.`);
    return 1;
  }
  const measured = measureRoutes(dir);
  if (flags.has('--json')) {
    console.log(JSON.stringify({ baseKB: +fmt(measured.baseBytes), routes: measured.routes.map(({ route, bytes }) => ({ route, kb: +fmt(bytes) })) }, null, 2));
    return 0;
  }
  if (flags.has('--lower')) lowerCeilings(measured);
  const budgets = readBudgets();
  console.log(`JavaScript per route, gzip, from ${dir}:\n`);
  console.log(formatTable(measured, budgets));
  if (!flags.has('--check')) return 0;
  const over = overBudget(measured, budgets);
  const known = new Set(measured.routes.map((r) => r.route));
  const stale = Object.keys(budgets.ceilingsKB).filter((route) => !known.has(route));
  for (const route of stale) console.warn(`note: scripts/js-budget.json has a ceiling for ${route}, which the build does not have`);
  for (const { route, bytes } of measured.routes) {
    const ceiling = budgets.ceilingsKB[route];
    if (ceiling !== undefined && Math.ceil(kb(bytes) / 5) * 5 < ceiling) console.warn(`note: ${route} is down to ${fmt(bytes)} KB: lower its ceiling in scripts/js-budget.json (or remove it at ${budgets.goalKB} KB or less)`);
  }
  if (over.length === 0) {
    console.log(`\n✓ every route within its budget (goal ${budgets.goalKB} KB)`);
    return 0;
  }
  console.error(`\n✗ ${over.length} route${over.length === 1 ? '' : 's'} over budget:`);
  for (const { route, bytes } of over) console.error(`  ${route}: ${fmt(bytes)} KB gzip, budget ${budgets.budgetOf(route)} KB`);
  console.error('Load what the route does not need at first paint later (next/dynamic), or keep it on the server.');
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
