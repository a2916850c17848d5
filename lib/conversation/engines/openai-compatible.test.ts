import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FAKE_API_KEY,
  startFakeChatCompletionsServer,
  type FakeChatCompletionsServer,
  type FakeReply,
} from '@/lib/testing/fake-chat-completions-server';
import { createLlmEngine, selectEngineConfig } from './index';
import { createOpenAiCompatibleEngine, LlmEngineError } from './openai-compatible';
import type { DecideInput, EngineTool, LlmEngine } from './types';

// Selection is tested on its own; the simulated model is another module's concern.
vi.mock('./simulated', () => ({
  createSimulatedEngine: (): LlmEngine => ({
    id: 'simulated',
    label: 'Simulated model (built-in)',
    decide: () => Promise.reject(new Error('not used here')),
  }),
}));

function handoffTool(name: string, description: string): EngineTool {
  return {
    definition: {
      type: 'function',
      function: {
        name,
        description,
        parameters: {
          type: 'object',
          properties: { reason: { type: 'string', description: 'Why the conversation moves' } },
          required: ['reason'],
          additionalProperties: false,
        },
      },
    },
    hints: { targetName: 'ignored by this engine' },
  };
}

const input: DecideInput = {
  agent: {
    name: 'Front Desk',
    description: 'Greets customers and routes them',
    instructions: 'Be brief and friendly.',
    greeting: 'Hi!',
  },
  messages: [
    { role: 'user', content: 'Hello' },
    { role: 'assistant', content: 'Welcome back.', agentName: 'Front Desk' },
    { role: 'assistant', content: 'Your invoice is paid.', agentName: 'Billing' },
    { role: 'user', content: 'I want a refund' },
  ],
  tools: [
    handoffTool('transfer_to_billing', 'Invoices, refunds and payments'),
    handoffTool('transfer_to_support', 'Technical problems'),
  ],
};

let server: FakeChatCompletionsServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function engineAnswering(replies: FakeReply[], timeoutMs = 5_000): Promise<LlmEngine> {
  server = await startFakeChatCompletionsServer({ replies });
  return createOpenAiCompatibleEngine({ baseURL: server.url, apiKey: FAKE_API_KEY, model: 'test-model', timeoutMs });
}

async function engineError(promise: Promise<unknown>): Promise<LlmEngineError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LlmEngineError);
  return error as LlmEngineError;
}

