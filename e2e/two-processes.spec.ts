import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startNextServer, type NextServer } from '../scripts/lib/next-server.mjs';
import { ownerCookieHeader } from './support/accounts';

// Two production servers on one SQLite file, as when a second `npm start` or an overlapping deploy runs
// beside the first: every race between them ends in a 2xx or a 4xx a client can act on, never a 5xx,
// and no write is lost. The races go through both servers' HTTP APIs at once.

type Body = Record<string, unknown> & { id?: string; version?: number; error?: { message: string; code?: string } };
interface Reply {
  via: string;
  request: string;
  status: number;
  body: Body;
}

const firstUrl = `http://127.0.0.1:${process.env.E2E_PORT}`;
// Names unique to this run: other specs share the database and may have run before.
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let second: NextServer;
let servers: [string, string];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error('E2E_DATA_DIR is unset: run this spec through playwright.config.ts');
  second = await startNextServer({
    port: await freePort(),
    env: {
      DATABASE_PATH: path.join(dataDir, 'simulated.db'),
      // On `npm run test:pg` both servers share one PostgreSQL database instead.
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      SEED_DEMO: '1',
      LLM_BASE_URL: '',
      LLM_API_KEY: '',
      LLM_MODEL: '',
    },
  });
  servers = [firstUrl, second.url];
});

test.afterAll(async () => {
  await second?.stop();
});

async function call(base: string, method: string, route: string, data?: unknown): Promise<Reply> {
  const via = base === firstUrl ? 'first' : 'second';
  const payload = data === undefined ? undefined : JSON.stringify(data);
  try {
    const { status, text } = await send(`${base}${route}`, method, payload);
    let body: Body;
    try {
      body = text ? (JSON.parse(text) as Body) : {};
    } catch {
      body = { error: { message: `not JSON: ${text.slice(0, 200)}` } };
    }
    return { via, request: `${method} ${route}`, status, body };
  } catch (error) {
    // A dropped connection is reported with the rest (status 0), not thrown from the middle of a race.
    return { via, request: `${method} ${route}`, status: 0, body: { error: { message: String(error) } } };
  }
}

/**
 * One request on its own connection. fetch reuses idle keep-alive sockets, and a server whose event
 * loop is busy (its LLM warm-up after start) may close one just as a request goes out on it: a reset
 * that says nothing about the database.
 */
function send(url: string, method: string, payload?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    // Signed in as the owner on both servers: one database, one session.
    const headers = {
      cookie: ownerCookieHeader(),
      ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
    };
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}

const describe = (reply: Reply) => `${reply.request} via ${reply.via} → ${reply.status} ${reply.body.error?.message ?? ''}`.trim();

/** Every 5xx or dropped connection among the replies, described, with how often the second server logged a locked database. */
function serverErrors(replies: Reply[]): string[] {
  const errors = replies.filter((reply) => reply.status >= 500 || reply.status === 0).map(describe);
  const locked = second.output().match(/database is locked/g)?.length ?? 0;
  return errors.length > 0 ? [...errors, `(the second server logged "database is locked" ${locked} times so far)`] : [];
}

async function inBatches<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

async function createAgent(name: string, extra: Record<string, string> = {}): Promise<string> {
  const reply = await call(firstUrl, 'POST', '/api/v1/agents', { name, description: `${name}, made by the two-process test.`, ...extra });
  expect(reply.status, describe(reply)).toBe(201);
  return reply.body.id as string;
}

const handoff = (targetAgentId: string, description = 'Hand off when the customer asks about parcels.') => ({
  phase: 'during_session',
  type: 'agent_handoff',
  config: { targetAgentId, description },
});

