import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agenticFunctions, agents, auditEvents } from '@/db/schema';
import type { AgentCreateInput } from '@/lib/agents/schema';
import { createAgent } from '@/lib/agents/service';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, ValidationError } from '@/lib/domain/errors';
import { WORKSPACE_LIMITS, type WorkspaceLimits } from '@/lib/domain/workspace-limits';
import { makeHandoff } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { exportWorkspace } from '../export';
import { importWorkspace } from '../import';

const contexts: Awaited<ReturnType<typeof createTestContext>>[] = [];
let ctx: Awaited<ReturnType<typeof createTestContext>>;
const fresh = async () => {
  const created = await createTestContext();
  contexts.push(created);
  return created;
};
beforeEach(async () => {
  ctx = await fresh();
});
afterEach(() => contexts.splice(0).forEach((c) => c.close()));

const AT = new Date('2026-01-01T00:00:00Z');
const rows = async (c: ServiceContext) => ({
  agents: (await c.db.select().from(agents)).length,
  functions: (await c.db.select().from(agenticFunctions)).length,
  audit: (await c.db.select().from(auditEvents)).length,
});
const agentEntries = (count: number, from = 0): AgentCreateInput[] =>
  Array.from({ length: count }, (_, i) => ({ name: `Agent ${from + i}`, description: `Handles topic ${from + i}.`, instructions: '', greeting: '' }));
/** `count` handoffs over agents 0…n-1: agent i to agents i+1, i+2, … (wrapping), each pair once. */
const handoffEntries = (count: number, agentCount: number) =>
  Array.from({ length: count }, (_, i) => ({
    agent: `agent-${i % agentCount}`,
    phase: 'during_session',
    type: 'agent_handoff',
    target: `agent-${((i % agentCount) + 1 + Math.floor(i / agentCount)) % agentCount}`,
    config: { description: `Hand off when the customer asks about topic ${i}.` },
  }));
const file = (agentList: unknown[], functionList: unknown[] = []) => ({ format: 'switchboard.workspace', version: 1, agents: agentList, functions: functionList });
/** Imports expecting a refusal, and returns it. */
const refusal = (c: ServiceContext, raw: unknown, dryRun = false) =>
  importWorkspace(c, raw, { dryRun }).then(
    () => expect.fail('the import was not refused'),
    (error: unknown) => error as ValidationError | ConflictError,
  );

/** Exports `from`, imports the file (through JSON, as a download travels) into an empty workspace, and compares. */
async function roundTrip(from: ServiceContext, limits?: Partial<WorkspaceLimits>) {
  const exported = await exportWorkspace(from, AT);
  const into = { ...(await fresh()), limits };
  const plan = await importWorkspace(into, JSON.parse(JSON.stringify(exported)), { dryRun: false });
  expect(plan.counts).toEqual({ create: exported.agents.length + exported.functions.length, change: 0, keep: 0 });
  expect(await exportWorkspace(into, AT)).toEqual(exported);
  return { exported, into };
}

