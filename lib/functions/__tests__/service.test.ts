import { describe, expect, it } from 'vitest';
import { agenticFunctions, auditEvents } from '@/db/schema';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeHandoff } from '@/lib/testing/factories';
import { FunctionCreateSchema } from '../schema';
import { createFunction, deleteFunction, getFunction, listAllFunctions, listFunctionsForAgent, updateFunction } from '../service';

const team = setupSupportTeam();

const functionCount = async () => (await team.ctx.db.select().from(agenticFunctions)).length;
const auditCount = async () => (await team.ctx.db.select().from(auditEvents)).length;

describe('functions service', () => {
  it('creates a handoff with its default tool name, target column and audit event', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id });
    expect(fn).toMatchObject({ agentId: team.general.id, targetAgentId: team.tech.id, toolName: 'transfer_to_technical_support', version: 1, position: 0 });
    const audit = (await team.ctx.db.select().from(auditEvents)).filter((e) => e.entityType === 'function');
    expect(audit).toEqual([expect.objectContaining({ entityId: fn.id, action: 'create', before: null })]);
    const listed = await listFunctionsForAgent(team.ctx, team.general.id);
    expect(listed[0]?.targetAgent?.name).toBe('Technical Support');
  });

  it('refuses a handoff to the agent itself, to an unknown agent, or a second one to the same target, writing nothing', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    const before = [await functionCount(), await auditCount()];
    await expect(makeHandoff(team.ctx, team.general.id, { targetAgentId: team.general.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(makeHandoff(team.ctx, team.general.id, { targetAgentId: 'agt_missing' })).rejects.toMatchObject({
      fieldErrors: { 'config.targetAgentId': ['This Target Agent does not exist in this workspace.'] },
    });
    await expect(makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id })).rejects.toThrow(
      'General Support already hands off to Billing (transfer_to_billing). Edit that function instead of adding another.',
    );
    expect([await functionCount(), await auditCount()]).toEqual(before);
  });

  it('refuses a tool name already used by the same agent', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, toolName: 'escalate' });
    await expect(makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id, toolName: 'escalate' })).rejects.toMatchObject({
      fieldErrors: { 'config.toolName': [expect.stringMatching(/already has a tool named escalate/)] },
    });
    // Another agent may use the same name.
    await expect(makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id, toolName: 'escalate' })).resolves.toBeTruthy();
  });

  it('refuses a tool name that differs only in case, on the field where each type takes its name', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await expect(makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id, toolName: 'TRANSFER_TO_BILLING' })).rejects.toMatchObject({
      fieldErrors: {
        'config.toolName': ['General Support already has a tool named transfer_to_billing, which differs from TRANSFER_TO_BILLING only in case. Tool names must be unique within an agent.'],
      },
    });
    // A Custom Function's name is its tool name: the clash is shown on its Name field.
    const custom = FunctionCreateSchema.parse({
      phase: 'during_session',
      type: 'custom_function',
      config: { name: 'Transfer_To_Billing', description: 'Looks up an order.', url: 'https://example.com/hook' },
    });
    await expect(createFunction(team.ctx, team.general.id, custom)).rejects.toMatchObject({
      fieldErrors: { 'config.name': [expect.stringMatching(/already has a tool named transfer_to_billing/)] },
    });
  });

  it('refuses to add to an agent that does not exist', async () => {
    const input = FunctionCreateSchema.parse({ phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: team.billing.id, description: 'x' } });
    await expect(createFunction(team.ctx, 'agt_missing', input)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('updates with the current version, re-deriving the default tool name when retargeted', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    const updated = await updateFunction(team.ctx, fn.id, { version: 1, config: { targetAgentId: team.tech.id, toolName: '' } });
    expect(updated).toMatchObject({ version: 2, targetAgentId: team.tech.id, toolName: 'transfer_to_technical_support' });
    const audit = (await team.ctx.db.select().from(auditEvents)).find((e) => e.action === 'update');
    expect(audit?.before).toMatchObject({ targetAgentId: team.billing.id });
    expect(audit?.after).toMatchObject({ targetAgentId: team.tech.id });
    // What the save answers (the API's PATCH sends it) is the function as it now reads back, new target and all.
    expect(updated).toEqual(await getFunction(team.ctx, fn.id));
    expect(updated.targetAgent).toMatchObject({ id: team.tech.id, name: team.tech.name });
    const disabled = await updateFunction(team.ctx, fn.id, { version: 2, enabled: false });
    expect(disabled).toEqual(await getFunction(team.ctx, fn.id));
  });

  it('refuses a stale version without writing', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await updateFunction(team.ctx, fn.id, { version: 1, config: { description: 'Newer text when the customer asks about refunds.' } });
    const stale = updateFunction(team.ctx, fn.id, { version: 1, config: { description: 'Older text' } });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ code: 'stale_version' });
    expect((await getFunction(team.ctx, fn.id)).config.description).toBe('Newer text when the customer asks about refunds.');
  });

  it('validates a changed config with the type’s schema, keyed config.*', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await expect(updateFunction(team.ctx, fn.id, { version: 1, config: { description: '' } })).rejects.toMatchObject({
      fieldErrors: { 'config.description': [expect.any(String)] },
    });
  });

  it('records enable and disable as such', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await updateFunction(team.ctx, fn.id, { version: 1, enabled: false });
    await updateFunction(team.ctx, fn.id, { version: 2, enabled: true });
    const actions = (await team.ctx.db.select().from(auditEvents)).filter((e) => e.entityId === fn.id).map((e) => e.action);
    expect(actions).toEqual(['create', 'disable', 'enable']);
  });

  it('deletes a function and keeps its history', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await deleteFunction(team.ctx, fn.id);
    expect(await listAllFunctions(team.ctx)).toEqual([]);
    const deleted = (await team.ctx.db.select().from(auditEvents)).find((e) => e.action === 'delete');
    expect(deleted).toMatchObject({ entityId: fn.id, after: null });
    await expect(deleteFunction(team.ctx, fn.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps functions in order within a phase', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    const second = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id });
    expect(second.position).toBe(1);
  });
});
