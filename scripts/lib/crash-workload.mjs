// The crash test's stream of writes: a few lanes, each creating agents and handoffs, editing and deleting
// them with their versions and chatting in its own session, one request at a time. What the server
// acknowledged (a 2xx) is recorded in `acked`; a request cut off by the kill is not acknowledged.

/** Everything the server acknowledged, across rounds: what must survive a crash. */
export function newAcknowledged() {
  return {
    /** agent id → name */
    agents: new Map(),
    /** function id → { version, description } of its last acknowledged write */
    functions: new Map(),
    /** ids of functions whose delete was acknowledged */
    deletedFunctions: new Set(),
    /** session id → Map(event id → seq) */
    sessions: new Map(),
  };
}

/**
 * Runs `lanes` lanes against `url` until `signal` aborts (the server is being killed) or a lane meets an
 * unexpected answer. `progress` counts acknowledged writes and requests in flight as they happen, and
 * `onAcknowledged` hears of each acknowledgement. Resolves with the unexpected answers.
 */
export async function runWorkload({ url, apiKey, round, lanes, acked, random, signal, progress, onAcknowledged }) {
  const unexpected = [];

  async function send(method, route, data) {
    progress.inFlight += 1;
    let status = 0;
    let text = null;
    try {
      const response = await fetch(`${url}${route}`, {
        method,
        signal,
        headers: { authorization: `Bearer ${apiKey}`, ...(data === undefined ? {} : { 'content-type': 'application/json' }) },
        body: data === undefined ? undefined : JSON.stringify(data),
      });
      status = response.status;
      text = await response.text();
    } catch {
      return null; // cut off by the kill: not acknowledged
    } finally {
      progress.inFlight -= 1;
    }
    if (status >= 300) {
      unexpected.push(`${method} ${route} → ${status} ${text.slice(0, 300)}`);
      return null;
    }
    progress.acknowledged += 1;
    onAcknowledged();
    return text ? JSON.parse(text) : {};
  }

  async function lane(index) {
    const prefix = `Crash ${round}.${index}`;
    const targets = [];
    const functions = [];
    let owner = null;
    let session = null;
    let made = 0;

    const createAgent = async () => {
      const name = `${prefix}.${made++}`;
      const agent = await send('POST', '/api/v1/agents', { name, description: `${name}: an agent the crash test made.`, greeting: 'Hello.' });
      if (agent) acked.agents.set(agent.id, agent.name);
      return agent;
    };
    const createFunction = async () => {
      const target = targets.shift();
      if (!target) return createAgent().then((agent) => agent && targets.push(agent.id));
      const description = `Hand off when the customer asks about ${target} (${prefix}).`;
      const fn = await send('POST', `/api/v1/agents/${owner}/functions`, {
        phase: 'during_session',
        type: 'agent_handoff',
        config: { targetAgentId: target, description },
      });
      if (fn) {
        acked.functions.set(fn.id, { version: fn.version, description });
        functions.push(fn.id);
      }
    };
    const editFunction = async () => {
      const id = functions[Math.floor(random() * functions.length)];
      if (!id) return createFunction();
      const description = `Hand off when the customer asks about billing, edit ${random().toString(36).slice(2, 8)}.`;
      const fn = await send('PATCH', `/api/v1/functions/${id}`, { version: acked.functions.get(id).version, config: { description } });
      if (fn) acked.functions.set(id, { version: fn.version, description });
    };
    const deleteFunction = async () => {
      const id = functions.pop();
      if (!id) return createFunction();
      if ((await send('DELETE', `/api/v1/functions/${id}`)) !== null) {
        acked.functions.delete(id);
        acked.deletedFunctions.add(id);
      }
    };
    const sendMessage = async () => {
      const reply = await send('POST', `/api/v1/sessions/${session}/messages`, { content: `Hello from ${prefix}, message ${made++}.` });
      if (reply) for (const event of reply.events) acked.sessions.get(session).set(event.id, event.seq);
    };

    while (!signal.aborted && unexpected.length === 0) {
      if (!owner) {
        owner = (await createAgent())?.id ?? null;
      } else if (!session) {
        const created = await send('POST', '/api/v1/sessions', { agentId: owner });
        if (created) {
          session = created.id;
          acked.sessions.set(session, new Map(created.events.map((event) => [event.id, event.seq])));
        }
      } else {
        const roll = random();
        if (roll < 0.15) await createAgent().then((agent) => agent && targets.push(agent.id));
        else if (roll < 0.4) await createFunction();
        else if (roll < 0.7) await editFunction();
        else if (roll < 0.75) await deleteFunction();
        else await sendMessage();
      }
    }
  }

  await Promise.all(Array.from({ length: lanes }, (_, index) => lane(index)));
  return unexpected;
}
