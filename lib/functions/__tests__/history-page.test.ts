import { describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import type { AuditEntity } from '@/lib/domain/constants';
import { workspaceHistoryHref } from '@/lib/review/hrefs';
import { loadWorkspaceHistory } from '@/lib/review/history-load';
import { setupTestContext } from '@/lib/testing/fixtures';
import { HistoryQuerySchema, listWorkspaceHistory } from '../history';

const t = setupTestContext();

const T0 = Date.UTC(2025, 0, 1);

/** Audit rows aud_01…, one a minute (aud_01 the oldest) unless `at` says otherwise, of the kinds given in order. */
async function seed(kinds: AuditEntity[], at: (i: number) => number = (i) => T0 + i * 60_000) {
  const rows = kinds.map((entityType, index) => {
    const i = index + 1;
    return {
      id: `aud_${String(i).padStart(2, '0')}`,
      workspaceId: t.ctx.workspaceId,
      actor: 'tester',
      entityType,
      entityId: `${entityType}_${i}`,
      action: 'create' as const,
      before: null,
      after: { name: `Thing ${i}` },
      effects: null,
      at: new Date(at(i)),
    };
  });
  if (rows.length > 0) await t.ctx.db.insert(auditEvents).values(rows);
}

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
const query = (input: Record<string, unknown>) => HistoryQuerySchema.parse(input);

describe('the workspace history, a page at a time', () => {
  it('answers an empty workspace with one empty page', async () => {
    const page = await listWorkspaceHistory(t.ctx, query({ size: 3 }));
    expect(page).toEqual({ items: [], total: 0, page: 1, size: 3, pageCount: 1, offset: 0 });
  });

  it('shows exactly one page whole, newest first', async () => {
    await seed(['agent', 'function', 'agent']);
    const page = await listWorkspaceHistory(t.ctx, query({ size: 3 }));
    expect(ids(page)).toEqual(['aud_03', 'aud_02', 'aud_01']);
    expect(page).toMatchObject({ total: 3, pageCount: 1 });
  });

  it('ends on a short last page, and a page past the end shows the last one', async () => {
    await seed(Array.from({ length: 7 }, () => 'agent'));
    expect(ids(await listWorkspaceHistory(t.ctx, query({ size: 3, page: 2 })))).toEqual(['aud_04', 'aud_03', 'aud_02']);
    const last = await listWorkspaceHistory(t.ctx, query({ size: 3, page: 3 }));
    expect(ids(last)).toEqual(['aud_01']);
    expect(last).toMatchObject({ total: 7, page: 3, pageCount: 3, offset: 6 });
    expect(await listWorkspaceHistory(t.ctx, query({ size: 3, page: '40' }))).toEqual(last);
  });

  it('counts and pages within the entity filter', async () => {
    await seed(['agent', 'function', 'agent', 'function', 'function', 'routing_test', 'function']);
    const functions = await listWorkspaceHistory(t.ctx, query({ entity: 'function', size: 3 }));
    expect(ids(functions)).toEqual(['aud_07', 'aud_05', 'aud_04']);
    expect(functions).toMatchObject({ total: 4, pageCount: 2 });
    expect(ids(await listWorkspaceHistory(t.ctx, query({ entity: 'function', size: 3, page: 2 })))).toEqual(['aud_02']);
    expect(await listWorkspaceHistory(t.ctx, query({ entity: 'agent', size: 3 }))).toMatchObject({ total: 2, pageCount: 1 });
    expect(await listWorkspaceHistory(t.ctx, query({ size: 3 }))).toMatchObject({ total: 7, pageCount: 3 });
    expect(await listWorkspaceHistory({ ...t.ctx, workspaceId: 'ws_other' }, query({}))).toMatchObject({ total: 0 });
  });

  it('orders changes of the same millisecond by id, so no entry is skipped or repeated across pages', async () => {
    await seed(['agent', 'agent', 'agent', 'agent', 'agent'], () => T0);
    const pages = await Promise.all([1, 2, 3].map((page) => listWorkspaceHistory(t.ctx, query({ size: 2, page }))));
    expect(pages.flatMap(ids)).toEqual(['aud_05', 'aud_04', 'aud_03', 'aud_02', 'aud_01']);
  });

  it('opens the page holding a linked entry, within the filter, and ignores an unknown one', async () => {
    await seed(['agent', 'function', 'agent', 'function', 'agent', 'agent', 'function', 'agent']);
    const holding = await listWorkspaceHistory(t.ctx, query({ entity: 'agent', size: 2, entry: 'aud_03' }));
    expect(holding).toMatchObject({ page: 2, total: 5 });
    expect(ids(holding)).toEqual(['aud_05', 'aud_03']);
    expect(await listWorkspaceHistory(t.ctx, query({ size: 2, entry: 'aud_01' }))).toMatchObject({ page: 4 });
    expect(await listWorkspaceHistory(t.ctx, query({ size: 2, page: 3, entry: 'aud_missing' }))).toMatchObject({ page: 3 });
    expect(await listWorkspaceHistory({ ...t.ctx, workspaceId: 'ws_other' }, query({ size: 2, entry: 'aud_01' }))).toMatchObject({ page: 1, total: 0 });
  });

  it('reads old links and stray parameters as the first page of the default size', () => {
    expect(HistoryQuerySchema.parse({ limit: '300', entity: 'nope', page: '-2', size: '5000' })).toEqual({ page: 1, size: 50, entity: undefined, entry: undefined });
  });

  it('turns the page into readable entries, with where it sits', async () => {
    await seed(['agent', 'agent', 'agent']);
    const view = await loadWorkspaceHistory(t.ctx, query({ size: 2, page: 2 }));
    expect(view.entries.map((entry) => [entry.id, entry.subject])).toEqual([['aud_01', 'Agent Thing 1']]);
    expect(view.page).toEqual({ total: 3, page: 2, size: 2, pageCount: 2, offset: 2 });
  });
});

describe('links into the workspace history', () => {
  it('keep the filter and size, and a link to one change opens its page scrolled to it', () => {
    expect(workspaceHistoryHref({})).toBe('/review/history');
    expect(workspaceHistoryHref({ entity: 'agent', page: 3, size: 2 })).toBe('/review/history?entity=agent&page=3&size=2');
    expect(workspaceHistoryHref({ entity: 'agent', page: 1, size: 50 })).toBe('/review/history?entity=agent');
    expect(workspaceHistoryHref({ entity: 'routing_test', entry: 'aud_7' })).toBe('/review/history?entity=routing_test&entry=aud_7#aud_7');
  });
});
