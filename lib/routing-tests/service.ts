import { and, asc, eq, max } from 'drizzle-orm';
import { agents, routingTests } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { Agent } from '@/lib/agents/service';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, ValidationError } from '@/lib/domain/errors';
import { newId } from '@/lib/domain/ids';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { assertRoomForTests } from './room';
import { sameMessagesKey } from './same-messages';
import type { RoutingTestInput } from './schema';
import { toRoutingTestView, type RoutingTestRow, type RoutingTestView } from './view';

/**
 * The workspace's routing tests, or one agent's (NotFound if it does not exist): grouped by start
 * agent in agent-name order, each agent's cases in their list order.
 */
export async function listRoutingTests(ctx: ServiceContext, options: { agentId?: string } = {}): Promise<RoutingTestView[]> {
  if (options.agentId !== undefined) await getOwnedOrThrow(ctx.db, ctx, 'Agent', options.agentId);
  const rows = await ctx.db
    .select({ test: routingTests })
    .from(routingTests)
    .innerJoin(agents, eq(agents.id, routingTests.agentId))
    .where(
      options.agentId === undefined
        ? eq(routingTests.workspaceId, ctx.workspaceId)
        : and(eq(routingTests.workspaceId, ctx.workspaceId), eq(routingTests.agentId, options.agentId)),
    )
    .orderBy(asc(agents.name), asc(agents.id), asc(routingTests.position), asc(routingTests.createdAt));
  return rows.map(({ test }) => toRoutingTestView(test));
}

export async function getRoutingTest(ctx: ServiceContext, id: string): Promise<RoutingTestView> {
  return toRoutingTestView(await getOwnedOrThrow(ctx.db, ctx, 'RoutingTest', id));
}

/**
 * Adds a case to its start agent, with its audit record, in one transaction (or the caller's: a CSV
 * or workspace import runs the same checks). The expected agent must be another agent of the
 * workspace; the agent and the workspace must have room for one more.
 */
export function createRoutingTest(ctx: ServiceContext, agentId: string, input: RoutingTestInput): Promise<RoutingTestView> {
  return withTransaction(ctx, async (tx) => {
    const agent = await getOwnedOrThrow(tx.db, tx, 'Agent', agentId);
    await assertExpectedAgent(tx, agent, input.expect.handoffTo);
    await assertNoSameTest(tx, agent, input.messages);
    await assertRoomForTests(tx, agent);
    const now = new Date();
    const row: RoutingTestRow = {
      id: newId('rt'),
      workspaceId: tx.workspaceId,
      agentId,
      name: input.name ?? null,
      messages: input.messages,
      expectHandoffTo: input.expect.handoffTo,
      position: await nextPosition(tx, agentId),
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.db.insert(routingTests).values(row);
    await recordAudit(tx, { entityType: 'routing_test', entityId: row.id, action: 'create', before: null, after: row }, now);
    return toRoutingTestView(row);
  });
}

/**
 * Replaces a case's name, messages and expected outcome (its start agent stays). When the caller
 * says which `expectedVersion` it loaded and someone saved since, a ConflictError says so and nothing
 * is written.
 */
export function updateRoutingTest(ctx: ServiceContext, id: string, input: RoutingTestInput, expectedVersion?: number): Promise<RoutingTestView> {
  return withTransaction(ctx, async (tx) => {
    const before = await getOwnedOrThrow(tx.db, tx, 'RoutingTest', id);
    if (expectedVersion !== undefined && expectedVersion !== before.version) {
      throw new ConflictError(
        'This test was changed by someone else since you opened it, so nothing was saved. Copy what you typed, then reload the page to see the saved version.',
        {},
        'stale_version',
      );
    }
    const agent = await getOwnedOrThrow(tx.db, tx, 'Agent', before.agentId);
    await assertExpectedAgent(tx, agent, input.expect.handoffTo);
    await assertNoSameTest(tx, agent, input.messages, id);
    const after: RoutingTestRow = {
      ...before,
      name: input.name ?? null,
      messages: input.messages,
      expectHandoffTo: input.expect.handoffTo,
      version: before.version + 1,
      updatedAt: new Date(),
    };
    await tx.db.update(routingTests).set(after).where(eq(routingTests.id, id));
    await recordAudit(tx, { entityType: 'routing_test', entityId: id, action: 'update', before, after }, after.updatedAt);
    return toRoutingTestView(after);
  });
}

/** Removes a case (its audit record keeps what it was; past runs keep their copy of it). */
export function deleteRoutingTest(ctx: ServiceContext, id: string): Promise<void> {
  return withTransaction(ctx, async (tx) => {
    const before = await getOwnedOrThrow(tx.db, tx, 'RoutingTest', id);
    await tx.db.delete(routingTests).where(eq(routingTests.id, id));
    await recordAudit(tx, { entityType: 'routing_test', entityId: id, action: 'delete', before, after: null }, new Date());
  });
}

/** The expected agent is another agent of this workspace, or null ("no handoff"). */
export async function assertExpectedAgent(tx: ServiceContext, start: Pick<Agent, 'id' | 'name'>, handoffTo: string | null): Promise<void> {
  if (handoffTo === null) return;
  if (handoffTo === start.id) {
    throw new ValidationError('A test cannot expect its start agent to hand off to itself.', {
      'expect.handoffTo': [`The test starts with ${start.name}, so it cannot hand off to ${start.name}: choose another agent, or No handoff.`],
    });
  }
  const [target] = await tx.db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.id, handoffTo), eq(agents.workspaceId, tx.workspaceId)))
    .limit(1);
  if (!target) {
    throw new ValidationError('The expected agent does not exist in this workspace.', {
      'expect.handoffTo': ['This agent does not exist in this workspace: choose another, or No handoff.'],
    });
  }
}

/**
 * One case per start agent and list of messages: two would either say the same or contradict each
 * other (one of them always failing), and the workspace file and the CSV import match cases by them.
 */
async function assertNoSameTest(tx: ServiceContext, agent: Pick<Agent, 'id' | 'name'>, messages: string[], exceptId?: string): Promise<void> {
  const same = sameMessagesKey(messages);
  const cases = await tx.db
    .select({ id: routingTests.id, name: routingTests.name, messages: routingTests.messages })
    .from(routingTests)
    .where(and(eq(routingTests.agentId, agent.id), eq(routingTests.workspaceId, tx.workspaceId)));
  const twin = cases.find((candidate) => candidate.id !== exceptId && sameMessagesKey(candidate.messages) === same);
  if (!twin) return;
  const which = twin.name ? `“${twin.name}”` : 'another test';
  throw new ValidationError(`${agent.name} already has a test with ${messages.length === 1 ? 'this message' : 'these messages'}.`, {
    messages: [`${agent.name} already has a test with ${messages.length === 1 ? 'this message' : 'these messages'} (${which}): edit that one, or change the messages.`],
  });
}

async function nextPosition(tx: ServiceContext, agentId: string): Promise<number> {
  const [row] = await tx.db.select({ last: max(routingTests.position) }).from(routingTests).where(eq(routingTests.agentId, agentId));
  return (row?.last ?? -1) + 1;
}
