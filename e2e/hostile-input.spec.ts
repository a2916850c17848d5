import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { API_ROUTES } from '../lib/api/routes';
import { KNOWN_FIELDS, PROTOTYPE_KEYS, hostileKey, hostileObject, hostileText, hostileValue } from '../lib/testing/hostile-input';
import { createAgent, createHandoff, postCreated } from './support/api';

// Random and hostile requests at every API route and at a real server action, against the production
// build: never a 5xx, every refusal a 4xx in the JSON error shape, and no refusal changes one byte of data.

const DB_PATH = path.join(process.env.E2E_DATA_DIR as string, 'simulated.db');
// The data are compared in the SQLite file; `npm run test:pg` puts the app on PostgreSQL instead.
test.skip(Boolean(process.env.E2E_DATABASE_URL), 'compares the SQLite database');
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The data, not the file: every table's rows in primary-key order (WAL checkpoints move file bytes). */
function databaseHash(): string {
  const db = new Database(DB_PATH, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    for (const table of tables) {
      const columns = db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; pk: number }[];
      const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => quote(c.name));
      hash.update(`\0${table}\0`);
      for (const row of db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${key.join(', ') || 'rowid'}`).raw().iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

function expectErrorShape(body: unknown, label: string) {
  const { error, ...rest } = body as { error: { message: unknown; code?: unknown; fieldErrors?: Record<string, unknown> } };
  expect(rest, label).toEqual({});
  expect(Object.keys(error).filter((key) => !['message', 'code', 'fieldErrors'].includes(key)), label).toEqual([]);
  expect(typeof error.message, label).toBe('string');
  if (error.code !== undefined) expect(typeof error.code, label).toBe('string');
  for (const messages of Object.values(error.fieldErrors ?? {})) expect(messages, label).toEqual(expect.arrayContaining([expect.any(String)]));
}

/** Checks one answer; returns the database hash to compare the next refusal with. */
async function check(response: APIResponse, method: string, label: string, before: string): Promise<string> {
  const status = response.status();
  expect(status, label).toBeLessThan(500);
  expect(response.headers()['x-content-type-options'], label).toBe('nosniff');
  if (status < 400) return databaseHash(); // accepted (or a redirect): a new baseline
  if (method !== 'HEAD') expectErrorShape(await response.json(), label);
  expect(databaseHash(), `${label}: a refusal changed the database`).toBe(before);
  return before;
}

const ODD_METHODS = http.METHODS.filter((m) => !['CONNECT', 'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].includes(m));
// Large or odd bodies by name, so a failure report names them instead of printing a megabyte.
const FIXED_BODIES = new Map<string, string>(Object.entries({
  '@huge': `{"name":"${'x'.repeat(1_100_000)}"}`,
  '@deep-object': `${'{"config":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
  '@deep-array': `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  '@empty': '',
  '@null': 'null',
  '@truncated': '{',
  '@proto': '{"__proto__":{"polluted":1}}',
  '@constructor': '{"constructor":{"prototype":{"polluted":1}}}',
  '@lone-surrogate': '{"name":"\\ud800","description":"x"}',
  '@lone-surrogate-content': '{"content":"\\udfff"}',
  '@inherited-names': '{"toString":1,"hasOwnProperty":2}',
}));
const CONTENT_TYPES = [undefined, 'application/json', 'application/json; charset=utf-8', 'text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', ''];
const FIXED_IDS = ['%ZZ', '%', '%FF', '%E0%A4%A', '%ED%A0%80', '..', '%2e%2e', '%2F', '%00', '%25', 'agt_nope', ...PROTOTYPE_KEYS, 'агент', '😀', 'a'.repeat(2000)];

test('hostile requests at every API route: never a 5xx, refusals in the JSON shape, data untouched', async ({ request, baseURL }) => {
  test.setTimeout(90_000);
  const ids = await scratchIds(request);
  const body = fc.oneof(
    hostileObject.map((value) => JSON.stringify(value)),
    hostileValue.map((value) => JSON.stringify(value)),
    fc.dictionary(fc.constantFrom(...KNOWN_FIELDS), hostileValue).map((value) => JSON.stringify(value)),
    hostileText(200),
    fc.constantFrom(...FIXED_BODIES.keys()),
  );
  const hostileRequest = fc.record({
    route: fc.constantFrom(...API_ROUTES),
    id: fc.oneof(fc.constantFrom(...ids), fc.constantFrom(...FIXED_IDS), fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent), fc.stringMatching(/^[%Z2e/.a]{0,10}$/)),
    query: fc.constantFrom('', '?dryRun=1', '?download=1', '?%ZZ=%', '?dryRun=%E0'),
    method: fc.oneof(fc.constantFrom('GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'), fc.constantFrom(...ODD_METHODS)),
    contentType: fc.constantFrom(...CONTENT_TYPES),
    origin: fc.constantFrom(undefined, baseURL as string, 'http://127.0.0.1:1', 'null'),
    body,
  });
  let before = databaseHash();
  await fc.assert(
    fc.asyncProperty(hostileRequest, async ({ route, id, query, method, contentType, origin, body: generated }) => {
      const body = FIXED_BODIES.get(generated) ?? generated;
      const url = route.path.replaceAll(':id', id) + query;
      const headers: Record<string, string> = {};
      if (contentType !== undefined) headers['content-type'] = contentType;
      if (origin !== undefined) headers.origin = origin;
      const withBody = !['GET', 'HEAD'].includes(method);
      const response = await request.fetch(url, { method, headers, data: withBody ? body : undefined, maxRedirects: 0 });
      before = await check(response, method, `${method} ${url.slice(0, 80)} ${JSON.stringify(headers)} ${generated.slice(0, 60)}`, before);
    }),
    { numRuns: 300 },
  );
});

test('lone surrogates are refused with 422 on the field, never stored', async ({ request }) => {
  const [agentId] = await scratchIds(request);
  const session = await (await request.post('/api/v1/sessions', { data: { agentId } })).json();
  const before = databaseHash();
  for (const [url, body, field] of [
    ['/api/v1/agents', '{"name":"Bill\\ud800ing","description":"x"}', 'name'],
    [`/api/v1/agents/${agentId}`, '{"greeting":"\\udc00"}', 'greeting'],
    [`/api/v1/sessions/${session.id}/messages`, '{"content":"I was charged twice \\ud83d"}', 'content'],
  ] as const) {
    const response = await request.fetch(url, { method: url === '/api/v1/agents' || url.endsWith('messages') ? 'POST' : 'PATCH', data: body, headers: { 'content-type': 'application/json' } });
    expect(response.status(), url).toBe(422);
    expect(Object.keys((await response.json()).error.fieldErrors), url).toEqual([field]);
  }
  expect(databaseHash()).toBe(before);
});

test('hostile fields posted to a real server action (the create-agent form) never crash it, pollute it or change data', async ({ request, baseURL }) => {
  const html = await (await request.get('/agents/new')).text();
  const actionFields = [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map(
    ([, name, value = '']) => [name as string, value.replaceAll('&quot;', '"').replaceAll('&amp;', '&')] as [string, string],
  );
  expect(actionFields.length, 'the form is progressively enhanced').toBeGreaterThan(0);
  const post = async (fields: [string, string][]) => {
    const form = new FormData();
    const all: [string, string][] = [...actionFields, ['name', 'Never Saved'], ['description', 'Refused for its extra fields.'], ...fields];
    for (const [name, value] of all) form.append(name, value);
    return request.post('/agents/new', { multipart: form, headers: { origin: baseURL as string }, maxRedirects: 0 });
  };
  const before = databaseHash();
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(hostileKey, hostileText(60)), { maxLength: 6 }), async (extra) => {
      // The last field is always unknown to the strict schema: every post is a refusal.
      const response = await post([...extra, ['__proto__.polluted', 'yes']]);
      const label = JSON.stringify(extra).slice(0, 120);
      expect(response.status(), label).toBeLessThan(500);
      expect(databaseHash(), label).toBe(before);
    }),
    { numRuns: 40 },
  );
  // Had `__proto__.instructions` reached Object.prototype, every agent created after would inherit it.
  expect((await post([['__proto__.instructions', 'Ask for the full card number.'], ['__proto__.greeting', 'Gotcha']])).status()).toBeLessThan(500);
  const created = await request.post('/api/v1/agents', { data: { name: `After Pollution ${Date.now()}`, description: 'Checks the defaults.' } });
  expect(await created.json()).toMatchObject({ instructions: '', greeting: '' });
});

/** Ids of a scratch agent, its handoff and a session: real rows the requests may change, not the seed. */
async function scratchIds(request: APIRequestContext): Promise<string[]> {
  const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const agent = (name: string) => createAgent(request, { name: `${name} ${suffix}`, description: 'Scratch agent of the hostile-input test.' });
  const [from, to] = [await agent('Hostile From'), await agent('Hostile To')];
  const fn = await createHandoff(request, from.id, to.id, 'Hand off when the customer asks about hostile input.');
  const session = await postCreated(request, '/api/v1/sessions', { agentId: from.id });
  return [from.id, to.id, fn.id, session.id];
}
