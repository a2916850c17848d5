import { beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '@/lib/agents/service';
import { updateFunction, type AgenticFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeHandoff, makeSupportTeam } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { listTestRuns } from '../list-runs';
import { getTestRun, runRoutingTests } from '../service';
import { insertCase } from './helpers';

const t = setupTestContext();
let general: Agent;
let billing: Agent;
let toBilling: AgenticFunction;

beforeEach(async () => {
  ({ general, billing } = await makeSupportTeam(t.ctx));
  toBilling = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id });
});

const passing = () => createScriptedEngine(Array.from({ length: 20 }, () => handoffTo('transfer_to_billing')));
const failing = () => createScriptedEngine(Array.from({ length: 20 }, () => reply('no')));
/** Runs start at least a millisecond apart, so their order and the changes between them are exact. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('the run list', () => {
  it('names the cases that started failing in a run, and when each failure began', async () => {
    const invoice = await insertCase(t.ctx, general.id, ['invoice'], billing.id, 'invoice');
    const steady = await insertCase(t.ctx, general.id, ['other'], billing.id);
    const first = await runRoutingTests(t.ctx, { engine: passing() });
    await tick();
    const second = await runRoutingTests(t.ctx, { engine: failing() });
    await tick();
    const third = await runRoutingTests(t.ctx, { engine: failing() });

    const { runs, nextBefore } = await listTestRuns(t.ctx);
    expect(runs.map((run) => run.id)).toEqual([third.id, second.id, first.id]);
    expect(nextBefore).toBeNull();
    expect(runs[1]?.startedFailing.map((test) => test.testId).sort()).toEqual([invoice, steady].sort());
    expect(runs[1]?.startedFailing.find((test) => test.testId === invoice)).toMatchObject({ name: 'invoice', messages: ['invoice'] });
    expect(runs[0]?.startedFailing).toEqual([]);
    expect(runs[2]?.startedFailing).toEqual([]);
    const latest = await getTestRun(t.ctx, third.id);
    expect(latest.results.map((result) => result.failingSince?.runId)).toEqual([second.id, second.id]);
  });

  it('lists the configuration changes made between two runs, each linking to its history entry', async () => {
    await insertCase(t.ctx, general.id, ['invoice'], billing.id);
    const first = await runRoutingTests(t.ctx, { engine: passing() });
    await tick();
    await updateFunction(t.ctx, toBilling.id, { version: 1, config: { description: 'Only about refunds.' } });
    await tick();
    const second = await runRoutingTests(t.ctx, { engine: failing() });

    const { runs } = await listTestRuns(t.ctx);
    expect(runs.find((run) => run.id === first.id)?.changesBefore).toBeNull();
    const between = runs.find((run) => run.id === second.id)?.changesBefore;
    expect(between?.total).toBe(1);
    expect(between?.changes[0]).toMatchObject({
      entityType: 'function',
      entityId: toBilling.id,
      action: 'update',
      actor: 'tester',
      subject: 'General Support → Billing (transfer_to_billing)',
    });
    expect(between?.changes[0]?.href).toMatch(new RegExp(`^/review/history/${toBilling.id}#aud_`));
  });

  it('pages newest first, and lists one agent’s runs when asked', async () => {
    await insertCase(t.ctx, general.id, ['invoice'], billing.id);
    await insertCase(t.ctx, billing.id, ['hello'], null);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.unshift((await runRoutingTests(t.ctx, { engine: passing() })).id);
      await tick();
    }
    const scoped = await runRoutingTests(t.ctx, { agentId: billing.id, engine: failing() });
    const page = await listTestRuns(t.ctx, { limit: 2 });
    expect(page.runs.map((run) => run.id)).toEqual([scoped.id, ids[0]]);
    const next = await listTestRuns(t.ctx, { limit: 2, before: page.nextBefore ?? undefined });
    expect(next.runs.map((run) => run.id)).toEqual([ids[1], ids[2]]);
    expect(next.nextBefore).toBeNull();
    expect((await listTestRuns(t.ctx, { agentId: billing.id })).runs.map((run) => run.id)).toEqual([scoped.id]);
    expect(page.runs[0]).toMatchObject({ status: 'finished', done: 1, total: 1, passed: 1 });
  });
});
