import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '@/lib/domain/context';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction } from '@/lib/functions/service';
import { loadWorkspaceReview } from '@/lib/review/overview';
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
const addEndSession = (on: ServiceContext, agentId: string, config: Record<string, unknown>) =>
  createFunction(on, agentId, FunctionCreateSchema.parse({ phase: 'during_session', type: 'end_session', config }));

describe('End Session in the workspace document', () => {
  it('travels without a target: exported, imported into an empty workspace, exported the same; imported again, kept', async () => {
    const { general, billing } = await makeSupportTeam(ctx);
    await makeHandoff(ctx, general.id, { targetAgentId: billing.id });
    await addEndSession(ctx, general.id, { description: 'End the conversation when the customer says goodbye.', closingMessage: 'Bye for now!' });
    await addEndSession(ctx, billing.id, { description: 'End when the customer has nothing else to ask.', closingMessage: '' });
    const exported = await exportWorkspace(ctx, AT);
    const ends = exported.functions.filter((fn) => fn.type === 'end_session');
    expect(ends).toEqual([
      { agent: 'billing', phase: 'during_session', type: 'end_session', target: null, enabled: true, config: { description: 'End when the customer has nothing else to ask.', closingMessage: '' } },
      {
        agent: 'general-support',
        phase: 'during_session',
        type: 'end_session',
        target: null,
        enabled: true,
        config: { description: 'End the conversation when the customer says goodbye.', closingMessage: 'Bye for now!' },
      },
    ]);

    const into = await fresh();
    await importWorkspace(into, JSON.parse(JSON.stringify(exported)), { dryRun: false });
    expect(await exportWorkspace(into, AT)).toEqual(exported);
    // Matched by agent and tool name: importing the same file again adds no second End Session.
    const again = await importWorkspace(into, JSON.parse(JSON.stringify(exported)), { dryRun: false });
    expect(again.counts).toMatchObject({ create: 0, change: 0 });
    expect(await exportWorkspace(into, AT)).toEqual(exported);
  });

  it('a file with two End Sessions on one agent is refused at its path, and one in the wrong phase too', async () => {
    const { general } = await makeSupportTeam(ctx);
    await addEndSession(ctx, general.id, { description: 'End when the customer says goodbye.' });
    const exported = await exportWorkspace(ctx, AT);
    const twice = { ...exported, functions: [...exported.functions, { ...exported.functions[0]!, config: { description: 'End when they are done.' } }] };
    await expect(importWorkspace(await fresh(), twice, { dryRun: true })).rejects.toMatchObject({
      fieldErrors: { 'functions.1.config.toolName': [expect.stringMatching(/twice/)] },
    });
    const prePhase = { ...exported, functions: [{ ...exported.functions[0]!, phase: 'pre_session' as const }] };
    await expect(importWorkspace(await fresh(), prePhase, { dryRun: true })).rejects.toMatchObject({
      fieldErrors: { 'functions.0.phase': [expect.stringMatching(/End Session is available During-Session only/)] },
    });
  });
});

describe('End Session in the review', () => {
  it('has its own row (label, tool, no target), and a vague description is a finding', async () => {
    const { general } = await makeSupportTeam(ctx);
    const fn = await addEndSession(ctx, general.id, { description: 'bye' });
    const review = await loadWorkspaceReview(ctx);
    expect(review.rows.find((row) => row.id === fn.id)).toMatchObject({
      typeLabel: 'End Session',
      toolName: 'end_session',
      targetName: null,
      description: 'bye',
      phaseLabel: 'During-Session',
    });
    const vague = review.findings.find((finding) => finding.kind === 'vague_description');
    expect(vague).toMatchObject({ title: 'Vague description: General Support: End Session (end_session)', functionIds: [fn.id] });
    expect(vague?.reason).toMatch(/say when the conversation is over/);
  });
});
