import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chatSessions, sessionEvents } from '@/db/schema';
import { PageQuerySchema } from '@/lib/paging/page';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { SessionListQuerySchema } from '../schema';
import { listSessionsPage } from '../session-page';

const team = setupSupportTeam();

const T0 = Date.UTC(2025, 0, 1);

type EventType = (typeof sessionEvents.$inferInsert)['type'];

/** One transcript event of a session, at `seq`. */
const event = (sessionId: string, seq: number, type: EventType, payload: Record<string, unknown> = {}) => ({
  id: `evt_${sessionId}_${seq}`,
  workspaceId: team.ctx.workspaceId,
  sessionId,
  seq,
  type,
  agentId: team.general.id,
  payload,
  createdAt: new Date(T0),
});
const greeting = (sessionId: string) => event(sessionId, 1, 'message', { type: 'message', role: 'assistant', agentId: team.general.id, content: 'Hello!', kind: 'greeting' });
const customer = (sessionId: string, seq: number) => event(sessionId, seq, 'message', { type: 'message', role: 'user', agentId: team.general.id, content: 'Hi', kind: 'user' });

/**
 * Sessions s01…sNN, each last active a minute after the one before (so s01 is the oldest), each opened with
 * a greeting and, unless `silent` says otherwise, written in by the customer (the history lists only those).
 */
async function seedSessions(n: number, at: (i: number) => number = (i) => T0 + i * 60_000, silent: (i: number) => boolean = () => false) {
  const rows = Array.from({ length: n }, (_, index) => {
    const i = index + 1;
    return {
      id: `ses_${String(i).padStart(2, '0')}`,
      workspaceId: team.ctx.workspaceId,
      startAgentId: team.general.id,
      activeAgentId: team.general.id,
      engine: 'scripted',
      createdAt: new Date(T0),
      updatedAt: new Date(at(i)),
    };
  });
  if (rows.length === 0) return [];
  await team.ctx.db.insert(chatSessions).values(rows);
  await team.ctx.db.insert(sessionEvents).values(rows.flatMap((row, index) => (silent(index + 1) ? [greeting(row.id)] : [greeting(row.id), customer(row.id, 2)])));
  return rows.map((row) => row.id);
}

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
const query = (page: number, size: number) => PageQuerySchema.parse({ page, size });

describe('the session history, a page at a time', () => {
  it('answers an empty workspace with one empty page', async () => {
    const page = await listSessionsPage(team.ctx, query(1, 3));
    expect(page).toEqual({ items: [], total: 0, page: 1, size: 3, pageCount: 1, offset: 0 });
  });

  it('shows exactly one page whole, newest first', async () => {
    await seedSessions(3);
    const page = await listSessionsPage(team.ctx, query(1, 3));
    expect(ids(page)).toEqual(['ses_03', 'ses_02', 'ses_01']);
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1 });
  });

  it('ends on a short last page, and a page past the end shows the last one', async () => {
    await seedSessions(7);
    expect(ids(await listSessionsPage(team.ctx, query(1, 3)))).toEqual(['ses_07', 'ses_06', 'ses_05']);
    expect(ids(await listSessionsPage(team.ctx, query(2, 3)))).toEqual(['ses_04', 'ses_03', 'ses_02']);
    const last = await listSessionsPage(team.ctx, query(3, 3));
    expect(ids(last)).toEqual(['ses_01']);
    expect(last).toMatchObject({ total: 7, page: 3, pageCount: 3, offset: 6 });
    const past = await listSessionsPage(team.ctx, query(99, 3));
    expect(past).toEqual(last);
  });

  it('orders sessions active in the same millisecond by id, so no row is skipped or repeated across pages', async () => {
    await seedSessions(5, () => T0);
    const seen = [...ids(await listSessionsPage(team.ctx, query(1, 2))), ...ids(await listSessionsPage(team.ctx, query(2, 2))), ...ids(await listSessionsPage(team.ctx, query(3, 2)))];
    expect(seen).toEqual(['ses_05', 'ses_04', 'ses_03', 'ses_02', 'ses_01']);
  });

  it('counts the messages and handoffs of the sessions on the page only, and only this workspace’s sessions', async () => {
    await seedSessions(2);
    // Each already has its greeting and the customer's message (seq 1 and 2).
    await team.ctx.db.insert(sessionEvents).values([event('ses_01', 3, 'handoff'), event('ses_01', 4, 'message'), event('ses_01', 5, 'message')]);
    const page = await listSessionsPage(team.ctx, query(1, 50));
    expect(page.items).toEqual([
      expect.objectContaining({ id: 'ses_02', messages: 2, handoffs: 0, updatedAt: new Date(T0 + 120_000).toISOString() }),
      expect.objectContaining({ id: 'ses_01', messages: 4, handoffs: 1, startAgentId: team.general.id }),
    ]);
    expect(await listSessionsPage({ ...team.ctx, workspaceId: 'ws_other' }, query(1, 50))).toMatchObject({ items: [], total: 0 });
  });
});

