import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, workspaceWebhookSecrets } from '@/db/schema';
import type { Agent } from '@/lib/agents/service';
import { createAgent } from '@/lib/agents/service';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import type { SessionEvent } from '@/lib/conversation/events';
import type { Phase } from '@/lib/domain/constants';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction, getFunction, updateFunction } from '@/lib/functions/service';
import { toFunctionView } from '@/lib/functions/view';
import { endSession } from '@/lib/sessions/end-session';
import { createSession, sendMessage } from '@/lib/sessions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { json, startReceiver } from './receiver';

const t = setupTestContext();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let desk: Agent;
const engine = createSimulatedEngine({ encoder: false });

beforeEach(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = '1';
  receiver = await startReceiver();
  desk = await createAgent(t.ctx, {
    name: 'Front Desk',
    description: 'Answers customers of the shop.',
    instructions: 'You speak with {{firstName}}, a {{tier}} customer.',
    greeting: 'Hi {{firstName}}, welcome back!',
  });
});
afterEach(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  await receiver.close();
});

function addCustom(phase: Phase, config: Record<string, unknown> = {}) {
  const input = FunctionCreateSchema.parse({
    phase,
    type: 'custom_function',
    config: { name: `hook_${phase}`, description: 'Look up the status of an order by its order number when the customer asks where the order is.', url: `${receiver.url}/${phase}`, headers: [{ name: 'Authorization', value: 'Bearer topsecret' }], ...config },
  });
  return createFunction(t.ctx, desk.id, input);
}

const ofType = (events: SessionEvent[], type: SessionEvent['type']) => events.filter((event) => event.type === type);