test('same-name agent creates on both servers at once: one 201 and one 409, never a 5xx', async () => {
  test.setTimeout(60_000);
  const pairs = await inBatches(60, 3, async (index) => {
    const data = { name: `Twin ${run} ${index}`, description: 'Created on two servers at the same moment.' };
    return Promise.all(servers.map((base) => call(base, 'POST', '/api/v1/agents', data)));
  });
  const replies = pairs.flat();
  expect(serverErrors(replies)).toEqual([]);
  const notOneEach = pairs.filter((pair) => pair.map((reply) => reply.status).sort().join() !== '201,409');
  expect(notOneEach.map((pair) => pair.map(describe).join(' | '))).toEqual([]);
  for (const reply of replies.filter((r) => r.status === 409)) expect(reply.body.error?.message).toEqual(expect.any(String));

  const listed = (await call(second.url, 'GET', '/api/v1/agents')).body.agents as { id: string; name: string }[];
  const twins = listed.filter((agent) => agent.name.startsWith(`Twin ${run} `));
  expect(twins).toHaveLength(60);
  const created = new Set(replies.filter((r) => r.status === 201).map((r) => r.body.id));
  expect(twins.every((agent) => created.has(agent.id))).toBe(true);
});

test('racing edits of one function with the same version: exactly one wins each time, none is lost', async () => {
  test.setTimeout(60_000);
  const from = await createAgent(`Edit From ${run}`);
  const to = await createAgent(`Edit To ${run}`);
  const created = await call(firstUrl, 'POST', `/api/v1/agents/${from}/functions`, { ...handoff(to), enabled: true });
  expect(created.status, describe(created)).toBe(201);
  const fnUrl = `/api/v1/functions/${created.body.id}`;

  const replies: Reply[] = [];
  const badPairs: string[] = [];
  let wins = 0;
  let lastWinner = '';
  for (let round = 0; round < 40; round += 1) {
    const current = await call(servers[round % 2] as string, 'GET', fnUrl);
    const version = current.body.version as number;
    const descriptions = servers.map((_, side) => `Hand off when the customer asks about parcels (round ${round}, server ${side + 1}).`);
    const pair = await Promise.all(
      servers.map((base, side) => call(base, 'PATCH', fnUrl, { version, config: { description: descriptions[side] } })),
    );
    replies.push(current, ...pair);
    const won = pair.filter((reply) => reply.status === 200);
    const lost = pair.filter((reply) => reply.status === 409 && reply.body.error?.code === 'stale_version');
    if (won.length !== 1 || lost.length !== 1) badPairs.push(`round ${round} at version ${version}: ${pair.map(describe).join(' | ')}`);
    wins += won.length;
    if (won[0]) lastWinner = descriptions[pair.indexOf(won[0])] as string;
  }
  expect(serverErrors(replies)).toEqual([]);
  expect(badPairs).toEqual([]);

  // No lost update: every acknowledged edit moved the version by one, and the last one is what is stored.
  for (const base of servers) {
    const stored = await call(base, 'GET', fnUrl);
    expect(stored.body.version, `version via ${stored.via} after ${wins} acknowledged edits`).toBe(1 + wins);
    expect((stored.body.config as { description: string }).description).toBe(lastWinner);
  }
});

