import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '@/lib/agents/service';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction, listAllFunctions, updateFunction } from '@/lib/functions/service';
import { createSession } from '@/lib/sessions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine } from '@/lib/testing/scripted-engine';
import { lastTestCalls, testCallFunction } from '@/lib/webhooks/test-call';
import { json, startReceiver } from '@/lib/webhooks/__tests__/receiver';
import { FINDING_LABELS } from '../finding';
import { findFindings } from '../findings';
import { loadWorkspaceReview } from '../overview';

const t = setupTestContext();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let desk: Agent;

beforeEach(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = '1';
  receiver = await startReceiver();
  desk = await makeAgent(t.ctx, 'Front Desk');
});
afterEach(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  await receiver.close();
});

function addWebhook(agentId: string, phase: 'pre_session' | 'during_session' | 'post_session', name: string, path = '/hook') {
  return createFunction(
    t.ctx,
    agentId,
    FunctionCreateSchema.parse({
      phase,
      type: 'custom_function',
      config: { name, description: `Calls ${name} for the conversation.`, url: `${receiver.url}${path}`, timeoutMs: 1000 },
    }),
  );
}

const ofKind = async (kind: string) => (await loadWorkspaceReview(t.ctx)).findings.filter((finding) => finding.kind === kind);

describe('finding: webhook failed its last test call', () => {
  it('names the function, the status and how long ago, links to the function, and a later success clears it', async () => {
    expect(FINDING_LABELS.webhook_test_failed).toBe('Webhook failed its last test call');
    const fn = await addWebhook(desk.id, 'during_session', 'lookup_order');
    expect(await ofKind('webhook_test_failed')).toEqual([]);

    receiver.answerWith((_request, response) => json(response, 500, { error: 'database down' }));
    await testCallFunction(t.ctx, { functionId: fn.id });
    const [finding, ...rest] = await ofKind('webhook_test_failed');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: `webhook_test_failed:${fn.id}`,
      severity: 'warning',
      title: 'Webhook failed its last test call: Front Desk: Custom Function (lookup_order)',
      fix: { href: `/integrations/agentic-functions/${desk.id}#fn-${fn.id}`, label: 'Edit Front Desk: Custom Function (lookup_order)' },
      agentIds: [desk.id],
      functionIds: [fn.id],
    });
    expect(finding?.reason).toMatch(/^lookup_order's webhook failed its last test call \(HTTP 500, just now\)\. The webhook answered 500/);

    // A draft's test call (the edit dialog's, not saved) says nothing of the saved webhook: it is not kept.
    receiver.answerWith((request, response) => json(response, request.url === '/fixed' ? 200 : 500, {}));
    const draft = await testCallFunction(t.ctx, { functionId: fn.id, config: { url: `${receiver.url}/fixed` } });
    expect(draft).toMatchObject({ status: 200, request: { url: `${receiver.url}/fixed` } });
    expect(await ofKind('webhook_test_failed')).toHaveLength(1);
    // The same config as saved, sent as a draft, is a test of the saved one.
    receiver.answerWith((_request, response) => json(response, 200, { ok: true }));
    await testCallFunction(t.ctx, { functionId: fn.id, config: { url: `${receiver.url}/hook` } });
    expect(await ofKind('webhook_test_failed')).toEqual([]);

    // Only the last call counts.
    receiver.answerWith((_request, response) => json(response, 500, {}));
    await testCallFunction(t.ctx, { functionId: fn.id });
    expect(await ofKind('webhook_test_failed')).toHaveLength(1);
    receiver.answerWith((_request, response) => json(response, 200, { ok: true }));
    await testCallFunction(t.ctx, { functionId: fn.id });
    expect(await ofKind('webhook_test_failed')).toEqual([]);
  });

  it('says what failed when no answer came: a refused connection, a timeout', async () => {
    const refused = await addWebhook(desk.id, 'post_session', 'log_conversation');
    const slow = await addWebhook(desk.id, 'during_session', 'slow_lookup', '/slow');
    // Nothing listens on the receiver's port once it is closed.
    receiver.answerWith((request, response) => {
      if (request.url === '/slow') setTimeout(() => json(response, 200, {}), 1500);
      else json(response, 200, {});
    });
    await testCallFunction(t.ctx, { functionId: slow.id });
    await receiver.close();
    await testCallFunction(t.ctx, { functionId: refused.id });
    const reasons = Object.fromEntries((await ofKind('webhook_test_failed')).map((finding) => [finding.functionIds[0], finding.reason]));
    expect(reasons[refused.id]).toMatch(/^log_conversation's webhook failed its last test call \(connection refused, just now\)/);
    expect(reasons[slow.id]).toMatch(/^slow_lookup's webhook failed its last test call \(timed out, just now\)\. The webhook did not answer within 1000 ms/);
    receiver = await startReceiver();
  });

  it('tells the age of an older failure against the time the review was read', async () => {
    const fn = await addWebhook(desk.id, 'during_session', 'lookup_order');
    receiver.answerWith((_request, response) => json(response, 404, {}));
    await testCallFunction(t.ctx, { functionId: fn.id });
    const calls = await lastTestCalls(t.ctx);
    const review = await loadWorkspaceReview(t.ctx);
    const later = (calls.get(fn.id)?.calledAt.getTime() ?? 0) + 3 * 60_000 + 5_000;
    const findings = findFindings(review.agents, await listAllFunctions(t.ctx), review.rows, { lastTestCalls: calls, startedWith: new Set(), now: later });
    expect(findings.find((finding) => finding.kind === 'webhook_test_failed')?.reason).toMatch(/\(HTTP 404, 3 min ago\)/);
  });
});

describe('finding: Pre-Session function never runs', () => {
  it('flags a Pre-Session function of an agent reached only by handoff, naming who hands off to it, until a conversation starts with it', async () => {
    expect(FINDING_LABELS.pre_session_never_runs).toBe('Pre-Session function never runs');
    const billing = await makeAgent(t.ctx, 'Billing');
    const sales = await makeAgent(t.ctx, 'Sales');
    await makeHandoff(t.ctx, desk.id, { targetAgentId: billing.id });
    await makeHandoff(t.ctx, sales.id, { targetAgentId: billing.id, description: 'Hand off when the customer asks about an invoice for a purchase.' });
    const load = await addWebhook(billing.id, 'pre_session', 'load_account');
    // The desk's own Pre-Session function is fine: nothing hands off to it, so conversations start there.
    await addWebhook(desk.id, 'pre_session', 'load_customer');

    const [finding, ...rest] = await ofKind('pre_session_never_runs');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      id: `pre_session_never_runs:${load.id}`,
      severity: 'warning',
      title: 'Pre-Session function never runs: Billing: Custom Function (load_account)',
      fix: { href: `/integrations/agentic-functions/${billing.id}#fn-${load.id}` },
      agentIds: [billing.id],
      functionIds: [load.id],
    });
    expect(finding?.reason).toContain('Billing is reached by handoff from Front Desk and Sales');
    expect(finding?.reason).toContain('Pre-Session functions run only when a conversation starts with the agent');

    // One conversation that starts with Billing runs it: the finding goes.
    await createSession(t.ctx, { agentId: billing.id }, createScriptedEngine([]));
    expect(await ofKind('pre_session_never_runs')).toEqual([]);
  });

  it('needs an enabled handoff to the agent and an enabled Pre-Session function', async () => {
    const billing = await makeAgent(t.ctx, 'Billing');
    const handoff = await makeHandoff(t.ctx, desk.id, { targetAgentId: billing.id });
    const load = await addWebhook(billing.id, 'pre_session', 'load_account');
    expect(await ofKind('pre_session_never_runs')).toHaveLength(1);

    await updateFunction(t.ctx, handoff.id, { version: handoff.version, enabled: false });
    expect(await ofKind('pre_session_never_runs')).toEqual([]);
    await updateFunction(t.ctx, handoff.id, { version: handoff.version + 1, enabled: true });
    await updateFunction(t.ctx, load.id, { version: load.version, enabled: false });
    expect(await ofKind('pre_session_never_runs')).toEqual([]);
  });

  it('only a conversation that started with the agent counts, not one handed to it', async () => {
    const billing = await makeAgent(t.ctx, 'Billing');
    await makeHandoff(t.ctx, desk.id, { targetAgentId: billing.id });
    await addWebhook(billing.id, 'pre_session', 'load_account');
    await createSession(t.ctx, { agentId: desk.id }, createScriptedEngine([]));
    expect(await ofKind('pre_session_never_runs')).toHaveLength(1);
  });
});
