import { beforeEach, describe, expect, it } from 'vitest';
import { agenticFunctions, auditEvents } from '@/db/schema';
import { deleteAgent } from '@/lib/agents/service';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { listFunctionHistory } from '../history';
import { restoreFunction } from '../restore';
import { deleteFunction, getFunction, updateFunction } from '../service';

const t = setupTestContext();
let general: Awaited<ReturnType<typeof makeAgent>>;
let billing: Awaited<ReturnType<typeof makeAgent>>;
let tech: Awaited<ReturnType<typeof makeAgent>>;

beforeEach(async () => {
  general = await makeAgent(t.ctx, 'General Support');
  billing = await makeAgent(t.ctx, 'Billing');
  tech = await makeAgent(t.ctx, 'Technical Support');
});

const FIRST = 'Hand off when the customer asks about invoices or payments.';
const SECOND = 'Hand off when the customer asks about refunds.';
const eventFor = async (functionId: string, version: number) =>
  (await listFunctionHistory(t.ctx, functionId)).find((e) => (e.after ?? e.before)?.version === version && e.action !== 'delete');
const auditCount = async () => (await t.ctx.db.select().from(auditEvents)).length;

describe('restoreFunction', () => {
  it('puts back an earlier version as a new version, audited as restore', async () => {
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: FIRST });
    await updateFunction(t.ctx, fn.id, { version: 1, config: { description: SECOND } });
    await updateFunction(t.ctx, fn.id, { version: 2, enabled: false });
    const v1 = await eventFor(fn.id, 1);
    const restored = await restoreFunction(t.ctx, fn.id, { eventId: v1?.id as string, version: 3 });
    expect(restored).toMatchObject({ version: 4, enabled: true, config: { description: FIRST } });
    expect((await getFunction(t.ctx, fn.id)).config.description).toBe(FIRST);
    const history = await listFunctionHistory(t.ctx, fn.id);
    expect(history.map((e) => e.action)).toEqual(['restore', 'disable', 'update', 'create']);
    expect(history[0]).toMatchObject({ before: expect.objectContaining({ version: 3 }), after: expect.objectContaining({ version: 4 }) });
  });

  it('refuses a stale version and an entry of another function, writing nothing', async () => {
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: FIRST });
    const other = await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id });
    await updateFunction(t.ctx, fn.id, { version: 1, config: { description: SECOND } });
    const v1 = await eventFor(fn.id, 1);
    const before = await auditCount();
    await expect(restoreFunction(t.ctx, fn.id, { eventId: v1?.id as string, version: 1 })).rejects.toMatchObject({ code: 'stale_version' });
    await expect(restoreFunction(t.ctx, other.id, { eventId: v1?.id as string })).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditCount()).toBe(before);
  });

  it('runs the same checks as an update: a target now taken by another handoff is refused', async () => {
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: FIRST });
    await updateFunction(t.ctx, fn.id, { version: 1, config: { targetAgentId: tech.id, toolName: '' } });
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: SECOND });
    const v1 = await eventFor(fn.id, 1);
    const attempt = restoreFunction(t.ctx, fn.id, { eventId: v1?.id as string });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow('Version 1 cannot be restored: General Support already hands off to Billing (transfer_to_billing).');
    expect((await getFunction(t.ctx, fn.id)).targetAgentId).toBe(tech.id);
  });

  it('recreates a deleted function under its id, with the next version', async () => {
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: FIRST });
    await updateFunction(t.ctx, fn.id, { version: 1, config: { description: SECOND } });
    await deleteFunction(t.ctx, fn.id);
    const deletion = (await listFunctionHistory(t.ctx, fn.id))[0];
    expect(deletion?.action).toBe('delete');
    const restored = await restoreFunction(t.ctx, fn.id, { eventId: deletion?.id as string });
    expect(restored).toMatchObject({ id: fn.id, version: 3, config: { description: SECOND }, targetAgentId: billing.id });
    expect((await listFunctionHistory(t.ctx, fn.id))[0]).toMatchObject({ action: 'restore', before: null });
  });

  it('refuses to recreate a function whose target or agent is gone, saying which', async () => {
    const toTech = await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id });
    const fromTech = await makeHandoff(t.ctx, tech.id, { targetAgentId: billing.id });
    await deleteFunction(t.ctx, toTech.id);
    await deleteAgent(t.ctx, tech.id);
    const deletedTo = (await listFunctionHistory(t.ctx, toTech.id))[0];
    const deletedFrom = (await listFunctionHistory(t.ctx, fromTech.id))[0];
    await expect(restoreFunction(t.ctx, toTech.id, { eventId: deletedTo?.id as string })).rejects.toThrow(
      'Version 1 cannot be restored: it hands off to Technical Support (deleted), which no longer exists.',
    );
    await expect(restoreFunction(t.ctx, fromTech.id, { eventId: deletedFrom?.id as string })).rejects.toThrow(
      'This function cannot be restored: the agent it belonged to, Technical Support (deleted), no longer exists.',
    );
    await expect(restoreFunction(t.ctx, fromTech.id, { eventId: deletedFrom?.id as string })).rejects.toBeInstanceOf(ValidationError);
    expect((await t.ctx.db.select().from(agenticFunctions))).toEqual([]);
  });
});