describe('sessions nobody wrote in', () => {
  it('are left out of the rows and the count, so they neither take a place on a page nor add a page', async () => {
    // ses_07 (the newest), ses_05, ses_04 and ses_01 were opened and only greeted; ses_05 also ran a Pre-Session call.
    await seedSessions(7, undefined, (i) => i === 7 || i === 5 || i === 4 || i === 1);
    await team.ctx.db.insert(sessionEvents).values(event('ses_05', 2, 'function_call', { type: 'function_call', phase: 'pre_session' }));
    const first = await listSessionsPage(team.ctx, query(1, 2));
    expect(ids(first)).toEqual(['ses_06', 'ses_03']);
    expect(first).toMatchObject({ total: 3, pageCount: 2 });
    const last = await listSessionsPage(team.ctx, query(2, 2));
    expect(ids(last)).toEqual(['ses_02']);
    expect(last).toMatchObject({ total: 3, page: 2, pageCount: 2, offset: 2 });
  });

  it('are left out even when an assistant spoke more than once, but an ended one stays: a Pre-Session block ends it before any message', async () => {
    await seedSessions(3, undefined, () => true);
    await team.ctx.db.insert(sessionEvents).values(event('ses_02', 2, 'message', { type: 'message', role: 'assistant', agentId: team.general.id, content: 'Still there?', kind: 'reply' }));
    await team.ctx.db.update(chatSessions).set({ endedAt: new Date(T0 + 90_000) }).where(eq(chatSessions.id, 'ses_01'));
    const page = await listSessionsPage(team.ctx, query(1, 10));
    expect(ids(page)).toEqual(['ses_01']);
    expect(page).toMatchObject({ total: 1, pageCount: 1 });
  });

  it('answers one empty page when every session is silent', async () => {
    await seedSessions(2, undefined, () => true);
    expect(await listSessionsPage(team.ctx, query(1, 3))).toEqual({ items: [], total: 0, page: 1, size: 3, pageCount: 1, offset: 0 });
  });
});

describe('GET /api/v1/sessions?page=&size=', () => {
  it('defaults to the newest 100, and refuses a size past 100 or a page that is not a whole number', () => {
    expect(SessionListQuerySchema.parse({})).toEqual({ page: 1, size: 100 });
    expect(SessionListQuerySchema.parse({ page: '2', size: '10' })).toEqual({ page: 2, size: 10 });
    expect(SessionListQuerySchema.safeParse({ size: '101' }).success).toBe(false);
    expect(SessionListQuerySchema.safeParse({ page: 'x' }).success).toBe(false);
    expect(SessionListQuerySchema.safeParse({ page: '0' }).success).toBe(false);
    expect(SessionListQuerySchema.safeParse({ limit: '5' }).success).toBe(false);
  });

  it('says which sessions ended, and when', async () => {
    await seedSessions(2);
    await team.ctx.db.update(chatSessions).set({ endedAt: new Date(T0 + 90_000) }).where(eq(chatSessions.id, 'ses_01'));
    const page = await listSessionsPage(team.ctx, query(1, 10));
    expect(page.items.map((item) => [item.id, item.endedAt])).toEqual([
      ['ses_02', null],
      ['ses_01', new Date(T0 + 90_000).toISOString()],
    ]);
  });
});
