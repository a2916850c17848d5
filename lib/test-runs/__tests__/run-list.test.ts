import { beforeEach, describe, expect, it } from 'vitest';
import { updateFunction, type AgenticFunction } from '@/lib/functions/service';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { listTestRuns } from '../list-runs';
import { getTestRun, runRoutingTests } from '../service';
import { insertCase } from './helpers';

const team = setupSupportTeam();
let toBilling: AgenticFunction;

beforeEach(async () => {
  toBilling = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
});

const passing = () => createScriptedEngine(Array.from({ length: 20 }, () => handoffTo('transfer_to_billing')));
const failing = () => createScriptedEngine(Array.from({ length: 20 }, () => reply('no')));
/** Runs start at least a millisecond apart, so their order and the changes between them are exact. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('the run list', () => {
  it('names the cases that started failing in a run, and when each failure began', async () => {
    const invoice = await insertCase(team.ctx, team.general.id, ['invoice'], team.billing.id, 'invoice');
    const steady = await insertCase(team.ctx, team.general.id, ['other'], team.billing.id);
    const first = await runRoutingTests(team.ctx, { engine: passing() });
    await tick();
    const second = await runRoutingTests(team.ctx, { engine: failing() });
    await tick();
    const third = await runRoutingTests(team.ctx, { engine: failing() });

    const { runs, nextBefore } = await listTestRuns(team.ctx);
    expect(runs.map((run) => run.id)).toEqual([third.id, second.id, first.id]);
    expect(nextBefore).toBeNull();
    expect(runs[1]?.startedFailing.map((test) => test.testId).sort()).toEqual([invoice, steady].sort());
    expect(runs[1]?.startedFailing.find((test) => test.testId === invoice)).toMatchObject({ name: 'invoice', messages: ['invoice'] });
    expect(runs[0]?.startedFailing).toEqual([]);
    expect(runs[2]?.startedFailing).toEqual([]);
    const latest = await getTestRun(team.ctx, third.id);
    expect(latest.results.map((result) => result.failingSince?.runId)).toEqual([second.id, second.id]);
  });

  it('lists the configuration changes made between two runs, each linking to its history entry', async () => {
    await insertCase(team.ctx, team.general.id, ['invoice'], team.billing.id);
    const first = await runRoutingTests(team.ctx, { engine: passing() });
    await tick();
    await updateFunction(team.ctx, toBilling.id, { version: 1, config: { description: 'Only about refunds.' } });
    await tick();
    const second = await runRoutingTests(team.ctx, { engine: failing() });

    const { runs } = await listTestRuns(team.ctx);
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
    await insertCase(team.ctx, team.general.id, ['invoice'], team.billing.id);
    await insertCase(team.ctx, team.billing.id, ['hello'], null);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.unshift((await runRoutingTests(team.ctx, { engine: passing() })).id);
      await tick();
    }
    const scoped = await runRoutingTests(team.ctx, { agentId: team.billing.id, engine: failing() });
    const page = await listTestRuns(team.ctx, { limit: 2 });
    expect(page.runs.map((run) => run.id)).toEqual([scoped.id, ids[0]]);
    const next = await listTestRuns(team.ctx, { limit: 2, before: page.nextBefore ?? undefined });
    expect(next.runs.map((run) => run.id)).toEqual([ids[1], ids[2]]);
    expect(next.nextBefore).toBeNull();
    expect((await listTestRuns(team.ctx, { agentId: team.billing.id })).runs.map((run) => run.id)).toEqual([scoped.id]);
    expect(page.runs[0]).toMatchObject({ status: 'finished', done: 1, total: 1, passed: 1 });
  });
});
