import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agenticFunctions, agents, auditEvents } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError } from '@/lib/domain/errors';
import { countWorkspaceExamples } from '@/lib/functions/example-room';
import { makeHandoff, makeSupportTeam } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { exportWorkspace } from '../export';
import { importWorkspace } from '../import';

const contexts: Awaited<ReturnType<typeof createTestContext>>[] = [];
const fresh = async (): Promise<ServiceContext> => {
  const created = await createTestContext();
  contexts.push(created);
  // The cap lowered to 10, as 50,000 examples would take too long to write in a unit test.
  return { ...created, limits: { examples: 10 } };
};
afterEach(() => contexts.splice(0).forEach((c) => c.close()));

let ctx: ServiceContext;
beforeEach(async () => {
  ctx = await fresh();
});

const AT = new Date('2026-01-01T00:00:00Z');
const examples = (count: number, prefix = 'Question') => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);
const rows = async (c: ServiceContext) => ({
  agents: (await c.db.select().from(agents)).length,
  functions: await c.db.select().from(agenticFunctions),
  audit: (await c.db.select().from(auditEvents)).length,
});
/** A workspace of three agents whose two handoffs have `a` and `b` examples, exported. */
async function exported(a: number, b: number) {
  const source = { ...(await fresh()), limits: undefined };
  const { general, billing, tech } = await makeSupportTeam(source);
  await makeHandoff(source, general.id, { targetAgentId: billing.id, examples: examples(a) });
  await makeHandoff(source, general.id, { targetAgentId: tech.id, examples: examples(b, 'Other') });
  return exportWorkspace(source, AT);
}

describe('importing handoff examples against the workspace cap', () => {
  it('takes a file at the cap, and refuses one example more before writing anything, in the preview too', async () => {
    const atCap = await exported(6, 4);
    await importWorkspace(ctx, JSON.parse(JSON.stringify(atCap)), { dryRun: false });
    expect(await countWorkspaceExamples(ctx)).toBe(10);
    expect(await exportWorkspace(ctx, AT)).toEqual(atCap);

    const empty = await fresh();
    for (const dryRun of [true, false]) {
      const refusal = await importWorkspace(empty, await exported(6, 5), { dryRun }).then(
        () => expect.fail('the import was not refused'),
        (error: unknown) => error as ConflictError,
      );
      expect(refusal).toBeInstanceOf(ConflictError);
      expect(refusal.message).toBe('The file was not imported: a workspace holds at most 10 example messages. Nothing was changed.');
      expect(refusal.fieldErrors).toEqual({
        functions: ["The file's handoffs have 11 example messages; with the 0 of the workspace's other handoffs that makes 11, more than the 10 a workspace can hold."],
      });
    }
    expect(await rows(empty)).toEqual({ agents: 0, functions: [], audit: 0 });
  });

  it('counts the examples of the handoffs the file replaces once, whatever order it lists them in', async () => {
    await importWorkspace(ctx, await exported(6, 4), { dryRun: false });
    // The first handoff grows to 8 as the second shrinks to 2: still 10, though the grown one comes first.
    const moved = await exported(8, 2);
    expect((await importWorkspace(ctx, moved, { dryRun: false })).counts).toEqual({ create: 0, change: 2, keep: 3 });
    expect(await exportWorkspace(ctx, AT)).toEqual(moved);

    // The workspace's handoffs the file does not mention keep their examples, and they count.
    const before = await rows(ctx);
    const more = {
      format: 'switchboard.workspace',
      version: 2,
      agents: [{ name: 'Returns', description: 'Returns.', instructions: '', greeting: '' }],
      functions: [{ agent: 'returns', phase: 'during_session', type: 'agent_handoff', target: 'general-support', config: { description: 'Back to triage.', examples: ['Wrong item'] } }],
    };
    await expect(importWorkspace(ctx, more, { dryRun: false })).rejects.toMatchObject({
      fieldErrors: { functions: ["The file's handoffs have 1 example message; with the 10 of the workspace's other handoffs that makes 11, more than the 10 a workspace can hold."] },
    });
    expect(await rows(ctx)).toEqual(before);
  });
});
