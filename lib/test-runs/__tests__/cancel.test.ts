import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { testRuns } from '@/db/schema';
import type { DecideInput, Decision, LlmEngine } from '@/lib/conversation/engines/types';
import { newId } from '@/lib/domain/ids';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { activeRun } from '../registry';
import { cancelTestRun, getTestRun, runRoutingTests, startRoutingTestRun, ABANDONED_AFTER_MS } from '../service';
import { insertCase } from './helpers';

const team = setupSupportTeam();

beforeEach(async () => {
  for (let i = 0; i < 10; i++) await insertCase(team.ctx, team.general.id, [`message ${i}`], null);
});

/** Answers the first `free` decisions at once; every later one waits until its signal aborts, as a slow LLM would. */
function stallingEngine(free: number): LlmEngine & { waiting: () => number; stalled: Promise<void> } {
  let calls = 0;
  let waiting = 0;
  let stalledNow = () => {};
  const stalled = new Promise<void>((resolve) => (stalledNow = resolve));
  return {
    id: 'simulated',
    label: 'Stalling engine',
    waiting: () => waiting,
    stalled,
    async decide(input: DecideInput): Promise<Decision> {
      if (calls++ < free) return { type: 'reply', text: 'ok', why: { summary: 'answered' } };
      waiting++;
      stalledNow();
      return new Promise((_resolve, reject) => {
        input.signal?.addEventListener('abort', () => reject(input.signal?.reason), { once: true });
      });
    },
  };
}

describe('cancelling a run', () => {
  it('starts in the background, and Cancel stops it: finished cases are kept, no new case starts, the run ends cancelled', async () => {
    const engine = stallingEngine(3);
    const runId = await startRoutingTestRun(team.ctx, { engine, concurrency: 2 });
    await engine.stalled;
    const running = await getTestRun(team.ctx, runId);
    expect(running.status).toBe('running');
    expect(running.total).toBe(10);

    const cancelled = await cancelTestRun(team.ctx, runId);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.finishedAt).not.toBeNull();
    expect(cancelled.results).toHaveLength(3);
    expect(cancelled.done).toBe(3);
    expect(cancelled.passed).toBe(3);
    expect(engine.waiting()).toBeLessThanOrEqual(2);
    expect(activeRun(runId)).toBeUndefined();
  });

  it('a client that goes away (its signal aborts) cancels a run it waits for', async () => {
    const engine = stallingEngine(1);
    const controller = new AbortController();
    void engine.stalled.then(() => controller.abort());
    const run = await runRoutingTests(team.ctx, { engine, concurrency: 1, signal: controller.signal });
    expect(run).toMatchObject({ status: 'cancelled', done: 1, total: 10 });
  });

  it('a run left running by a process that died reads as cancelled once old, and Cancel ends it in the database', async () => {
    const old = { id: newId('run'), workspaceId: team.ctx.workspaceId, agentId: null, engine: 'x', startedBy: 'admin', status: 'running' as const, total: 5, createdAt: new Date(Date.now() - ABANDONED_AFTER_MS - 1000) };
    const recent = { ...old, id: newId('run'), createdAt: new Date() };
    await team.ctx.db.insert(testRuns).values([old, recent]);
    expect((await getTestRun(team.ctx, old.id)).status).toBe('cancelled');
    expect((await getTestRun(team.ctx, recent.id)).status).toBe('running');
    await cancelTestRun(team.ctx, recent.id);
    const [row] = await team.ctx.db.select().from(testRuns).where(eq(testRuns.id, recent.id));
    expect(row?.status).toBe('cancelled');
  });

  it('Cancel of a finished run changes nothing', async () => {
    const run = await runRoutingTests(team.ctx, { engine: stallingEngine(100) });
    expect(await cancelTestRun(team.ctx, run.id)).toMatchObject({ status: 'finished', passed: 10, done: 10 });
  });
});
