import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { functionTestCalls } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { PHASES, type Phase } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { ValidationError } from '@/lib/domain/errors';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { CustomFunctionConfigSchema, keepStoredHeaderValues, type CustomFunctionConfig } from '@/lib/function-types/custom-function-config';
import { stableStringify } from '@/lib/review/stable-json';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { resultText, webhookBody } from './call-function';
import { sendWebhook } from './send-webhook';
import { webhookSigningSecret } from './signing-secret';

/** What Test call sends: a saved function (as saved, or with a draft config over it), or a draft for an agent. */
export const TestCallSchema = z.strictObject({
  agentId: z.string().trim().min(1).optional(),
  functionId: z.string().trim().min(1).optional(),
  phase: z.enum(PHASES).optional(),
  config: z.record(z.string(), z.unknown(), { error: 'config must be an object.' }).optional(),
});
export type TestCallInput = z.output<typeof TestCallSchema>;

export interface TestCallResult {
  /** What was sent: the URL and the sample body. */
  request: { url: string; body: Record<string, unknown> };
  status: number | null;
  durationMs: number;
  result?: unknown;
  error?: string;
}

/** A value of each parameter's type, so the receiver sees the arguments' shape. */
function sampleArguments(config: CustomFunctionConfig): Record<string, unknown> {
  return Object.fromEntries(
    config.parameters.map((parameter) => [
      parameter.name,
      parameter.type === 'number' ? 1 : parameter.type === 'boolean' ? true : parameter.type === 'enum' && 'values' in parameter ? parameter.values[0] : 'example',
    ]),
  );
}

/**
 * Test call: POSTs a sample body (the phase's shape, `test: true`) to the webhook of a saved function or
 * of a draft config, signed like a real call, and answers what came back. The outcome of a saved
 * function tested as saved is kept (function_test_calls), so review can flag a webhook that failed its
 * last test call; a draft's is only answered. A draft lies over the saved config, and its blank header
 * values are taken from the saved function, as saving it would.
 */
export async function testCallFunction(ctx: ServiceContext, input: TestCallInput): Promise<TestCallResult> {
  const saved = input.functionId ? await getOwnedOrThrow(ctx.db, ctx, 'Function', input.functionId) : null;
  if (saved && saved.type !== 'custom_function') throw new ValidationError('Only a Custom Function has a webhook to test.', {});
  const agentId = saved?.agentId ?? input.agentId;
  if (!agentId) throw new ValidationError('Say which agent or function to test.', { agentId: ['Say which agent or function to test.'] });
  const agent = await getOwnedOrThrow(ctx.db, ctx, 'Agent', agentId);
  // A draft lies over the saved config, as an edit's save would: fields it leaves out keep their saved values.
  const parsed = CustomFunctionConfigSchema.safeParse(input.config ? { ...saved?.config, ...input.config } : (saved?.config ?? {}));
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(Object.entries(fieldErrorsOf(parsed.error)).map(([key, messages]) => [`config.${key}`, messages]));
    throw new ValidationError('The test call was not sent: check the highlighted fields.', fieldErrors);
  }
  const config = saved ? keepStoredHeaderValues(parsed.data, saved.config) : parsed.data;
  const phase: Phase = saved?.phase ?? input.phase ?? 'during_session';
  const body = {
    ...webhookBody({
      phase,
      functionId: saved?.id ?? '',
      agent: { id: agent.id, name: agent.name },
      sessionId: 'ses_test_call',
      workspaceId: ctx.workspaceId,
      variables: {},
      signingSecret: async () => '',
      ...(phase === 'during_session' ? { arguments: sampleArguments(config) } : {}),
      ...(phase === 'post_session' ? { transcript: [{ role: 'user', agentId: agent.id, content: 'This is a test call from Switchboard.' }] } : {}),
    }),
    test: true,
  };
  const outcome = await sendWebhook({ url: config.url, headers: config.headers, body, timeoutMs: config.timeoutMs, secret: await webhookSigningSecret(ctx) });
  // Only a test of what is saved is kept: a draft's outcome says nothing of the webhook conversations call.
  const testedSaved = saved !== null && (input.config === undefined || stableStringify(config) === stableStringify(saved.config));
  if (testedSaved) await recordTestCall(ctx, saved.id, outcome.ok, outcome.status, outcome.ok ? null : outcome.error, outcome.durationMs);
  const request = { url: config.url, body };
  return outcome.ok
    ? { request, status: outcome.status, durationMs: outcome.durationMs, result: typeof outcome.result === 'string' ? resultText(outcome.result) : outcome.result }
    : { request, status: outcome.status, durationMs: outcome.durationMs, error: outcome.error };
}

async function recordTestCall(ctx: ServiceContext, functionId: string, ok: boolean, status: number | null, error: string | null, durationMs: number): Promise<void> {
  const row = { functionId, workspaceId: ctx.workspaceId, ok, status, error, durationMs, calledAt: new Date() };
  await withTransaction(ctx, async (tx) => {
    await tx.db.insert(functionTestCalls).values(row).onConflictDoUpdate({ target: functionTestCalls.functionId, set: { ok, status, error, durationMs, calledAt: row.calledAt } });
  });
}

export interface LastTestCall {
  ok: boolean;
  status: number | null;
  error: string | null;
  calledAt: Date;
}

/** Each function's last test call, for review's findings ("failed its last test call"). */
export async function lastTestCalls(ctx: ServiceContext): Promise<Map<string, LastTestCall>> {
  const rows = await ctx.db.select().from(functionTestCalls).where(eq(functionTestCalls.workspaceId, ctx.workspaceId));
  return new Map(rows.map((row) => [row.functionId, { ok: row.ok, status: row.status, error: row.error, calledAt: row.calledAt }]));
}
