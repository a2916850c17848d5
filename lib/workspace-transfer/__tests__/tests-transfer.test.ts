import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agents, auditEvents, routingTests } from '@/db/schema';
import { AGENT_LIMITS } from '@/lib/agents/schema';
import { createAgent, deleteAgent, type Agent } from '@/lib/agents/service';
import { ConflictError, ValidationError } from '@/lib/domain/errors';
import { ROUTING_TEST_LIMITS } from '@/lib/routing-tests/limits';
import { createRoutingTest, listRoutingTests } from '@/lib/routing-tests/service';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { TestEntrySchema } from '../document-schema';
import { exportWorkspace } from '../export';
import { importWorkspace } from '../import';
import { LARGEST_TEST, largestExportBytes } from '../limits';
import { prettyJson } from '../pretty-json';

const contexts: Awaited<ReturnType<typeof createTestContext>>[] = [];
const fresh = async () => {
  const created = await createTestContext();
  contexts.push(created);
  return created;
};
let ctx: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => {
  ctx = await fresh();
});
afterEach(() => contexts.splice(0).forEach((c) => c.close()));

const AT = new Date('2026-01-01T00:00:00Z');
const agentsOf = [
  { slug: 'front-desk', name: 'Front Desk', description: 'Greets everyone.', instructions: '', greeting: '' },
  { slug: 'claims', name: 'Claims', description: 'Insurance claims.', instructions: '', greeting: '' },
];
const handoff = { agent: 'front-desk', phase: 'during_session', type: 'agent_handoff', target: 'claims', enabled: true, config: { description: 'Hand off when the customer wants to file an insurance claim.' } };
const doc = (version: number, extra: Record<string, unknown> = {}) => ({ format: 'switchboard.workspace', version, agents: agentsOf, functions: [handoff], ...extra });
const counts = async (c = ctx) => ({
  tests: (await c.db.select().from(routingTests)).length,
  audit: (await c.db.select().from(auditEvents)).length,
});
const strip = (tests: Awaited<ReturnType<typeof listRoutingTests>>) => tests.map(({ name, messages, expect }) => ({ name, messages, expect }));
const refusal = (raw: unknown) =>
  importWorkspace(ctx, raw, { dryRun: false }).then(
    () => expect.fail('the import was not refused'),
    (error: unknown) => error as ValidationError | ConflictError,
  );

