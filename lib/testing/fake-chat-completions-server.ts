/**
 * A small, real OpenAI-compatible Chat Completions server for tests: unit tests start it in-process,
 * Playwright starts it as a separate process (`npx tsx lib/testing/fake-chat-completions-server.ts
 * --port 4010`). It never calls out anywhere; replies are scripted or chosen by a simple word rule.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { LlmToolDefinition } from '../conversation/engines/types';

/** One scripted answer. Tool-call arguments may be a raw string, to send malformed JSON on purpose. */
export type FakeReply =
  | { type: 'text'; text: string }
  | { type: 'tool_calls'; calls: { name: string; arguments: Record<string, unknown> | string }[]; text?: string }
  | { type: 'error'; status: number; body: unknown }
  | { type: 'delay'; ms: number; then?: FakeReply }
  /** A 200 answer without choices, as a broken endpoint might send. */
  | { type: 'empty' }
  /** Headers and half a body, then silence until the client gives up: a timeout after the headers. */
  | { type: 'stall' };

export interface FakeChatMessage {
  role: string;
  content?: string | null;
}

export interface FakeChatRequestBody {
  model: string;
  messages: FakeChatMessage[];
  tools?: LlmToolDefinition[];
  tool_choice?: unknown;
  [key: string]: unknown;
}

export interface FakeReceivedRequest {
  path: string;
  authorization: string | undefined;
  body: FakeChatRequestBody;
}

export interface FakeServerOptions {
  /** Answered in order, one per request; without it (or once used up, if `thenRule`) the word rule decides. */
  replies?: FakeReply[];
  /** When the scripted replies run out: answer by the rule (true) or with a 500 that names the problem. */
  thenRule?: boolean;
  /** The bearer key clients must send; anything else gets a 401. */
  apiKey?: string;
  host?: string;
  port?: number;
}

export interface FakeChatCompletionsServer {
  /** Base URL including `/v1`, ready for `LLM_BASE_URL`. */
  url: string;
  port: number;
  /** Every chat completion request received, oldest first. */
  requests: FakeReceivedRequest[];
  close(): Promise<void>;
}

export const FAKE_API_KEY = 'fake-key';

// Boilerplate words that appear in almost every handoff tool, so they must not trigger one.
const IGNORED_WORDS = new Set(
  ('about agent asks conversation customer hand handoff handoffs help questions question reason ' +
    'should specialist that their them there this transfer user users when where which with would your')
    .split(' '),
);

function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 4 && !IGNORED_WORDS.has(word))
    // Drop a plural "s" so "refunds" in a description matches "refund" in a message.
    .map((word) => (word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/**
 * The rule mode: call the tool whose name or description shares the most words (4+ letters, plural
 * "s" dropped, minus handoff boilerplate) with the last user message; otherwise echo that message.
 */
export function ruleBasedReply(body: FakeChatRequestBody): FakeReply {
  const lastUser = [...body.messages].reverse().find((message) => message.role === 'user');
  const said = lastUser?.content ?? '';
  const saidWords = new Set(wordsOf(said));
  let best: { name: string; matched: string[] } | undefined;
  for (const tool of body.tools ?? []) {
    const toolWords = new Set(wordsOf(`${tool.function.name} ${tool.function.description}`));
    const matched = [...toolWords].filter((word) => saidWords.has(word));
    if (matched.length > 0 && (!best || matched.length > best.matched.length)) {
      best = { name: tool.function.name, matched };
    }
  }
  if (best) {
    const reason = `The user mentioned ${best.matched.map((word) => `"${word}"`).join(', ')}.`;
    return { type: 'tool_calls', calls: [{ name: best.name, arguments: { reason } }] };
  }
  return { type: 'text', text: said ? `(fake model) You said: ${said}` : '(fake model) Hello!' };
}

function completionFor(reply: FakeReply & { type: 'text' | 'tool_calls' | 'empty' }, model: string): object {
  const base = { id: `chatcmpl-fake-${Date.now()}`, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model };
  if (reply.type === 'empty') return { ...base, choices: [] };
  const toolCalls =
    reply.type === 'tool_calls'
      ? reply.calls.map((call, index) => ({
          id: `call_fake_${index + 1}`,
          type: 'function',
          function: {
            name: call.name,
            arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
          },
        }))
      : undefined;
  const message = {
    role: 'assistant',
    content: reply.type === 'text' ? reply.text : (reply.text ?? null),
    refusal: null,
    ...(toolCalls ? { tool_calls: toolCalls } : {}),
  };
  const choice = { index: 0, message, logprobs: null, finish_reason: toolCalls ? 'tool_calls' : 'stop' };
  return { ...base, choices: [choice], usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function isChatBody(value: unknown): value is FakeChatRequestBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.model === 'string' && Array.isArray(candidate.messages);
}

async function answer(res: ServerResponse, reply: FakeReply, model: string): Promise<void> {
  if (reply.type === 'delay') {
    // Stop waiting if the client gave up, so close() is not held up by a pending timer.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, reply.ms);
      res.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return answer(res, reply.then ?? { type: 'text', text: '(fake model) Sorry for the wait.' }, model);
  }
  if (reply.type === 'error') return sendJson(res, reply.status, reply.body);
  if (reply.type === 'stall') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"id":');
    return;
  }
  sendJson(res, 200, completionFor(reply, model));
}

/** Starts the fake server on 127.0.0.1 (a free port unless one is given). */
export async function startFakeChatCompletionsServer(options: FakeServerOptions = {}): Promise<FakeChatCompletionsServer> {
  const apiKey = options.apiKey ?? FAKE_API_KEY;
  const queue: FakeReply[] = [...(options.replies ?? [])];
  const useRuleWhenEmpty = options.replies === undefined || options.thenRule === true;
  const requests: FakeReceivedRequest[] = [];

  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (req.method === 'GET' && path === '/health') return sendJson(res, 200, { ok: true });
      if (req.method !== 'POST' || (path !== '/v1/chat/completions' && path !== '/chat/completions')) {
        return sendJson(res, 404, { error: { message: `No route for ${req.method} ${path}`, type: 'not_found' } });
      }
      let body: unknown;
      try {
        body = await readJson(req);
      } catch {
        return sendJson(res, 400, { error: { message: 'Body is not valid JSON', type: 'invalid_request_error' } });
      }
      if (!isChatBody(body)) {
        return sendJson(res, 400, { error: { message: 'Body needs model and messages', type: 'invalid_request_error' } });
      }
      const authorization = req.headers.authorization;
      requests.push({ path, authorization, body });
      if (authorization !== `Bearer ${apiKey}`) {
        return sendJson(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
      }
      const reply =
        queue.shift() ??
        (useRuleWhenEmpty
          ? ruleBasedReply(body)
          : { type: 'error', status: 500, body: { error: { message: 'fake server: no scripted reply left' } } });
      await answer(res, reply, body.model);
    })().catch((error: unknown) => {
      console.error('fake chat completions server failed on a request', error);
      sendJson(res, 500, { error: { message: String(error) } });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}/v1`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Standalone: rule mode on --port (default 4010), printing its URL for whoever started it. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4010' }, host: { type: 'string', default: '127.0.0.1' }, 'api-key': { type: 'string' } },
  });
  const server = await startFakeChatCompletionsServer({
    port: Number(values.port),
    host: values.host,
    apiKey: values['api-key'] ?? process.env.FAKE_LLM_API_KEY ?? FAKE_API_KEY,
  });
  console.log(`Fake chat completions server (rule mode) listening at ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