describe('a workspace at its agent limit (the real one)', () => {
  it('exports a file that imports back whole; one agent more is refused everywhere, writing nothing', async () => {
    const limit = WORKSPACE_LIMITS.agents;
    await importWorkspace(ctx, file(agentEntries(limit), handoffEntries(20, limit)), { dryRun: false });
    const { exported, into } = await roundTrip(ctx);
    expect(exported.agents).toHaveLength(limit);

    // The form and the API: one more agent.
    const before = await rows(ctx);
    const [next] = agentEntries(1, limit);
    await expect(createAgent(ctx, next as AgentCreateInput)).rejects.toThrow(
      'This workspace already has 1,000 agents, the most a workspace can hold (1,000). Delete one before adding another.',
    );
    expect(await rows(ctx)).toEqual(before);

    // A file one over, into an empty workspace: refused at its field path.
    const empty = await fresh();
    const tooMany = await refusal(empty, file(agentEntries(limit + 1)));
    expect(tooMany).toBeInstanceOf(ValidationError);
    expect(tooMany.fieldErrors).toEqual({ agents: ['At most 1,000 agents per file: a workspace holds at most 1,000.'] });
    expect(await rows(empty)).toEqual({ agents: 0, functions: 0, audit: 0 });

    // A file that fits on its own but not beside what the full workspace has: the preview says so too.
    const adding = file([...exported.agents.slice(0, 3), ...agentEntries(2, limit)]);
    const full = await rows(into);
    for (const dryRun of [true, false]) {
      const overflow = await refusal(into, adding, dryRun);
      expect(overflow).toBeInstanceOf(ConflictError);
      expect(overflow.message).toBe('The file was not imported: a workspace holds at most 1,000 agents. Nothing was changed.');
      expect(overflow.fieldErrors).toEqual({
        agents: ['The file adds 2 agents to the 1,000 this workspace has: 1,002, more than the 1,000 a workspace can hold.'],
      });
    }
    expect(await rows(into)).toEqual(full);
  }, 60_000);

  it('refuses a file of more functions than a workspace holds, at its field path', async () => {
    const tooMany = await refusal(ctx, file(agentEntries(2), handoffEntries(WORKSPACE_LIMITS.functions + 1, 2)));
    expect(tooMany).toBeInstanceOf(ValidationError);
    expect(tooMany.fieldErrors).toEqual({ functions: ['At most 10,000 functions per file: a workspace holds at most 10,000.'] });
    expect(await rows(ctx)).toEqual({ agents: 0, functions: 0, audit: 0 });
  });
});

describe('a workspace at its function limit (lowered, as 10,000 creates take too long for a unit test)', () => {
  const limits = { agents: 5, functions: 8 };

  it('exports a file that imports back whole; one function more is refused everywhere, writing nothing', async () => {
    const small = { ...ctx, limits };
    await importWorkspace(small, file(agentEntries(5), handoffEntries(8, 5)), { dryRun: false });
    const { exported, into } = await roundTrip(small, limits);
    expect(exported.functions).toHaveLength(8);

    const smallAgents = await small.db.select().from(agents);
    const [agent1, agent4] = ['agent-1', 'agent-4'].map((slug) => smallAgents.find((a) => a.slug === slug));
    const before = await rows(small);
    await expect(makeHandoff(small, agent1?.id as string, { targetAgentId: agent4?.id as string })).rejects.toThrow(
      'This workspace already has 8 agentic functions, the most a workspace can hold (8). Delete one before adding another.',
    );
    expect(await rows(small)).toEqual(before);

    const empty = { ...(await fresh()), limits };
    const tooMany = await refusal(empty, file(agentEntries(5), handoffEntries(9, 5)));
    expect(tooMany).toBeInstanceOf(ValidationError);
    expect(tooMany.fieldErrors).toEqual({ functions: ['At most 8 functions per file: a workspace holds at most 8.'] });
    expect(await rows(empty)).toEqual({ agents: 0, functions: 0, audit: 0 });

    // The same eight again change nothing. Seven of them with a new one (agent-1 → agent-4) make a file
    // within the per-file cap that the full workspace still cannot take.
    expect((await importWorkspace(into, exported, { dryRun: true })).counts).toEqual({ create: 0, change: 0, keep: 13 });
    const full = await rows(into);
    const extra = { agent: 'agent-1', phase: 'during_session', type: 'agent_handoff', target: 'agent-4', config: { description: 'When asked.' } };
    const overflow = await refusal(into, file(exported.agents, [...exported.functions.slice(0, 7), extra]));
    expect(overflow).toBeInstanceOf(ConflictError);
    expect(overflow.message).toBe('The file was not imported: a workspace holds at most 8 agentic functions. Nothing was changed.');
    expect(overflow.fieldErrors).toEqual({
      functions: ['The file adds 1 agentic function to the 8 this workspace has: 9, more than the 8 a workspace can hold.'],
    });
    expect(await rows(into)).toEqual(full);
  });
});