describe('workspace document version 2: routing tests', () => {
  it('still imports a version 1 file (no tests), and refuses tests in one', async () => {
    const plan = await importWorkspace(ctx, doc(1), { dryRun: false });
    expect(plan.counts).toEqual({ create: 3, change: 0, keep: 0 });
    expect(plan.notInFile).toEqual({ agents: 0, functions: 0, tests: 0 });
    const withTests = await refusal(doc(1, { tests: [] }));
    expect(withTests.fieldErrors).toEqual({ tests: ['Version 1 files hold no tests: a file with tests is version 2.'] });
  });

  it('exports tests by slug and imports them back whole, then keeps them; a test expecting a deleted agent is left out', async () => {
    const front = await makeAgent(ctx, 'Front Desk');
    const claims = await makeAgent(ctx, 'Claims');
    const gone = await makeAgent(ctx, 'Gone');
    await makeHandoff(ctx, front.id, { targetAgentId: claims.id });
    await createRoutingTest(ctx, front.id, { name: 'Two steps', messages: ['hello', 'my car was hit'], expect: { handoffTo: claims.id } });
    await createRoutingTest(ctx, front.id, { messages: ['what are your hours?'], expect: { handoffTo: null } });
    await createRoutingTest(ctx, claims.id, { messages: ['anything else'], expect: { handoffTo: front.id } });
    await createRoutingTest(ctx, front.id, { messages: ['for the gone one'], expect: { handoffTo: gone.id } });
    await deleteAgent(ctx, gone.id);

    const exported = await exportWorkspace(ctx, AT);
    expect(exported.version).toBe(2);
    expect(exported.tests).toEqual([
      { agent: 'claims', name: null, messages: ['anything else'], expect: { handoffTo: 'front-desk' } },
      { agent: 'front-desk', name: 'Two steps', messages: ['hello', 'my car was hit'], expect: { handoffTo: 'claims' } },
      { agent: 'front-desk', name: null, messages: ['what are your hours?'], expect: { handoffTo: null } },
    ]);

    const empty = await fresh();
    const plan = await importWorkspace(empty, JSON.parse(prettyJson(exported)), { dryRun: false });
    expect(plan.counts).toEqual({ create: 2 + 1 + 3, change: 0, keep: 0 });
    expect(plan.items.filter((item) => item.entity === 'test').map((item) => item.label)).toEqual([
      'Claims: “anything else” → Front Desk',
      'Front Desk: Two steps → Claims',
      'Front Desk: “what are your hours?” → no handoff',
    ]);
    expect(await exportWorkspace(empty, AT)).toEqual(exported);
    expect((await importWorkspace(empty, exported, { dryRun: false })).counts).toEqual({ create: 0, change: 0, keep: 6 });
  });

  it('changes a test the file holds differently (matched by agent and messages) and never deletes', async () => {
    await importWorkspace(ctx, doc(2, { tests: [{ agent: 'front-desk', messages: ['my car was hit'], expect: { handoffTo: 'claims' } }, { agent: 'front-desk', messages: ['hi'], expect: { handoffTo: null } }] }), { dryRun: false });
    const plan = await importWorkspace(ctx, doc(2, { tests: [{ agent: 'front-desk', name: 'Crash', messages: ['my car was hit'], expect: { handoffTo: null } }] }), { dryRun: false });
    expect(plan.items.filter((item) => item.entity === 'test').map((item) => [item.action, item.fields])).toEqual([['change', ['name', 'expect.handoffTo']]]);
    expect(plan.notInFile.tests).toBe(1);
    expect(strip(await listRoutingTests(ctx))).toEqual([
      { name: 'Crash', messages: ['my car was hit'], expect: { handoffTo: null } },
      { name: null, messages: ['hi'], expect: { handoffTo: null } },
    ]);
  });

  it('refuses bad tests with their paths before writing anything', async () => {
    const before = await counts();
    const error = await refusal(
      doc(2, {
        tests: [
          { agent: 'nobody', messages: ['x'], expect: { handoffTo: null } },
          { agent: 'front-desk', messages: ['y'], expect: { handoffTo: 'ghost' } },
          { agent: 'claims', messages: ['z'], expect: { handoffTo: 'claims' } },
          { agent: 'claims', messages: ['z'], expect: { handoffTo: null } },
        ],
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual({
      'tests.0.agent': ['No agent “nobody” in the file or the workspace.'],
      'tests.1.expect.handoffTo': ['No agent “ghost” in the file or the workspace: expect an agent that exists, or null for no handoff.'],
      'tests.2.expect.handoffTo': ['The test starts with “claims”, so it cannot expect a handoff to it: use null for no handoff.'],
      'tests.3.messages': ['The file has this test twice (also tests.2).'],
    });
    const shape = await refusal(doc(2, { tests: [{ agent: 'claims', messages: [' '], expect: {} }] }));
    expect(shape.fieldErrors).toEqual({
      'tests.0.messages.0': ['Write the customer message.'],
      'tests.0.expect.handoffTo': [expect.stringMatching(/^Refer to an agent by its slug/)],
    });
    expect(await counts()).toEqual(before);
  });

  it(`refuses a file whose new tests take the workspace past ${ROUTING_TEST_LIMITS.perWorkspace}, and one past ${ROUTING_TEST_LIMITS.perAgent} for an agent, writing nothing`, async () => {
    await importWorkspace(ctx, doc(2), { dryRun: false });
    const claims = (await ctx.db.select().from(agents)).find((agent) => agent.slug === 'claims') as Agent;
    const team = await Promise.all(Array.from({ length: 9 }, (_, i) => makeAgent(ctx, `Team ${i}`)));
    const now = new Date();
    for (const agent of [...team, claims]) {
      const rows = Array.from({ length: 500 }, (_, i) => ({ id: `rt_${agent.id}_${i}`, workspaceId: ctx.workspaceId, agentId: agent.id, messages: [`m${i}`], expectHandoffTo: null, position: i, createdAt: now, updatedAt: now }));
      await ctx.db.insert(routingTests).values(rows);
    }
    const before = await counts();
    const full = await refusal(doc(2, { tests: [{ agent: 'front-desk', messages: ['one more'], expect: { handoffTo: null } }] }));
    expect(full).toBeInstanceOf(ConflictError);
    expect(full.fieldErrors).toEqual({ tests: ['The file adds 1 test to the 5,000 this workspace has: 5,001, more than the 5,000 a workspace can hold.'] });
    await ctx.db.delete(routingTests).where(eq(routingTests.agentId, (team[0] as Agent).id));
    const perAgent = await refusal(doc(2, { tests: [{ agent: 'claims', messages: ['one more'], expect: { handoffTo: null } }] }));
    expect(perAgent.fieldErrors).toEqual({ 'tests.0': ['Claims already has 500 routing tests, the most one agent can hold (500). Delete one before adding another.'] });
    expect((await counts()).audit).toBe(before.audit);
  });
});

describe('the import body limit counts tests', () => {
  it('assumes the largest test the schema accepts, and one character or message more is refused', () => {
    const largest = { ...LARGEST_TEST, agent: 'a', expect: { handoffTo: 'b' } };
    expect(TestEntrySchema.safeParse(largest).success).toBe(true);
    expect(TestEntrySchema.safeParse({ ...largest, name: `${largest.name}x` }).success).toBe(false);
    expect(TestEntrySchema.safeParse({ ...largest, messages: [...largest.messages.slice(1), `${largest.messages[0]}x`] }).success).toBe(false);
    expect(TestEntrySchema.safeParse({ ...largest, messages: [...largest.messages, 'x'] }).success).toBe(false);
    expect(largest.messages.join('')).toHaveLength(ROUTING_TEST_LIMITS.caseLength);
  });

  it('bounds what tests add to an export, tightly: the largest tests come within 5% of it', async () => {
    const CONTROL = '\u0001';
    // "㎯" slugifies to "rad-s2": the longest slug a name can have, as the agent and the expected agent.
    const agentWith = (last: string) => createAgent(ctx, { name: '㎯'.repeat(AGENT_LIMITS.name - 1) + last, description: 'x', instructions: '', greeting: '' });
    const [a, b] = [await agentWith('a'), await agentWith('b')];
    const bytes = async () => Buffer.byteLength(prettyJson(await exportWorkspace(ctx, AT)));
    const without = await bytes();
    const share = ROUTING_TEST_LIMITS.caseLength / ROUTING_TEST_LIMITS.messages;
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const messages = Array.from({ length: ROUTING_TEST_LIMITS.messages }, (_, i) => `${from.name.slice(0, 1)}${i}`.padEnd(share, CONTROL));
      await createRoutingTest(ctx, from.id, { name: CONTROL.repeat(ROUTING_TEST_LIMITS.name), messages, expect: { handoffTo: to.id } });
    }
    const added = (await bytes()) - without;
    const bound = largestExportBytes({ agents: 2, functions: 0, examples: 0 }, 2) - largestExportBytes({ agents: 2, functions: 0, examples: 0 }, 0);
    expect(added).toBeLessThanOrEqual(bound);
    expect(added).toBeGreaterThan(bound * 0.95);
  });
});
