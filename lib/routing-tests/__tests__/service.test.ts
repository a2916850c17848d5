import { describe, expect, it } from 'vitest';
import { auditEvents, routingTests } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { deleteAgent } from '@/lib/agents/service';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { loadWorkspaceHistory } from '@/lib/review/history-load';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeAgent } from '@/lib/testing/factories';
import { ROUTING_TEST_LIMITS } from '../limits';
import { RoutingTestSchema, type RoutingTestRequest } from '../schema';
import { createRoutingTest, deleteRoutingTest, getRoutingTest, listRoutingTests, updateRoutingTest } from '../service';

const team = setupSupportTeam();

const input = (over: Partial<RoutingTestRequest> = {}) => RoutingTestSchema.parse({ messages: ['I was charged twice'], expect: { handoffTo: team.billing.id }, ...over });
const counts = async () => ({
  tests: (await team.ctx.db.select().from(routingTests)).length,
  audit: (await team.ctx.db.select().from(auditEvents)).filter((event) => event.entityType === 'routing_test').length,
});
/** `n` cases for `agentId` written straight to the table: the limits are about counts, not about how rows came. */
async function fill(agentId: string, n: number) {
  const now = new Date();
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `rt_fill_${agentId}_${i}`,
    workspaceId: team.ctx.workspaceId,
    agentId,
    messages: [`message ${i}`],
    expectHandoffTo: null,
    position: i,
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < rows.length; i += 500) await team.ctx.db.insert(routingTests).values(rows.slice(i, i + 500));
}

