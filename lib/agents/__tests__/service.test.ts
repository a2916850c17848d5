import { describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import { ConflictError, NotFoundError } from '@/lib/domain/errors';
import { listFunctionsForAgent } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createAgent, deleteAgent, getAgent, listAgents, updateAgent } from '../service';

const t = setupTestContext();

describe('agents service', () => {
  it('creates an agent with a slug and records who created it', async () => {
    const agent = await makeAgent(t.ctx, 'Technical Support');
    expect(agent.slug).toBe('technical-support');
    expect(await getAgent(t.ctx, agent.id)).toEqual(agent);
    const audit = (await t.ctx.db.select().from(auditEvents));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'tester', entityType: 'agent', entityId: agent.id, action: 'create', before: null });
    expect(audit[0]?.after).toMatchObject({ name: 'Technical Support' });
  });

  it('refuses a name that is taken, ignoring case and spacing, and writes nothing', async () => {
    await makeAgent(t.ctx, 'Billing');
    await expect(makeAgent(t.ctx, 'billing')).rejects.toBeInstanceOf(ConflictError);
    await expect(makeAgent(t.ctx, ' BILLING ')).rejects.toThrow(/already exists/);
    expect(await listAgents(t.ctx)).toHaveLength(1);
    expect((await t.ctx.db.select().from(auditEvents))).toHaveLength(1);
  });

  it('lists agents by name with their function counts', async () => {
    const sales = await makeAgent(t.ctx, 'Sales');
    const billing = await makeAgent(t.ctx, 'Billing');
    await makeHandoff(t.ctx, sales.id, { targetAgentId: billing.id });
    const list = await listAgents(t.ctx);
    expect(list.map((a) => [a.name, a.functionCount])).toEqual([
      ['Billing', 0],
      ['Sales', 1],
    ]);
  });

  it('updates fields, bumps the version and keeps before/after in the audit log', async () => {
    const agent = await makeAgent(t.ctx, 'Billing');
    const updated = await updateAgent(t.ctx, agent.id, { greeting: 'Billing here!', version: agent.version });
    expect(updated).toMatchObject({ greeting: 'Billing here!', version: 2, name: 'Billing' });
    const update = (await t.ctx.db.select().from(auditEvents)).find((e) => e.action === 'update');
    expect(update?.before).toMatchObject({ greeting: 'Hi, Billing here.' });
    expect(update?.after).toMatchObject({ greeting: 'Billing here!' });
  });

  it('refuses a stale version and a rename onto another agent', async () => {
    const agent = await makeAgent(t.ctx, 'Billing');
    await makeAgent(t.ctx, 'Sales');
    await updateAgent(t.ctx, agent.id, { greeting: 'One' });
    await expect(updateAgent(t.ctx, agent.id, { greeting: 'Two', version: 1 })).rejects.toMatchObject({ code: 'stale_version' });
    await expect(updateAgent(t.ctx, agent.id, { name: 'sales' })).rejects.toBeInstanceOf(ConflictError);
    expect((await getAgent(t.ctx, agent.id)).greeting).toBe('One');
  });

  it('refuses to delete a handoff target, naming the handoff, and changes nothing', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id });
    await expect(deleteAgent(t.ctx, billing.id)).rejects.toThrow(
      'Billing cannot be deleted: 1 handoff targets it: General Support → Billing (transfer_to_billing). Remove or retarget it first.',
    );
    expect(await getAgent(t.ctx, billing.id)).toBeTruthy();
  });

  it('deletes an agent together with its own functions in one transaction', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id });
    await deleteAgent(t.ctx, general.id);
    await expect(getAgent(t.ctx, general.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listFunctionsForAgent(t.ctx, general.id)).rejects.toBeInstanceOf(NotFoundError);
    const deletes = (await t.ctx.db.select().from(auditEvents)).filter((e) => e.action === 'delete');
    expect(deletes.map((e) => e.entityType).sort()).toEqual(['agent', 'function']);
    // Billing is no longer a target, so it can go now.
    await deleteAgent(t.ctx, billing.id);
    expect(await listAgents(t.ctx)).toEqual([]);
  });

  it('never shows or changes an agent of another workspace', async () => {
    const agent = await createAgent(t.ctx, { name: 'Billing', description: 'd', instructions: '', greeting: '' });
    const other = { ...t.ctx, workspaceId: 'ws_other' };
    await expect(getAgent(other, agent.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteAgent(other, agent.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