describe('OpenAI-compatible engine', () => {
  it('sends tools, system prompt, messages and the bearer key, and returns a text reply', async () => {
    const engine = await engineAnswering([{ type: 'text', text: 'Sure, one moment.' }]);
    const decision = await engine.decide(input);

    expect(decision).toEqual({ type: 'reply', text: 'Sure, one moment.', why: { summary: expect.stringContaining('answered directly') } });
    expect(engine.label).toBe(`test-model at 127.0.0.1:${server?.port}`);
    const [request] = server?.requests ?? [];
    expect(request?.authorization).toBe(`Bearer ${FAKE_API_KEY}`);
    expect(request?.body.model).toBe('test-model');
    expect(request?.body.tool_choice).toBe('auto');
    expect(request?.body.tools).toEqual(input.tools.map((tool) => tool.definition));
    const [system, ...rest] = request?.body.messages ?? [];
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('You are Front Desk: Greets customers and routes them');
    expect(system?.content).toContain('hand the conversation to a specialist');
    expect(system?.content).toContain('Be brief and friendly.');
    expect(rest).toEqual([
      { role: 'user', content: 'Hello' },
      { role: 'assistant', content: 'Welcome back.' },
      { role: 'assistant', content: '[Billing] Your invoice is paid.' },
      { role: 'user', content: 'I want a refund' },
    ]);
  });

  it('leaves tools out and says so when none are offered', async () => {
    const engine = await engineAnswering([{ type: 'text', text: 'Hello.' }]);
    const decision = await engine.decide({ ...input, tools: [] });

    expect(decision.why.summary).toBe('test-model answered directly (no tools were offered).');
    expect(server?.requests[0]?.body).not.toHaveProperty('tools');
    expect(server?.requests[0]?.body).not.toHaveProperty('tool_choice');
  });

  it('parses a tool call and puts its reason in the summary', async () => {
    const reason = 'The user asks for a refund';
    const engine = await engineAnswering([{ type: 'tool_calls', calls: [{ name: 'transfer_to_billing', arguments: { reason } }] }]);

    expect(await engine.decide(input)).toEqual({
      type: 'tool_calls',
      calls: [{ id: 'call_fake_1', name: 'transfer_to_billing', arguments: { reason } }],
      why: { summary: `test-model called transfer_to_billing because "${reason}".` },
    });
  });

  it('returns several tool calls, with the text that came along', async () => {
    const engine = await engineAnswering([
      {
        type: 'tool_calls',
        text: 'Let me check.',
        calls: [
          { name: 'transfer_to_billing', arguments: { reason: 'refund' } },
          { name: 'transfer_to_support', arguments: {} },
        ],
      },
    ]);
    const decision = await engine.decide(input);

    expect(decision.type).toBe('tool_calls');
    if (decision.type !== 'tool_calls') return;
    expect(decision.calls.map((call) => [call.id, call.name, call.arguments])).toEqual([
      ['call_fake_1', 'transfer_to_billing', { reason: 'refund' }],
      ['call_fake_2', 'transfer_to_support', {}],
    ]);
    expect(decision.text).toBe('Let me check.');
    expect(decision.why.summary).toBe('test-model called transfer_to_billing because "refund"; and transfer_to_support.');
  });

  it('keeps going with empty arguments when the arguments are not valid JSON', async () => {
    const engine = await engineAnswering([
      { type: 'tool_calls', calls: [{ name: 'transfer_to_billing', arguments: "{reason: 'refund'" }] },
    ]);
    const decision = await engine.decide(input);

    expect(decision.type === 'tool_calls' && decision.calls[0]?.arguments).toEqual({});
    expect(decision.why.summary).toContain('not valid JSON');
  });

  it('turns an HTTP 500 into an LlmEngineError with the endpoint message', async () => {
    const engine = await engineAnswering([{ type: 'error', status: 500, body: { error: { message: 'model overloaded' } } }]);
    const error = await engineError(engine.decide(input));

    expect(error).toMatchObject({ kind: 'http', status: 500, message: 'LLM endpoint answered 500: model overloaded' });
  });

  it('reports a wrong API key as a 401', async () => {
    server = await startFakeChatCompletionsServer({ replies: [] });
    const engine = createOpenAiCompatibleEngine({ baseURL: server.url, apiKey: 'wrong', model: 'm', timeoutMs: 5_000 });
    const error = await engineError(engine.decide(input));

    expect(error).toMatchObject({ kind: 'http', status: 401, message: 'LLM endpoint answered 401: Incorrect API key provided' });
  });

  it('times out with an LlmEngineError naming the timeout', async () => {
    const engine = await engineAnswering([{ type: 'delay', ms: 3_000 }], 200);
    const started = Date.now();
    const error = await engineError(engine.decide(input));

    expect(error).toMatchObject({ kind: 'timeout', message: 'LLM request timed out after 200 ms' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out too when the body stalls after the headers', async () => {
    const engine = await engineAnswering([{ type: 'stall' }], 200);
    const error = await engineError(engine.decide(input));

    expect(error).toMatchObject({ kind: 'timeout', message: 'LLM request timed out after 200 ms' });
  });

  it('reports an unreachable endpoint', async () => {
    const closed = await startFakeChatCompletionsServer();
    await closed.close();
    const engine = createOpenAiCompatibleEngine({ baseURL: closed.url, apiKey: 'k', model: 'm', timeoutMs: 5_000 });
    const error = await engineError(engine.decide(input));

    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(/^LLM endpoint unreachable: .*ECONNREFUSED/);
  });

  it('treats an answer without choices as an error', async () => {
    const engine = await engineAnswering([{ type: 'empty' }]);
    const error = await engineError(engine.decide(input));

    expect(error).toMatchObject({ kind: 'bad-response', message: 'LLM endpoint answered without any choices' });
  });

  it('stops when the caller aborts', async () => {
    const engine = await engineAnswering([{ type: 'delay', ms: 3_000 }]);
    const error = await engineError(engine.decide({ ...input, signal: AbortSignal.timeout(100) }));

    expect(error.kind).toBe('aborted');
  });
});

describe('fake server rule mode', () => {
  it('calls the tool whose words the user used, and echoes otherwise', async () => {
    server = await startFakeChatCompletionsServer();
    const engine = createOpenAiCompatibleEngine({ baseURL: server.url, apiKey: FAKE_API_KEY, model: 'm', timeoutMs: 5_000 });

    const handoff = await engine.decide(input);
    expect(handoff.type === 'tool_calls' && handoff.calls[0]).toMatchObject({
      name: 'transfer_to_billing',
      arguments: { reason: 'The user mentioned "refund".' },
    });
    const chat = await engine.decide({ ...input, messages: [{ role: 'user', content: 'Good morning' }] });
    expect(chat).toMatchObject({ type: 'reply', text: '(fake model) You said: Good morning' });
  });
});

describe('engine selection', () => {
  const all = { LLM_BASE_URL: 'https://llm.example/v1', LLM_API_KEY: 'sk-test', LLM_MODEL: 'gpt-test', LLM_TIMEOUT_MS: 30_000 };

  it('picks the OpenAI-compatible engine when base URL, key and model are set', () => {
    const selection = selectEngineConfig(all);
    expect(selection).toEqual({
      id: 'openai-compatible',
      config: { baseURL: 'https://llm.example/v1', apiKey: 'sk-test', model: 'gpt-test', timeoutMs: 30_000 },
    });
    expect(createLlmEngine(selection)).toMatchObject({ id: 'openai-compatible', label: 'gpt-test at llm.example' });
  });

  it('picks the simulated model, without complaint, when nothing is set', () => {
    const selection = selectEngineConfig({ LLM_TIMEOUT_MS: 30_000 });
    expect(selection).toEqual({ id: 'simulated' });
    expect(createLlmEngine(selection).id).toBe('simulated');
  });

  it('falls back to the simulated model and names what is missing when only part is set', () => {
    expect(selectEngineConfig({ LLM_BASE_URL: all.LLM_BASE_URL, LLM_TIMEOUT_MS: 30_000 })).toEqual({
      id: 'simulated',
      problem:
        'LLM_BASE_URL is set but LLM_API_KEY and LLM_MODEL are not, so the simulated model is used. ' +
        'Set all three to use an OpenAI-compatible model.',
    });
    expect(selectEngineConfig({ ...all, LLM_MODEL: undefined })).toMatchObject({
      id: 'simulated',
      problem: expect.stringMatching(/^LLM_BASE_URL and LLM_API_KEY are set but LLM_MODEL is not/),
    });
  });
});