describe('routing tests service', () => {
  it('creates a case with its audit event, and lists cases by agent name then position', async () => {
    const created = await createRoutingTest(team.ctx, team.general.id, input({ name: 'Double charge' }));
    expect(created).toEqual({
      id: expect.stringMatching(/^rt_/),
      agentId: team.general.id,
      name: 'Double charge',
      messages: ['I was charged twice'],
      expect: { handoffTo: team.billing.id },
      version: 1,
      createdAt: expect.any(String),
      updatedAt: created.createdAt,
    });
    const second = await createRoutingTest(team.ctx, team.general.id, input({ messages: ['hello', 'thanks, bye'], expect: { handoffTo: null } }));
    const ofTech = await createRoutingTest(team.ctx, team.tech.id, input({ messages: ['my card was declined'] }));
    const ofBilling = await createRoutingTest(team.ctx, team.billing.id, input({ messages: ['the app crashes'], expect: { handoffTo: team.tech.id } }));
    expect((await listRoutingTests(team.ctx)).map((test) => test.id)).toEqual([ofBilling.id, created.id, second.id, ofTech.id]);
    expect((await listRoutingTests(team.ctx, { agentId: team.general.id })).map((test) => test.id)).toEqual([created.id, second.id]);
    expect(await getRoutingTest(team.ctx, second.id)).toEqual(second);

    const [audit] = (await team.ctx.db.select().from(auditEvents)).filter((event) => event.entityId === created.id);
    expect(audit).toMatchObject({ entityType: 'routing_test', action: 'create', actor: 'tester', before: null });
    expect(audit?.after).toMatchObject({ agentId: team.general.id, messages: ['I was charged twice'], expectHandoffTo: team.billing.id, version: 1 });
  });

  it('refuses an unknown start agent (not found) and an expected agent that is the start agent or unknown, on the field', async () => {
    await expect(createRoutingTest(team.ctx, 'agt_missing', input())).rejects.toBeInstanceOf(NotFoundError);
    await expect(listRoutingTests(team.ctx, { agentId: 'agt_missing' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createRoutingTest(team.ctx, team.general.id, input({ expect: { handoffTo: team.general.id } }))).rejects.toMatchObject({
      constructor: ValidationError,
      fieldErrors: { 'expect.handoffTo': ['The test starts with General Support, so it cannot hand off to General Support: choose another agent, or No handoff.'] },
    });
    await expect(createRoutingTest(team.ctx, team.general.id, input({ expect: { handoffTo: 'agt_missing' } }))).rejects.toMatchObject({
      fieldErrors: { 'expect.handoffTo': ['This agent does not exist in this workspace: choose another, or No handoff.'] },
    });
    expect(await counts()).toEqual({ tests: 0, audit: 0 });
    await expect(getRoutingTest(team.ctx, 'rt_missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a second case of one start agent with the same messages, on create and on update, on the field', async () => {
    const first = await createRoutingTest(team.ctx, team.general.id, input({ name: 'Double charge' }));
    // The same words expecting another outcome would contradict the first: one of the two always fails.
    await expect(createRoutingTest(team.ctx, team.general.id, input({ messages: ['  I was charged twice '], expect: { handoffTo: null } }))).rejects.toMatchObject({
      constructor: ValidationError,
      fieldErrors: { messages: ['General Support already has a test with this message (“Double charge”): edit that one, or change the messages.'] },
    });
    const other = await createRoutingTest(team.ctx, team.general.id, input({ messages: ['I was charged twice', 'on my card'] }));
    await expect(updateRoutingTest(team.ctx, other.id, input({ messages: ['I was charged twice'] }))).rejects.toMatchObject({
      fieldErrors: { messages: [expect.stringContaining('already has a test with this message')] },
    });
    // Another start agent may have the same words, and a case may be saved again with its own messages.
    await createRoutingTest(team.ctx, team.tech.id, input());
    expect((await updateRoutingTest(team.ctx, first.id, input({ name: 'Renamed' }))).name).toBe('Renamed');
    expect(await counts()).toEqual({ tests: 3, audit: 4 });
  });

  it('updates the whole case, checks the version when given, and records before and after', async () => {
    const test = await createRoutingTest(team.ctx, team.general.id, input());
    const updated = await updateRoutingTest(team.ctx, test.id, input({ name: 'Now tech', messages: ['it crashes'], expect: { handoffTo: team.tech.id } }), 1);
    expect(updated).toMatchObject({ agentId: team.general.id, name: 'Now tech', messages: ['it crashes'], expect: { handoffTo: team.tech.id }, version: 2 });

    const stale = updateRoutingTest(team.ctx, test.id, input({ messages: ['older edit'] }), 1);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ code: 'stale_version' });
    expect((await getRoutingTest(team.ctx, test.id)).messages).toEqual(['it crashes']);
    // Without a version the last write wins, as the API allows.
    expect((await updateRoutingTest(team.ctx, test.id, input({ name: undefined }))).version).toBe(3);

    const update = (await team.ctx.db.select().from(auditEvents)).find((event) => event.action === 'update');
    expect(update?.before).toMatchObject({ messages: ['I was charged twice'], expectHandoffTo: team.billing.id });
    expect(update?.after).toMatchObject({ messages: ['it crashes'], expectHandoffTo: team.tech.id, version: 2 });
    await expect(updateRoutingTest(team.ctx, test.id, input({ expect: { handoffTo: team.general.id } }))).rejects.toBeInstanceOf(ValidationError);
  });

  it('deletes with an audit event; the history page reads routing test rows in words', async () => {
    const test = await createRoutingTest(team.ctx, team.general.id, input({ name: 'Double charge' }));
    await updateRoutingTest(team.ctx, test.id, input({ name: 'Double charge', expect: { handoffTo: null } }));
    await deleteRoutingTest(team.ctx, test.id);
    await expect(deleteRoutingTest(team.ctx, test.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual({ tests: 0, audit: 3 });
    const { entries } = await loadWorkspaceHistory(team.ctx, { page: 1, size: 3, entity: 'routing_test' });
    expect(entries.map((entry) => [entry.action, entry.subject, entry.href])).toEqual([
      ['delete', 'Routing test of General Support: Double charge', null],
      ['update', 'Routing test of General Support: Double charge', `/integrations/agentic-functions/${team.general.id}#routing-tests`],
      ['create', 'Routing test of General Support: Double charge', `/integrations/agentic-functions/${team.general.id}#routing-tests`],
    ]);
    expect(entries[1]?.changes).toEqual([{ field: 'Expected outcome', before: 'Hands off to Billing', after: 'No handoff' }]);
    expect(entries[2]?.description).toBe('“I was charged twice” → Hands off to Billing');
  });

  it('goes with its start agent, recorded; a case expecting a deleted agent stays', async () => {
    const doomed = await makeAgent(team.ctx, 'Returns');
    const own = await createRoutingTest(team.ctx, doomed.id, input());
    const expecting = await createRoutingTest(team.ctx, team.general.id, input({ expect: { handoffTo: doomed.id } }));
    await deleteAgent(team.ctx, doomed.id);
    expect((await listRoutingTests(team.ctx)).map((test) => [test.id, test.expect.handoffTo])).toEqual([[expecting.id, doomed.id]]);
    const removed = (await team.ctx.db.select().from(auditEvents)).find((event) => event.entityId === own.id && event.action === 'delete');
    expect(removed?.before).toMatchObject({ agentId: doomed.id });
    const { entries } = await loadWorkspaceHistory(team.ctx, { page: 1, size: 10, entity: 'routing_test' });
    expect(entries[0]?.subject).toBe('Routing test of Returns (deleted): “I was charged twice”');
  });

  it('rolls back with the transaction it joins: a failing write leaves neither the case nor its audit row', async () => {
    const failing = withTransaction(team.ctx, async (tx) => {
      await createRoutingTest(tx, team.general.id, input());
      await createRoutingTest(tx, team.general.id, input({ expect: { handoffTo: team.general.id } }));
    });
    await expect(failing).rejects.toBeInstanceOf(ValidationError);
    expect(await counts()).toEqual({ tests: 0, audit: 0 });
  });

  it(`refuses a case past ${ROUTING_TEST_LIMITS.perAgent} per agent or ${ROUTING_TEST_LIMITS.perWorkspace} per workspace (409), writing nothing`, async () => {
    await fill(team.general.id, ROUTING_TEST_LIMITS.perAgent);
    await expect(createRoutingTest(team.ctx, team.general.id, input())).rejects.toThrow(
      'General Support already has 500 routing tests, the most one agent can hold (500). Delete one before adding another.',
    );
    await expect(createRoutingTest(team.ctx, team.billing.id, input({ expect: { handoffTo: null } }))).resolves.toBeTruthy();

    const others = await Promise.all(Array.from({ length: 9 }, (_, i) => makeAgent(team.ctx, `Team ${i}`)));
    // 500 + 1 + 8 × 500 + 499: the workspace is full.
    for (const [i, agent] of others.entries()) await fill(agent.id, i < 8 ? 500 : 499);
    const before = await counts();
    const refusal = await createRoutingTest(team.ctx, team.tech.id, input()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect((refusal as ConflictError).message).toBe(
      'This workspace already has 5,000 routing tests, the most a workspace can hold (5,000). Delete one before adding another.',
    );
    expect(await counts()).toEqual(before);
  });
});
