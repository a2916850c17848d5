import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgent, type Agent } from '@/lib/agents/service';
import { redactFunctionSecrets } from '@/lib/function-types/redact-secrets';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { ValidationError } from '@/lib/domain/errors';
import { createFunction, listAllFunctions, updateFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { createTestContext } from '@/lib/testing/test-context';
import { exportWorkspace } from '@/lib/workspace-transfer/export';
import { importWorkspace } from '@/lib/workspace-transfer/import';
import { lastTestCalls, testCallFunction } from '../test-call';
import { json, startReceiver } from './receiver';

const t = setupTestContext();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let desk: Agent;

beforeEach(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = '1';
  receiver = await startReceiver();
  desk = await createAgent(t.ctx, { name: 'Front Desk', description: 'Answers customers.', instructions: '', greeting: '' });
});
afterEach(async () => {
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  await receiver.close();
});

const addLookup = () =>
  createFunction(
    t.ctx,
    desk.id,
    FunctionCreateSchema.parse({
      phase: 'during_session',
      type: 'custom_function',
      config: {
        name: 'lookup_order',
        description: 'Look up an order when the customer asks where it is.',
        url: `${receiver.url}/hook`,
        parameters: [{ name: 'kind', type: 'enum', description: '', required: true, values: ['web', 'store'] }],
        headers: [{ name: 'Authorization', value: 'Bearer topsecret' }],
      },
    }),
  );

describe('Custom Functions in export, import, API answers and test calls', () => {
  it('exports without header values, each flagged needsSecret; the import brings the function in disabled, naming the secret to enter', async () => {
    await addLookup();
    const doc = await exportWorkspace(t.ctx);
    expect(JSON.stringify(doc)).not.toContain('topsecret');
    expect(doc.functions[0]?.config.headers).toEqual([{ name: 'Authorization', value: '', needsSecret: true }]);

    const other = await createTestContext();
    try {
      const plan = await importWorkspace({ ...other, workspaceId: other.workspaceId }, JSON.parse(JSON.stringify(doc)), { dryRun: false });
      expect(plan.items.find((item) => item.entity === 'function')).toMatchObject({ action: 'create', needsSecrets: ['Authorization'] });
      const [imported] = await listAllFunctions(other);
      expect(imported).toMatchObject({ type: 'custom_function', enabled: false });
      expect(imported?.config.headers).toEqual([{ name: 'Authorization', value: '' }]);
      // It cannot be switched on before the secret is entered: it would call its webhook with an empty header.
      const id = imported?.id as string;
      await expect(updateFunction(other, id, { version: 1, enabled: true })).rejects.toMatchObject({
        constructor: ValidationError,
        fieldErrors: { 'config.headers': ['Enter the value of Authorization: a function that calls its webhook without it cannot be enabled.'] },
      });
      const withSecret = { ...imported?.config, headers: [{ name: 'Authorization', value: 'Bearer other' }] };
      expect(await updateFunction(other, id, { version: 1, config: withSecret, enabled: true })).toMatchObject({ enabled: true, version: 2 });
    } finally {
      await other.close();
    }
    // Importing back where the secret is stored keeps it, and the function stays enabled.
    const plan = await importWorkspace(t.ctx, JSON.parse(JSON.stringify(doc)), { dryRun: false });
    expect(plan.items.find((item) => item.entity === 'function')).toMatchObject({ action: 'keep' });
    const [kept] = await listAllFunctions(t.ctx);
    expect(kept).toMatchObject({ enabled: true, config: { headers: [{ name: 'Authorization', value: 'Bearer topsecret' }] } });
  });

  it('API answers carry no secret', async () => {
    const fn = await addLookup();
    expect(JSON.stringify(redactFunctionSecrets(fn))).not.toContain('topsecret');
    expect(redactFunctionSecrets(fn).config.headers).toEqual([{ name: 'Authorization', value: '', hasValue: true }]);
  });

  it('a test call sends a sample body with the stored secret, answers what came back, and keeps the last outcome of the function as saved', async () => {
    const fn = await addLookup();
    receiver.answerWith((_request, response) => json(response, 200, { pong: true }));
    const ok = await testCallFunction(t.ctx, { functionId: fn.id });
    expect(ok).toMatchObject({ status: 200, result: { pong: true } });
    expect(receiver.received[0]?.body).toMatchObject({ phase: 'during_session', arguments: { kind: 'web' }, test: true });
    expect(receiver.received[0]?.headers.authorization).toBe('Bearer topsecret');
    expect((await lastTestCalls(t.ctx)).get(fn.id)).toMatchObject({ ok: true, status: 200 });

    receiver.answerWith((_request, response) => json(response, 404, { error: 'no such route' }));
    const failed = await testCallFunction(t.ctx, { functionId: fn.id, config: { name: 'lookup_order', description: 'Look up orders.', url: `${receiver.url}/draft`, headers: [{ name: 'Authorization', value: '' }] } });
    expect(failed).toMatchObject({ status: 404, error: expect.stringMatching(/answered 404/) });
    expect(receiver.received[1]?.url).toBe('/draft');
    expect(receiver.received[1]?.headers.authorization).toBe('Bearer topsecret');
    // A draft (another URL than the saved one) was tested, not the function: its outcome is not kept.
    expect((await lastTestCalls(t.ctx)).get(fn.id)).toMatchObject({ ok: true, status: 200 });
    await testCallFunction(t.ctx, { functionId: fn.id });
    expect((await lastTestCalls(t.ctx)).get(fn.id)).toMatchObject({ ok: false, status: 404 });
  });

  it('a draft test call with a bad config is refused with field errors, sending nothing', async () => {
    await expect(testCallFunction(t.ctx, { agentId: desk.id, config: { name: 'bad name', description: '', url: 'ftp://x' } })).rejects.toMatchObject({
      fieldErrors: expect.objectContaining({ 'config.name': expect.any(Array), 'config.url': expect.any(Array) }),
    });
    expect(receiver.received).toHaveLength(0);
  });
});
