import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiCompatibleEngine } from '@/lib/conversation/engines/openai-compatible';
import { FAKE_API_KEY, startFakeChatCompletionsServer, type FakeChatCompletionsServer } from '@/lib/testing/fake-chat-completions-server';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createSession, sendMessage } from '../service';

// A whole conversation through a real HTTP exchange with a Chat Completions server on 127.0.0.1.
describe('a session on the OpenAI-compatible engine', () => {
  const t = setupTestContext();
  let server: FakeChatCompletionsServer;
  afterEach(async () => {
    await server?.close();
  });

  it('offers the same tools the simulated model gets, applies the handoff, and the target answers with the history', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'When the customer asks about invoices.' });
    server = await startFakeChatCompletionsServer({
      replies: [
        { type: 'tool_calls', calls: [{ name: 'transfer_to_billing', arguments: { reason: 'The customer asks about an invoice.' } }] },
        { type: 'text', text: 'Billing here: I can see invoice 42.' },
      ],
    });
    const engine = createOpenAiCompatibleEngine({ baseURL: server.url, apiKey: FAKE_API_KEY, model: 'test-model', timeoutMs: 5000 });
    const session = await createSession(t.ctx, { agentId: general.id }, engine);
    const turn = await sendMessage(t.ctx, session.id, { content: 'Where is invoice 42?' }, engine);

    expect(turn.activeAgentId).toBe(billing.id);
    expect(turn.events.find((e) => e.type === 'handoff')).toMatchObject({ reason: 'The customer asks about an invoice.', toolName: 'transfer_to_billing' });
    expect(turn.events.at(-1)).toMatchObject({ type: 'message', agentId: billing.id, content: 'Billing here: I can see invoice 42.' });

    const [first, second] = server.requests;
    expect(first?.body.tools?.map((t) => t.function)).toEqual([
      expect.objectContaining({ name: 'transfer_to_billing', description: 'When the customer asks about invoices.' }),
    ]);
    expect(first?.body.messages[0]).toMatchObject({ role: 'system', content: expect.stringContaining('You are General Support.') });
    // Billing has no handoffs of its own, so it is offered none; it sees the whole conversation.
    expect(second?.body.tools).toBeUndefined();
    expect(second?.body.messages[0]?.content).toContain('You are Billing.');
    expect(second?.body.messages.map((m) => m.content)).toEqual(
      expect.arrayContaining([expect.stringContaining('Where is invoice 42?'), expect.stringContaining('Hi, Billing here.')]),
    );
  });

  it('records an HTTP failure as an error event and keeps the session usable', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    server = await startFakeChatCompletionsServer({
      replies: [{ type: 'error', status: 500, body: { error: { message: 'overloaded' } } }, { type: 'text', text: 'Back.' }],
    });
    const engine = createOpenAiCompatibleEngine({ baseURL: server.url, apiKey: FAKE_API_KEY, model: 'test-model', timeoutMs: 5000 });
    const session = await createSession(t.ctx, { agentId: general.id }, engine);
    const failed = await sendMessage(t.ctx, session.id, { content: 'hello' }, engine);
    expect(failed.events.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('500') });
    const next = await sendMessage(t.ctx, session.id, { content: 'hello again' }, engine);
    expect(next.events.at(-1)).toMatchObject({ type: 'message', content: 'Back.' });
  });
});
