import type { Reply, Send } from './http-load';

/** One measured route: `prepare` runs untimed just before it and returns what each worker sends. */
export interface ApiScenario {
  route: string;
  concurrency: number;
  prepare(send: Send): Promise<(worker: number) => Promise<Reply>>;
}

const READERS = 20;
const SAVERS = 20;
const CHATTERS = 10;
const CHAT_SESSIONS = 100;
// Billing, Technical Support and neither: most messages at General Support hand off, some are answered.
const SAYS = [
  'I was charged twice on my last invoice and want a refund',
  'The app crashes with an error message when I log in',
  'Thanks, and what are your opening hours?',
];
const DESCRIPTIONS = [
  'Hand off to billing when the customer asks about invoices, payments, charges on their card or refunds.',
  'Hand off to billing when the customer asks about an invoice, a payment, a charge on their card or a refund.',
];

/** The JSON body of a 2xx answer; anything else stops the bench, as setup must not fail. */
async function json<T>(reply: Promise<Reply>, what: string): Promise<T> {
  const { status, body } = await reply;
  if (status < 200 || status >= 300) throw new Error(`${what} answered ${status}: ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}

async function demoAgentId(send: Send, name: string): Promise<string> {
  const { agents } = await json<{ agents: { id: string; name: string }[] }>(send('GET', '/api/v1/agents'), 'GET /api/v1/agents');
  const agent = agents.find((candidate) => candidate.name === name);
  if (!agent) throw new Error(`The demo workspace has no agent named ${name}: was it seeded (SEED_DEMO=1)?`);
  return agent.id;
}

/** `work` on every item, `limit` at a time, results in the items' order: setup is not what is measured. */
async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>, limit = 10): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const get = (path: string) => async (send: Send) => () => send('GET', path);

/** The ceiling: a route that does next to nothing, under the readers' load; the others are read as a share of it. */
export const CEILING_SCENARIO: ApiScenario = { route: 'GET /api/health', concurrency: READERS, prepare: (send) => get('/api/health')(send) };

/**
 * The routes in the order they run. Reads come first, so they see the seeded demo workspace as it is;
 * saves then add one agent and handoff per worker, and chat adds sessions.
 */
export const API_SCENARIOS: ApiScenario[] = [
  { route: 'GET /api/v1/agents', concurrency: READERS, prepare: (send) => get('/api/v1/agents')(send) },
  {
    route: 'GET /api/v1/agents/{id}/functions',
    concurrency: READERS,
    async prepare(send) {
      return get(`/api/v1/agents/${await demoAgentId(send, 'General Support')}/functions`)(send);
    },
  },
  {
    route: 'PATCH /api/v1/functions/{id}',
    concurrency: SAVERS,
    async prepare(send) {
      // One import adds an agent and a handoff per worker: 40 writes one by one would take longer than the run.
      const lanes = Array.from({ length: SAVERS }, (_, worker) => `Bench Lane ${worker + 1}`);
      const document = {
        format: 'switchboard.workspace',
        version: 1,
        agents: lanes.map((name) => ({ name, description: `${name}: an agent the API load bench edits.` })),
        functions: lanes.map((name) => ({
          agent: name.toLowerCase().replaceAll(' ', '-'),
          phase: 'during_session',
          type: 'agent_handoff',
          target: 'billing',
          config: { description: DESCRIPTIONS[0] },
        })),
      };
      await json(send('POST', '/api/v1/workspace/import', document), 'POST /api/v1/workspace/import');
      const { agents } = await json<{ agents: { id: string; name: string }[] }>(send('GET', '/api/v1/agents'), 'GET /api/v1/agents');
      // Each worker edits its own function, so every save carries the version it last got back.
      const owned = await inParallel(lanes, async (name) => {
        const agent = agents.find((candidate) => candidate.name === name);
        const path = `/api/v1/agents/${agent?.id}/functions`;
        const [fn] = (await json<{ functions: { id: string; version: number }[] }>(send('GET', path), `GET ${path}`)).functions;
        if (!fn) throw new Error(`The import made no function for ${name}.`);
        return { id: fn.id, version: fn.version, stale: false };
      });
      return async (worker) => {
        const mine = owned[worker] as (typeof owned)[number];
        if (mine.stale) {
          const fresh = await send('GET', `/api/v1/functions/${mine.id}`);
          if (fresh.status !== 200) return fresh;
          mine.version = (JSON.parse(fresh.body) as { version: number }).version;
          mine.stale = false;
        }
        // Every save changes the description, so each one is a real write with its audit event.
        const config = { description: DESCRIPTIONS[mine.version % DESCRIPTIONS.length] };
        const reply = await send('PATCH', `/api/v1/functions/${mine.id}`, { version: mine.version, config });
        if (reply.status === 200) mine.version = (JSON.parse(reply.body) as { version: number }).version;
        else mine.stale = true;
        return reply;
      };
    },
  },
  {
    route: 'POST /api/v1/sessions/{id}/messages',
    concurrency: CHATTERS,
    async prepare(send) {
      const agentId = await demoAgentId(send, 'General Support');
      const created = await inParallel(Array.from({ length: CHAT_SESSIONS }), () =>
        json<{ id: string }>(send('POST', '/api/v1/sessions', { agentId }), 'POST /api/v1/sessions'),
      );
      const sessions = created.map((session) => session.id);
      // The first message loads the simulated model (WordNet, the encoder): not what a message costs.
      await json(send('POST', `/api/v1/sessions/${sessions[0]}/messages`, { content: SAYS[0] }), 'the first chat message');
      let sent = 0;
      return async () => {
        const i = sent++;
        // Round robin: a session comes round again only after every other has had a message.
        return send('POST', `/api/v1/sessions/${sessions[i % CHAT_SESSIONS]}/messages`, { content: SAYS[i % SAYS.length] });
      };
    },
  },
];