describe('Custom Function phases through the services, against a real receiver', () => {
  it('Pre-Session: the body carries the session, agent and phase; returned variables fill the greeting and the instructions the LLM sees', async () => {
    await addCustom('pre_session');
    receiver.answerWith((_request, response) => json(response, 200, { variables: { firstName: 'Ada', tier: 'gold' } }));
    const session = await createSession(t.ctx, { agentId: desk.id }, engine);

    const [request] = receiver.received;
    expect(request?.url).toBe('/pre_session');
    expect(request?.body).toMatchObject({ sessionId: session.id, workspaceId: t.ctx.workspaceId, agent: { id: desk.id, name: 'Front Desk' }, phase: 'pre_session', variables: {} });
    expect(request?.body.timestamp).toEqual(expect.any(String));
    expect(request?.headers.authorization).toBe('Bearer topsecret');
    // The signature verifies with the workspace's stored secret.
    const [stored] = await t.ctx.db.select().from(workspaceWebhookSecrets).where(eq(workspaceWebhookSecrets.workspaceId, t.ctx.workspaceId));
    expect(request?.headers['x-switchboard-signature']).toBe(`sha256=${createHmac('sha256', stored?.secret ?? '').update(request?.raw ?? '').digest('hex')}`);

    expect(session.events.map((event) => event.type)).toEqual(['function_call', 'message']);
    expect(session.events[0]).toMatchObject({ type: 'function_call', phase: 'pre_session', status: 200, result: { variables: { firstName: 'Ada', tier: 'gold' } } });
    expect(session.events[1]).toMatchObject({ kind: 'greeting', content: 'Hi Ada, welcome back!' });

    const seen: string[] = [];
    await sendMessage(t.ctx, session.id, { content: 'hello there' }, { ...engine, decide: async (input) => (seen.push(input.agent.instructions), engine.decide(input)) });
    expect(seen).toEqual(['You speak with Ada, a gold customer.']);
  });

  it('Pre-Session: a block ends the session at once with its message', async () => {
    await addCustom('pre_session');
    receiver.answerWith((_request, response) => json(response, 200, { block: true, message: 'Sorry, we are closed today.' }));
    const session = await createSession(t.ctx, { agentId: desk.id }, engine);
    expect(session.events.map((event) => event.type)).toEqual(['function_call', 'message', 'session_end']);
    expect(session.events[1]).toMatchObject({ role: 'assistant', content: 'Sorry, we are closed today.' });
    expect(session.events[2]).toMatchObject({ type: 'session_end', by: 'pre_session', message: 'Sorry, we are closed today.' });
    await expect(sendMessage(t.ctx, session.id, { content: 'hello?' }, engine)).rejects.toThrow(/ended/);
  });

  it('During-Session: the built-in model calls the tool on a matching message, fills its parameter, and replies with the result', async () => {
    await addCustom('during_session', {
      name: 'lookup_order',
      parameters: [
        { name: 'order_number', type: 'string', description: 'The order number', required: true },
        { name: 'channel', type: 'enum', description: 'Where it was bought', required: false, values: ['web', 'store'] },
      ],
    });
    receiver.answerWith((_request, response) => json(response, 200, { status: 'shipped', eta: 'Friday' }));
    const session = await createSession(t.ctx, { agentId: desk.id }, engine);
    const { events } = await sendMessage(t.ctx, session.id, { content: 'Where is my order A1234 that I bought on the web?' }, engine);

    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.body).toMatchObject({ phase: 'during_session', sessionId: session.id, arguments: { order_number: 'A1234', channel: 'web' } });
    expect(events.map((event) => event.type)).toEqual(['message', 'tool_call', 'function_call', 'message']);
    expect(ofType(events, 'tool_call')[0]).toMatchObject({ toolName: 'lookup_order', result: 'called' });
    expect(ofType(events, 'function_call')[0]).toMatchObject({ name: 'lookup_order', status: 200, result: { status: 'shipped', eta: 'Friday' }, mode: 'wait' });
    expect(events.at(-1)).toMatchObject({ role: 'assistant', kind: 'reply' });
    expect(events.at(-1)?.type === 'message' && events.at(-1)).toMatchObject({ content: expect.stringContaining('"status":"shipped"') });
  });

  it('During-Session: a failing webhook becomes an error event and the configured error message, never a crash', async () => {
    await addCustom('during_session', { name: 'lookup_order', errorMessage: 'Our order system is down, sorry.' });
    receiver.answerWith((_request, response) => json(response, 500, { error: 'boom' }));
    const session = await createSession(t.ctx, { agentId: desk.id }, engine);
    const { events } = await sendMessage(t.ctx, session.id, { content: 'Where is my order? I want the status of my order number.' }, engine);
    expect(ofType(events, 'function_call')[0]).toMatchObject({ status: 500, error: expect.stringMatching(/answered 500/) });
    expect(events.at(-1)).toMatchObject({ type: 'message', content: '(Simulated reply) Our order system is down, sorry.' });
  });

  it('Post-Session: runs when the session ends, with the whole transcript', async () => {
    await addCustom('post_session');
    const session = await createSession(t.ctx, { agentId: desk.id }, engine);
    await sendMessage(t.ctx, session.id, { content: 'hello there' }, engine);
    const ended = await endSession(t.ctx, session.id);
    const [request] = receiver.received;
    expect(request?.body).toMatchObject({ phase: 'post_session', sessionId: session.id, agent: { id: desk.id } });
    expect(request?.body.transcript).toEqual([
      { role: 'assistant', agentId: desk.id, content: 'Hi {{firstName}}, welcome back!' },
      { role: 'user', agentId: desk.id, content: 'hello there' },
      { role: 'assistant', agentId: desk.id, content: expect.any(String) },
    ]);
    expect(ofType(ended.events, 'function_call')[0]).toMatchObject({ phase: 'post_session', status: 200, request: { body: { transcript: '[3 transcript lines]' } } });
  });

  it('background mode does not wait: the event says so, and the call still arrives', async () => {
    await addCustom('post_session', { mode: 'background' });
    const session = await createSession(t.ctx, { agentId: desk.id }, engine);
    const ended = await endSession(t.ctx, session.id);
    expect(ofType(ended.events, 'function_call')[0]).toMatchObject({ mode: 'background', status: null, result: expect.stringMatching(/did not wait/) });
    await expect.poll(() => receiver.received.length).toBe(1);
  });
});

describe('Custom Function secrets', () => {
  it('header values are stored and sent, but never in the view, the audit log or an API-shaped answer; a blank value on edit keeps the stored one', async () => {
    const fn = await addCustom('during_session', { name: 'lookup_order' });
    expect(JSON.stringify(toFunctionView(await getFunction(t.ctx, fn.id)))).not.toContain('topsecret');
    expect(toFunctionView(await getFunction(t.ctx, fn.id)).config.headers).toEqual([{ name: 'Authorization', value: '', hasValue: true }]);

    const updated = await updateFunction(t.ctx, fn.id, { version: 1, config: { headers: [{ name: 'Authorization', value: '', hasValue: true }], description: 'Look up where an order is when the customer asks.' } });
    expect(updated.config.headers).toEqual([{ name: 'Authorization', value: 'Bearer topsecret' }]);
    const audit = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, fn.id));
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('topsecret');
  });
});
