import { describe, expect, it } from 'vitest';
import { testRuns } from '@/db/schema';
import { PageQuerySchema } from '@/lib/paging/page';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { listTestRuns, listTestRunsPage } from '../list-runs';

const team = setupSupportTeam();

const T0 = Date.UTC(2025, 0, 1);

/** Finished runs run_01…, a minute apart (run_01 the oldest) unless `at` says otherwise; of `agentId` when given. */
async function seedRuns(n: number, options: { at?: (i: number) => number; agentId?: (i: number) => string | null } = {}) {
  const rows = Array.from({ length: n }, (_, index) => {
    const i = index + 1;
    const at = new Date(options.at?.(i) ?? T0 + i * 60_000);
    return { id: `run_${String(i).padStart(2, '0')}`, workspaceId: team.ctx.workspaceId, agentId: options.agentId?.(i) ?? null, engine: 'scripted', startedBy: 'tester', status: 'finished' as const, passed: 0, total: 0, createdAt: at, finishedAt: at };
  });
  if (rows.length > 0) await team.ctx.db.insert(testRuns).values(rows);
}

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
const query = (input: Record<string, unknown>) => PageQuerySchema.parse(input);

describe('runs, a numbered page at a time', () => {
  it('answers a workspace without runs with one empty page', async () => {
    expect(await listTestRunsPage(team.ctx, query({ size: 3 }))).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it('shows exactly one page whole, newest first, the oldest without changes before it', async () => {
    await seedRuns(3);
    const page = await listTestRunsPage(team.ctx, query({ size: 3 }));
    expect(ids(page)).toEqual(['run_03', 'run_02', 'run_01']);
    expect(page.items.map((run) => run.changesBefore === null)).toEqual([false, false, true]);
  });

  it('ends on a short last page, past the end shows the last; a page’s oldest run still compares with the run before it', async () => {
    await seedRuns(7);
    const first = await listTestRunsPage(team.ctx, query({ size: 3 }));
    expect(ids(first)).toEqual(['run_07', 'run_06', 'run_05']);
    expect(first.items.at(-1)?.changesBefore).not.toBeNull();
    const last = await listTestRunsPage(team.ctx, query({ size: 3, page: 3 }));
    expect(ids(last)).toEqual(['run_01']);
    expect(last).toMatchObject({ total: 7, page: 3, pageCount: 3 });
    expect(ids(await listTestRunsPage(team.ctx, query({ size: 3, page: 30 })))).toEqual(['run_01']);
  });

  it('counts and pages one agent’s runs', async () => {
    await seedRuns(6, { agentId: (i) => (i % 2 === 0 ? team.general.id : null) });
    const page = await listTestRunsPage(team.ctx, { ...query({ size: 2, page: 2 }), agentId: team.general.id });
    expect(ids(page)).toEqual(['run_02']);
    expect(page).toMatchObject({ total: 3, pageCount: 2 });
  });

  it('orders runs of the same millisecond by id in both listings, so neither skips or repeats one', async () => {
    await seedRuns(5, { at: () => T0 });
    const numbered = await Promise.all([1, 2, 3].map((page) => listTestRunsPage(team.ctx, query({ size: 2, page }))));
    expect(numbered.flatMap(ids)).toEqual(['run_05', 'run_04', 'run_03', 'run_02', 'run_01']);
    const seen: string[] = [];
    let before: string | undefined;
    do {
      const page = await listTestRuns(team.ctx, { limit: 2, before });
      seen.push(...page.runs.map((run) => run.id));
      before = page.nextBefore ?? undefined;
    } while (before);
    expect(seen).toEqual(['run_05', 'run_04', 'run_03', 'run_02', 'run_01']);
  });
});
