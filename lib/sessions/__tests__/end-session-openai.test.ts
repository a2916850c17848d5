import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAiCompatibleEngine } from '@/lib/conversation/engines/openai-compatible';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction } from '@/lib/functions/service';
import { FAKE_API_KEY, startFakeChatCompletionsServer, type FakeChatCompletionsServer } from '@/lib/testing/fake-chat-completions-server';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent } from '@/lib/testing/factories';
import { getSession, createSession, sendMessage } from '../service';

// End Session through a real HTTP exchange with a Chat Completions server on 127.0.0.1, in its rule mode.
describe('End Session on the OpenAI-compatible engine', () => {
  const t = setupTestContext();
  let server: FakeChatCompletionsServer;
  afterEach(async () => {
    await server?.close();
  });

  it('is offered as the end_session tool, and the endpoint’s call ends the conversation with the closing message', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const description = 'End the conversation when the customer says goodbye or thanks.';
    await createFunction(t.ctx, general.id, FunctionCreateSchema.parse({ phase: 'during_session', type: 'end_session', config: { description, closingMessage: 'Goodbye!' } }));
    server = await startFakeChatCompletionsServer();
    const engine = createOpenAiCompatibleEngine({ baseURL: server.url, apiKey: FAKE_API_KEY, model: 'test-model', timeoutMs: 5000 });
    const session = await createSession(t.ctx, { agentId: general.id }, engine);

    const turn = await sendMessage(t.ctx, session.id, { content: 'ok thanks, goodbye' }, engine);
    expect(server.requests[0]?.body.tools?.map((tool) => tool.function)).toEqual([
      expect.objectContaining({ name: 'end_session', description, parameters: expect.objectContaining({ required: ['reason'] }) }),
    ]);
    expect(turn.events.map((event) => event.type)).toEqual(['message', 'tool_call', 'message', 'session_end']);
    expect(turn.events.at(-1)).toMatchObject({ by: 'agent', agentId: general.id, message: 'Goodbye!' });
    expect((await getSession(t.ctx, session.id)).endedAt).toBe(turn.endedAt);
    // Ending the turn asks the endpoint nothing more.
    expect(server.requests).toHaveLength(1);
  });
});
