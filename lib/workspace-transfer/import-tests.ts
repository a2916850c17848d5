import { eq } from 'drizzle-orm';
import { routingTests } from '@/db/schema';
import type { Agent } from '@/lib/agents/service';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, type FieldErrors } from '@/lib/domain/errors';
import { formatCount } from '@/lib/domain/workspace-limits';
import { ROUTING_TEST_LIMITS } from '@/lib/routing-tests/limits';
import { createRoutingTest, updateRoutingTest } from '@/lib/routing-tests/service';
import type { RoutingTestRow } from '@/lib/routing-tests/view';
import type { TestEntry } from './document-schema';
import type { ImportPlanItem } from './plan';

/** A test of the file finds its counterpart in the workspace by start agent and messages. */
export function testKey(agentSlug: string, messages: string[]): string {
  return JSON.stringify([agentSlug, messages]);
}

/**
 * The file's tests checked before anything is written, errors keyed by path (`tests.3.expect.handoffTo`):
 * agents in neither the file nor the workspace, a test expecting its own start agent, the same test twice.
 */
export function checkTests(tests: TestEntry[], known: (slug: string) => boolean): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, message: string) => (errors[path] ??= []).push(message);
  const keys = new Map<string, number>();
  tests.forEach((entry, index) => {
    const path = `tests.${index}`;
    if (!known(entry.agent)) add(`${path}.agent`, `No agent “${entry.agent}” in the file or the workspace.`);
    const target = entry.expect.handoffTo;
    if (target !== null && !known(target)) add(`${path}.expect.handoffTo`, `No agent “${target}” in the file or the workspace: expect an agent that exists, or null for no handoff.`);
    if (target !== null && target === entry.agent) add(`${path}.expect.handoffTo`, `The test starts with “${entry.agent}”, so it cannot expect a handoff to it: use null for no handoff.`);
    const key = testKey(entry.agent, entry.messages);
    const first = keys.get(key);
    if (first !== undefined) add(`${path}.messages`, `The file has this test twice (also tests.${first}).`);
    else keys.set(key, index);
  });
  return errors;
}

/** The workspace's tests by key, to match the file's against, and how many it has. */
export async function existingTests(tx: ServiceContext, slugById: Map<string, string>): Promise<{ byKey: Map<string, RoutingTestRow>; total: number }> {
  const rows = await tx.db.select().from(routingTests).where(eq(routingTests.workspaceId, tx.workspaceId));
  return { byKey: new Map(rows.map((row) => [testKey(slugById.get(row.agentId) as string, row.messages), row])), total: rows.length };
}

/** Refuses (409), before the first write, a file whose new tests the workspace has no room for. */
export function assertTestsFit(current: number, adding: number): void {
  const limit = ROUTING_TEST_LIMITS.perWorkspace;
  if (adding === 0 || current + adding <= limit) return;
  throw new ConflictError(`The file was not imported: a workspace holds at most ${formatCount(limit)} routing tests. Nothing was changed.`, {
    tests: [`The file adds ${formatCount(adding)} ${adding === 1 ? 'test' : 'tests'} to the ${formatCount(current)} this workspace has: ${formatCount(current + adding)}, more than the ${formatCount(limit)} a workspace can hold.`],
  });
}

/** Creates the test, changes its name or expected agent, or keeps it as it is. */
export async function applyTest(tx: ServiceContext, entry: TestEntry, agent: Agent, expected: Agent | null, current: RoutingTestRow | undefined): Promise<ImportPlanItem> {
  const input = { name: entry.name, messages: entry.messages, expect: { handoffTo: expected?.id ?? null } };
  const label = `${agent.name}: ${entry.name ?? `“${entry.messages[0] ?? ''}”`} → ${expected ? expected.name : 'no handoff'}`;
  if (!current) {
    await createRoutingTest(tx, agent.id, input);
    return { entity: 'test', action: 'create', label, fields: [] };
  }
  const fields = [
    ...((current.name ?? undefined) !== entry.name ? ['name'] : []),
    ...(current.expectHandoffTo !== input.expect.handoffTo ? ['expect.handoffTo'] : []),
  ];
  if (fields.length === 0) return { entity: 'test', action: 'keep', label, fields };
  await updateRoutingTest(tx, current.id, input, current.version);
  return { entity: 'test', action: 'change', label, fields };
}
