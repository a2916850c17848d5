import OpenAI from 'openai';
import type {
  ChatCompletion,
  ChatCompletionFunctionTool,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { DecideInput, Decision, EngineAgent, EngineMessage, EngineTool, LlmEngine, ToolCall, ToolResult } from './types';

export interface OpenAiCompatibleConfig {
  /** Base URL of the Chat Completions API, e.g. `https://api.openai.com/v1`. */
  baseURL: string;
  apiKey: string;
  model: string;
  /** Whole-request deadline (connect, wait and read), in milliseconds. */
  timeoutMs: number;
}

export type LlmEngineErrorKind = 'timeout' | 'http' | 'unreachable' | 'aborted' | 'bad-response';

/** Every way a request to the model can fail; the message is written to be shown to a person as is. */
export class LlmEngineError extends Error {
  readonly kind: LlmEngineErrorKind;
  /** The HTTP status, for kind 'http'. */
  readonly status?: number;

  constructor(kind: LlmEngineErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'LlmEngineError';
    this.kind = kind;
    this.status = options.status;
  }
}

const MAX_DETAIL_CHARS = 300;

function truncate(text: string): string {
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS)}…` : text;
}

/** The deepest cause's message: undici hides "connect ECONNREFUSED …" two levels under "fetch failed". */
function rootMessage(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/** The endpoint's own words for an HTTP error, without the SDK's "500 " prefix. */
function httpDetail(error: InstanceType<typeof OpenAI.APIError>): string {
  const body: unknown = error.error;
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    return body.message;
  }
  return error.message.replace(/^\d{3}\s*/, '') || 'no body';
}

function toEngineError(error: unknown, timeoutMs: number, callerAborted: boolean, deadlinePassed: boolean): LlmEngineError {
  if (error instanceof LlmEngineError) return error;
  // Which signal fired decides the story; the SDK reports both as a plain abort.
  if (callerAborted) return new LlmEngineError('aborted', 'LLM request was cancelled', { cause: error });
  if (deadlinePassed || error instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmEngineError('timeout', `LLM request timed out after ${timeoutMs} ms`, { cause: error });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new LlmEngineError('unreachable', `LLM endpoint unreachable: ${rootMessage(error)}`, { cause: error });
  }
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    const message = `LLM endpoint answered ${error.status}: ${truncate(httpDetail(error))}`;
    return new LlmEngineError('http', message, { status: error.status, cause: error });
  }
  return new LlmEngineError('bad-response', `LLM endpoint sent an unreadable response: ${truncate(rootMessage(error))}`, {
    cause: error,
  });
}

function systemPrompt(agent: EngineAgent, tools: EngineTool[], quotesOthers: boolean): string {
  const lines = [`You are ${agent.name}${agent.description ? `: ${agent.description}` : '.'}`];
  if (tools.length > 0) {
    lines.push(
      'You may hand the conversation to a specialist by calling one of your tools when its description fits ' +
        "the user's request, giving a short reason; otherwise answer the user yourself.",
    );
  }
  if (quotesOthers) lines.push('Assistant messages starting with [Name] were written by that other agent.');
  return `${lines.join('\n')}\n\n${agent.instructions}`.trim();
}

function toChatMessages(messages: EngineMessage[], agentName: string): ChatCompletionMessageParam[] {
  return messages.map((message): ChatCompletionMessageParam => {
    if (message.role === 'user') return { role: 'user', content: message.content };
    // Only other agents are named: prefixing the model's own turns invites it to echo the prefix.
    const fromOther = message.agentName !== undefined && message.agentName !== agentName;
    return { role: 'assistant', content: fromOther ? `[${message.agentName}] ${message.content}` : message.content };
  });
}

/** Each tool call this message made, as the assistant's call and the tool's answer (role `tool`, matched by id). */
function toToolMessages(results: readonly ToolResult[]): ChatCompletionMessageParam[] {
  return results.flatMap((result): ChatCompletionMessageParam[] => [
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: result.call.id, type: 'function', function: { name: result.call.name, arguments: JSON.stringify(result.call.arguments) } }],
    },
    { role: 'tool', tool_call_id: result.call.id, content: result.content },
  ]);
}

function toChatTool(tool: EngineTool): ChatCompletionFunctionTool {
  const { name, description, parameters } = tool.definition.function;
  return { type: 'function', function: { name, description, parameters: { ...parameters } } };
}

/** Invalid or non-object JSON becomes `{}`: a handoff without a reason is still a handoff. */
function parseArguments(raw: string): { value: Record<string, unknown>; valid: boolean } {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return { value: parsed as Record<string, unknown>, valid: true };
    }
  } catch {
    // Fall through: models do emit truncated or single-quoted JSON.
  }
  return { value: {}, valid: false };
}

function describeCall(call: ToolCall, validJson: boolean): string {
  const reason = typeof call.arguments.reason === 'string' && call.arguments.reason.trim() ? call.arguments.reason.trim() : '';
  const note = validJson ? '' : ' (its arguments were not valid JSON)';
  return `${call.name}${reason ? ` because "${reason}"` : ''}${note}`;
}

function toDecision(completion: ChatCompletion, model: string, offeredTools: number): Decision {
  const choices: unknown = completion.choices;
  const message = Array.isArray(choices) ? completion.choices[0]?.message : undefined;
  if (!message) throw new LlmEngineError('bad-response', 'LLM endpoint answered without any choices');

  const text = (message.content ?? message.refusal ?? '').trim();
  const described: string[] = [];
  const calls: ToolCall[] = [];
  for (const [index, toolCall] of (message.tool_calls ?? []).entries()) {
    if (toolCall.type !== 'function') continue;
    const parsed = parseArguments(toolCall.function.arguments);
    const call = { id: toolCall.id || `call_${index + 1}`, name: toolCall.function.name, arguments: parsed.value };
    calls.push(call);
    described.push(describeCall(call, parsed.valid));
  }

  if (calls.length > 0) {
    const summary = `${model} called ${described.join('; and ')}.`;
    return { type: 'tool_calls', calls, why: { summary }, ...(text ? { text } : {}) };
  }
  if (!text) throw new LlmEngineError('bad-response', 'LLM endpoint answered with an empty message');
  const summary =
    offeredTools > 0
      ? `${model} answered directly instead of calling one of ${offeredTools} offered tool${offeredTools === 1 ? '' : 's'}.`
      : `${model} answered directly (no tools were offered).`;
  return { type: 'reply', text, why: { summary } };
}

function hostOf(baseURL: string): string {
  try {
    return new URL(baseURL).host;
  } catch {
    return baseURL;
  }
}

/** An engine that asks any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, vLLM, …). */
export function createOpenAiCompatibleEngine(config: OpenAiCompatibleConfig): LlmEngine {
  const { baseURL, apiKey, model, timeoutMs } = config;
  // Retries would multiply the wait behind a chat message; the conversation engine reports the error.
  const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: timeoutMs });

  return {
    id: 'openai-compatible',
    label: `${model} at ${hostOf(baseURL)}`,
    async decide(input: DecideInput): Promise<Decision> {
      const { agent, messages, tools, signal: callerSignal } = input;
      // The SDK's own timeout stops at the response headers; this deadline also covers reading the body.
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = callerSignal ? AbortSignal.any([callerSignal, deadline]) : deadline;
      const chatMessages = [...toChatMessages(messages, agent.name), ...toToolMessages(input.toolResults ?? [])];
      const quotesOthers = messages.some((m) => m.role === 'assistant' && m.agentName !== undefined && m.agentName !== agent.name);
      try {
        const completion = await client.chat.completions.create(
          {
            model,
            messages: [{ role: 'system', content: systemPrompt(agent, tools, quotesOthers) }, ...chatMessages],
            // Some servers reject an empty tools list, so leave both fields out when there is nothing to offer.
            ...(tools.length > 0 ? { tools: tools.map(toChatTool), tool_choice: 'auto' as const } : {}),
          },
          { signal },
        );
        return toDecision(completion, model, tools.length);
      } catch (error) {
        throw toEngineError(error, timeoutMs, callerSignal?.aborted === true, deadline.aborted);
      }
    },
  };
}
