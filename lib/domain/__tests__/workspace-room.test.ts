import { describe, expect, it } from 'vitest';
import { agenticFunctions, agents, auditEvents } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { toErrorResponse } from '@/lib/api/errors';
import { createAgent } from '@/lib/agents/service';
import { listFunctionHistory } from '@/lib/functions/history';
import { restoreFunction } from '@/lib/functions/restore';
import { deleteFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { errorToFormState } from '@/lib/validation/form-state';
import { ConflictError } from '../errors';

const t = setupTestContext();

const rows = async () => ({
  agents: (await t.ctx.db.select().from(agents)).length,
  functions: (await t.ctx.db.select().from(agenticFunctions)).length,
  audit: (await t.ctx.db.select().from(auditEvents)).length,
});

describe('a workspace at its limit', () => {
  it('refuses one more agent with a 409 that names the limit, in the API and the form alike', async () => {
    const small = { ...t.ctx, limits: { agents: 3, functions: 10 } };
    for (const name of ['Front Desk', 'Billing', 'Claims']) await makeAgent(small, name);
    const before = await rows();
    const refusal = await makeAgent(small, 'Returns').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConflictError);
    const message = 'This workspace already has 3 agents, the most a workspace can hold (3). Delete one before adding another.';
    expect((refusal as ConflictError).message).toBe(message);
    expect(await rows()).toEqual(before);
    const response = toErrorResponse(refusal);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { message, code: 'conflict' } });
    expect(errorToFormState(refusal)).toMatchObject({ status: 'error', message });
  });

  it('refuses one more function, and a restore that would bring a deleted one back', async () => {
    const small = { ...t.ctx, limits: { agents: 10, functions: 2 } };
    const [front, billing, claims] = [await makeAgent(small, 'Front Desk'), await makeAgent(small, 'Billing'), await makeAgent(small, 'Claims')];
    const first = await makeHandoff(small, front.id, { targetAgentId: billing.id });
    await makeHandoff(small, front.id, { targetAgentId: claims.id });
    const before = await rows();
    await expect(makeHandoff(small, billing.id, { targetAgentId: claims.id })).rejects.toThrow(
      'This workspace already has 2 agentic functions, the most a workspace can hold (2). Delete one before adding another.',
    );
    expect(await rows()).toEqual(before);

    // Deleting makes room; taking it again leaves none for restoring the deleted one.
    const created = (await listFunctionHistory(small, first.id)).find((event) => event.action === 'create');
    await deleteFunction(small, first.id);
    await makeHandoff(small, billing.id, { targetAgentId: claims.id });
    await expect(restoreFunction(small, first.id, { eventId: created?.id as string })).rejects.toThrow(
      'Version 1 cannot be restored: this workspace already has 2 agentic functions, the most a workspace can hold (2).',
    );
  });

  it('counts the creates of one transaction against each other, as an import makes them', async () => {
    const small = { ...t.ctx, limits: { agents: 3, functions: 10 } };
    await makeAgent(small, 'Front Desk');
    await withTransaction(small, async (tx) => {
      await createAgent(tx, { name: 'Billing', description: 'Invoices.', instructions: '', greeting: '' });
      await createAgent(tx, { name: 'Claims', description: 'Claims.', instructions: '', greeting: '' });
      await expect(createAgent(tx, { name: 'Returns', description: 'Returns.', instructions: '', greeting: '' })).rejects.toThrow(
        'This workspace already has 3 agents',
      );
    });
    expect((await rows()).agents).toBe(3);
  });
});
