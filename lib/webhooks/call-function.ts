import type { FunctionCallEvent } from '@/lib/domain/function-call-events';
import type { CustomFunctionConfig } from '@/lib/function-types/custom-function-config';
import { sendWebhook, type WebhookOutcome } from './send-webhook';

type Phase = FunctionCallEvent['phase'];

/** What one call of a Custom Function is about: where it runs, for whom, with what. */
export interface FunctionCallInput {
  phase: Phase;
  functionId: string;
  agent: { id: string; name: string };
  sessionId: string;
  workspaceId: string;
  variables: Record<string, string>;
  signingSecret: () => Promise<string>;
  /** During-Session: the arguments the LLM passed. */
  arguments?: Record<string, unknown>;
  /** Post-Session: the whole conversation. */
  transcript?: ReadonlyArray<{ role: string; agentId: string; content: string }>;
}

/** The one JSON body every call POSTs, whatever the phase. */
export function webhookBody(input: FunctionCallInput, now = new Date()): Record<string, unknown> {
  return {
    sessionId: input.sessionId,
    workspaceId: input.workspaceId,
    agent: { id: input.agent.id, name: input.agent.name },
    phase: input.phase,
    ...(input.arguments !== undefined ? { arguments: input.arguments } : {}),
    ...(input.transcript !== undefined ? { transcript: input.transcript } : {}),
    variables: input.variables,
    timestamp: now.toISOString(),
  };
}

/** The body as the transcript keeps it: a Post-Session transcript is counted, not copied again. */
function recordedBody(body: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(body.transcript)) return body;
  return { ...body, transcript: `[${body.transcript.length} transcript lines]` };
}

/**
 * Calls the function's webhook and describes the call as a transcript event. Never throws. In
 * background mode the event says the call was sent and the caller does not wait; its outcome is only
 * logged on the server when it fails.
 */
export async function callCustomFunction(
  config: CustomFunctionConfig,
  input: FunctionCallInput,
): Promise<{ outcome: WebhookOutcome | null; event: FunctionCallEvent }> {
  const body = webhookBody(input);
  const base = {
    type: 'function_call' as const,
    agentId: input.agent.id,
    functionId: input.functionId,
    name: config.name,
    phase: input.phase,
    request: { url: config.url, method: 'POST' as const, body: recordedBody(body) },
    mode: config.mode,
  };
  const send = async (): Promise<WebhookOutcome> => {
    try {
      const secret = await input.signingSecret();
      return await sendWebhook({ url: config.url, headers: config.headers, body, timeoutMs: config.timeoutMs, secret });
    } catch (error) {
      return { ok: false, status: null, durationMs: 0, error: `The call could not be made: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  if (config.mode === 'background') {
    void send().then((outcome) => {
      if (!outcome.ok) console.warn(`[custom function] ${config.name} (${input.phase}, background) failed: ${outcome.error}`);
    });
    return { outcome: null, event: { ...base, status: null, durationMs: 0, result: 'Sent in the background; the conversation did not wait for the answer.' } };
  }
  const outcome = await send();
  const event: FunctionCallEvent = outcome.ok
    ? { ...base, status: outcome.status, durationMs: outcome.durationMs, result: outcome.result }
    : { ...base, status: outcome.status, durationMs: outcome.durationMs, error: outcome.error };
  return { outcome, event };
}

/** The most of a result the LLM reads back. */
export const TOOL_RESULT_MAX_CHARS = 4000;

/** A result as the LLM reads it: text as is, anything else as JSON, cut to TOOL_RESULT_MAX_CHARS. */
export function resultText(result: unknown): string {
  const text = typeof result === 'string' ? result.trim() : JSON.stringify(result ?? null);
  return text.length > TOOL_RESULT_MAX_CHARS ? `${text.slice(0, TOOL_RESULT_MAX_CHARS - 1)}…` : text;
}