test('deletes racing edits and new handoffs on the other server: only 2xx, 404, 409 or 422, and a consistent outcome', async () => {
  test.setTimeout(60_000);
  const replies: Reply[] = [];
  const inconsistent: string[] = [];
  const allowed = new Set([200, 201, 204, 404, 409, 422]);
  const owner = await createAgent(`Owner ${run}`);
  const parcels = await createAgent(`Parcels ${run}`);

  for (let round = 0; round < 12; round += 1) {
    const [deleter, editor] = round % 2 === 0 ? servers : [servers[1], servers[0]];

    // An agent deleted on one server while the other edits it: once the delete is acknowledged it stays gone.
    const doomed = await createAgent(`Doomed ${run} ${round}`);
    const agentRace = await Promise.all([
      call(deleter, 'DELETE', `/api/v1/agents/${doomed}`),
      call(editor, 'PATCH', `/api/v1/agents/${doomed}`, { version: 1, description: `Edited in round ${round}.` }),
    ]);
    const agentAfter = await call(editor, 'GET', `/api/v1/agents/${doomed}`);
    if (agentRace[0].status === 204 && agentAfter.status !== 404) inconsistent.push(`agent ${doomed} deleted yet ${agentAfter.status}`);

    // A function deleted on one server while the other edits it.
    const fn = await call(firstUrl, 'POST', `/api/v1/agents/${owner}/functions`, handoff(parcels));
    expect(fn.status, describe(fn)).toBe(201);
    const fnRace = await Promise.all([
      call(deleter, 'DELETE', `/api/v1/functions/${fn.body.id}`),
      call(editor, 'PATCH', `/api/v1/functions/${fn.body.id}`, { version: 1, enabled: false }),
    ]);
    const fnAfter = await call(editor, 'GET', `/api/v1/functions/${fn.body.id}`);
    if (fnRace[0].status === 204 && fnAfter.status !== 404) inconsistent.push(`function ${fn.body.id} deleted yet ${fnAfter.status}`);
    if (fnAfter.status === 200) await call(firstUrl, 'DELETE', `/api/v1/functions/${fn.body.id}`);

    // A target agent deleted on one server while the other adds a handoff to it: never both.
    const target = await createAgent(`Target ${run} ${round}`);
    const targetRace = await Promise.all([
      call(deleter, 'DELETE', `/api/v1/agents/${target}`),
      call(editor, 'POST', `/api/v1/agents/${owner}/functions`, handoff(target, 'Hand off when the customer asks about refunds.')),
    ]);
    const [deleted, added] = targetRace.map((reply) => reply.status < 300);
    if (deleted === added) inconsistent.push(`target round ${round}: ${targetRace.map(describe).join(' | ')}`);
    if (added) {
      await call(firstUrl, 'DELETE', `/api/v1/functions/${targetRace[1].body.id}`);
      await call(firstUrl, 'DELETE', `/api/v1/agents/${target}`);
    }
    replies.push(...agentRace, agentAfter, fn, ...fnRace, fnAfter, ...targetRace);
  }
  expect(serverErrors(replies)).toEqual([]);
  expect(replies.filter((reply) => !allowed.has(reply.status)).map(describe)).toEqual([]);
  expect(inconsistent).toEqual([]);
});

test('chat messages to one session through both servers: every one answered, the transcript without gaps or repeats', async () => {
  test.setTimeout(60_000);
  const agentId = await createAgent(`Chat ${run}`, { greeting: 'Hello, how can I help?' });
  const session = await call(firstUrl, 'POST', '/api/v1/sessions', { agentId });
  expect(session.status, describe(session)).toBe(201);
  const messagesUrl = `/api/v1/sessions/${session.body.id}/messages`;

  const rounds = await inBatches(10, 2, (round) =>
    Promise.all(servers.map((base, side) => call(base, 'POST', messagesUrl, { content: `Just saying hello, round ${round} from server ${side + 1}.` }))),
  );
  const replies = rounds.flat();
  expect(serverErrors(replies)).toEqual([]);
  expect(replies.filter((reply) => reply.status !== 200).map(describe)).toEqual([]);

  for (const base of servers) {
    const events = (await call(base, 'GET', `/api/v1/sessions/${session.body.id}`)).body.events as { id: string; seq: number; content?: string }[];
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    const stored = new Map(events.map((event) => [event.id, event.seq]));
    const acknowledged = replies.flatMap((reply) => reply.body.events as { id: string; seq: number }[]);
    expect(acknowledged.filter((event) => stored.get(event.id) !== event.seq)).toEqual([]);
    const userMessages = events.filter((event) => event.content?.startsWith('Just saying hello')).map((event) => event.content);
    expect(new Set(userMessages).size).toBe(20);
    expect(userMessages).toHaveLength(20);
  }
});
