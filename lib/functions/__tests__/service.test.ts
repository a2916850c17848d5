import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agenticFunctions, auditEvents } from '@/db/schema';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import type { Agent } from '@/lib/agents/service';
import { makeHandoff, makeSupportTeam } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { FunctionCreateSchema } from '../schema';
import { createFunction, deleteFunction, getFunction, listAllFunctions, listFunctionsForAgent, updateFunction } from '../service';

let ctx: Awaited<ReturnType<typeof createTestContext>>;
let general: Agent;
let billing: Agent;
let tech: Agent;

beforeEach(async () => {
  ctx = await createTestContext();
  ({ general, billing, tech } = await makeSupportTeam(ctx));
});
afterEach(() => ctx.close());

const functionCount = async () => (await ctx.db.select().from(agenticFunctions)).length;
const auditCount = async () => (await ctx.db.select().from(auditEvents)).length;

describe('functions service', () => {
  it('creates a handoff with its default tool name, target column and audit event', async () => {
    const fn = await makeHandoff(ctx, general.id, { targetAgentId: tech.id });
    expect(fn).toMatchObject({ agentId: general.id, targetAgentId: tech.id, toolName: 'transfer_to_technical_support', version: 1, position: 0 });
    const audit = (await ctx.db.select().from(auditEvents)).filter((e) => e.entityType === 'function');
    expect(audit).toEqual([expect.objectContaining({ entityId: fn.id, action: 'create', before: null })]);
    const listed = await listFunctionsForAgent(ctx, general.id);
    expect(listed[0]?.targetAgent?.name).toBe('Technical Support');
  });

  it('refuses a handoff to the agent itself, to an unknown agent, or a second one to the same target, writing nothing', async () => {
    await makeHandoff(ctx, general.id, { targetAgentId: billing.id });
    const before = [await functionCount(), await auditCount()];
    await expect(makeHandoff(ctx, general.id, { targetAgentId: general.id })).rejects.toBeInstanceOf(ValidationError);
    await expect(makeHandoff(ctx, general.id, { targetAgentId: 'agt_missing' })).rejects.toMatchObject({
      fieldErrors: { 'config.targetAgentId': ['This Target Agent does not exist in this workspace.'] },
    });
    await expect(makeHandoff(ctx, general.id, { targetAgentId: billing.id })).rejects.toThrow(
      'General Support already hands off to Billing (transfer_to_billing). Edit that function instead of adding another.',
    );
    expect([await functionCount(), await auditCount()]).toEqual(before);
  });

  it('refuses a tool name already used by the same agent', async () => {
    await makeHandoff(ctx, general.id, { targetAgentId: billing.id, toolName: 'escalate' });
    await expect(makeHandoff(ctx, general.id, { targetAgentId: tech.id, toolName: 'escalate' })).rejects.toMatchObject({
      fieldErrors: { 'config.toolName': [expect.stringMatching(/already has a tool named escalate/)] },
    });
    // Another agent may use the same name.
    await expect(makeHandoff(ctx, billing.id, { targetAgentId: tech.id, toolName: 'escalate' })).resolves.toBeTruthy();
  });

  it('refuses to add to an agent that does not exist', async () => {
    const input = FunctionCreateSchema.parse({ phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: billing.id, description: 'x' } });
    await expect(createFunction(ctx, 'agt_missing', input)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('updates with the current version, re-deriving the default tool name when retargeted', async () => {
    const fn = await makeHandoff(ctx, general.id, { targetAgentId: billing.id });
    const updated = await updateFunction(ctx, fn.id, { version: 1, config: { targetAgentId: tech.id, toolName: '' } });
    expect(updated).toMatchObject({ version: 2, targetAgentId: tech.id, toolName: 'transfer_to_technical_support' });
    const audit = (await ctx.db.select().from(auditEvents)).find((e) => e.action === 'update');
    expect(audit?.before).toMatchObject({ targetAgentId: billing.id });
    expect(audit?.after).toMatchObject({ targetAgentId: tech.id });
  });

  it('refuses a stale version without writing', async () => {
    const fn = await makeHandoff(ctx, general.id, { targetAgentId: billing.id });
    await updateFunction(ctx, fn.id, { version: 1, config: { description: 'Newer text when the customer asks about refunds.' } });
    const stale = updateFunction(ctx, fn.id, { version: 1, config: { description: 'Older text' } });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ code: 'stale_version' });
    expect((await getFunction(ctx, fn.id)).config.description).toBe('Newer text when the customer asks about refunds.');
  });

  it('validates a changed config with the type’s schema, keyed config.*', async () => {
    const fn = await makeHandoff(ctx, general.id, { targetAgentId: billing.id });
    await expect(updateFunction(ctx, fn.id, { version: 1, config: { description: '' } })).rejects.toMatchObject({
      fieldErrors: { 'config.description': [expect.any(String)] },
    });
  });

  it('records enable and disable as such', async () => {
    const fn = await makeHandoff(ctx, general.id, { targetAgentId: billing.id });
    await updateFunction(ctx, fn.id, { version: 1, enabled: false });
    await updateFunction(ctx, fn.id, { version: 2, enabled: true });
    const actions = (await ctx.db.select().from(auditEvents)).filter((e) => e.entityId === fn.id).map((e) => e.action);
    expect(actions).toEqual(['create', 'disable', 'enable']);
  });

  it('deletes a function and keeps its history', async () => {
    const fn = await makeHandoff(ctx, general.id, { targetAgentId: billing.id });
    await deleteFunction(ctx, fn.id);
    expect(await listAllFunctions(ctx)).toEqual([]);
    const deleted = (await ctx.db.select().from(auditEvents)).find((e) => e.action === 'delete');
    expect(deleted).toMatchObject({ entityId: fn.id, after: null });
    await expect(deleteFunction(ctx, fn.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps functions in order within a phase', async () => {
    await makeHandoff(ctx, general.id, { targetAgentId: billing.id });
    const second = await makeHandoff(ctx, general.id, { targetAgentId: tech.id });
    expect(second.position).toBe(1);
  });
});
