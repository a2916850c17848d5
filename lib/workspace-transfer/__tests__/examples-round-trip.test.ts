import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getFunction } from '@/lib/functions/service';
import { makeHandoff, makeSupportTeam } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { exportWorkspace } from '../export';
import { importWorkspace } from '../import';

const contexts: Awaited<ReturnType<typeof createTestContext>>[] = [];
const fresh = async () => {
  const created = await createTestContext();
  contexts.push(created);
  return created;
};
afterEach(() => contexts.splice(0).forEach((c) => c.close()));

let ctx: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => {
  ctx = await fresh();
});

const AT = new Date('2026-01-01T00:00:00Z');

describe('handoff examples in the workspace document', () => {
  it('travel inside the handoff’s config: exported, imported into an empty workspace, exported the same', async () => {
    const { general, billing, tech } = await makeSupportTeam(ctx);
    const examples = ['I was charged twice', 'Where is my invoice for “March”?', 'Rückerstattung bitte 💶'];
    await makeHandoff(ctx, general.id, { targetAgentId: billing.id, examples });
    await makeHandoff(ctx, general.id, { targetAgentId: tech.id, description: 'Hand off when the app shows an error.' });
    const exported = await exportWorkspace(ctx, AT);
    expect(exported.functions.map((fn) => fn.config.examples)).toEqual([examples, []]);

    const into = await fresh();
    await importWorkspace(into, JSON.parse(JSON.stringify(exported)), { dryRun: false });
    expect(await exportWorkspace(into, AT)).toEqual(exported);
  });

  it('a file written before examples existed imports with none, and one with a bad example is refused at its path', async () => {
    const { general, billing } = await makeSupportTeam(ctx);
    const fn = await makeHandoff(ctx, general.id, { targetAgentId: billing.id, examples: ['Refund please'] });
    const exported = await exportWorkspace(ctx, AT);
    const into = await fresh();
    const older = structuredClone(exported);
    for (const entry of older.functions) delete entry.config.examples;
    await importWorkspace(into, older, { dryRun: false });
    expect((await exportWorkspace(into, AT)).functions.map((entry) => entry.config.examples)).toEqual([[]]);

    const bad = structuredClone(exported);
    (bad.functions[0] as { config: Record<string, unknown> }).config.examples = ['fine', 'x'.repeat(301)];
    await expect(importWorkspace(await fresh(), bad, { dryRun: true })).rejects.toMatchObject({
      fieldErrors: { 'functions.0.config.examples.1': ['An example must be at most 300 characters.'] },
    });
    expect((await getFunction(ctx, fn.id)).config.examples).toEqual(['Refund please']);
  });
});
