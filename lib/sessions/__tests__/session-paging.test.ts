import { describe, expect, it } from 'vitest';
import { sessionEvents } from '@/db/schema';
import { NotFoundError } from '@/lib/domain/errors';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { createScriptedEngine, reply } from '@/lib/testing/scripted-engine';
import { SESSION_EVENTS_MAX_PAGE, SessionEventsQuerySchema } from '../schema';
import { createSession, getSession, getSessionRecord, sendMessage } from '../service';

const team = setupSupportTeam();

async function sessionWith(turns: number) {
  const engine = createScriptedEngine(Array.from({ length: turns }, (_, i) => reply(`answer ${i}`)));
  const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
  for (let i = 0; i < turns; i += 1) await sendMessage(team.ctx, session.id, { content: `question ${i}` }, engine);
  return session;
}

describe('reading a transcript page by page', () => {
  it('returns a short transcript whole, saying there is nothing earlier', async () => {
    const session = await sessionWith(3);
    const read = await getSession(team.ctx, session.id);
    expect(read.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(read.page).toEqual({ total: 7, earlier: 0, earlierBefore: null });
  });

  it('pages backwards from the newest events with ?before=, oldest first within a page, until nothing is earlier', async () => {
    const session = await sessionWith(15);
    const whole = (await getSession(team.ctx, session.id)).events;
    expect(whole).toHaveLength(31);

    const newest = await getSession(team.ctx, session.id, { limit: 10 });
    expect(newest.events.map((e) => e.seq)).toEqual([22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
    expect(newest.page).toEqual({ total: 31, earlier: 21, earlierBefore: 22 });

    const pages = [newest.events];
    let before = newest.page.earlierBefore;
    while (before !== null) {
      const page = await getSession(team.ctx, session.id, { limit: 10, before });
      expect(page.page.total).toBe(31);
      expect(page.page.earlier).toBe((page.events[0]?.seq ?? 1) - 1);
      pages.unshift(page.events);
      before = page.page.earlierBefore;
    }
    expect(pages.map((page) => page.length)).toEqual([1, 10, 10, 10]);
    expect(pages.flat()).toEqual(whole);
  });

  it('bounds the default read by the largest page, the newest events first', async () => {
    const session = await createSession(team.ctx, { agentId: team.general.id }, createScriptedEngine([]));
    const rows = Array.from({ length: SESSION_EVENTS_MAX_PAGE + 99 }, (_, i) => ({
      id: `evt_bulk_${i}`,
      workspaceId: team.ctx.workspaceId,
      sessionId: session.id,
      seq: i + 2,
      type: 'message' as const,
      agentId: team.general.id,
      payload: { type: 'message', role: 'user', agentId: team.general.id, content: `bulk ${i}`, kind: 'user' },
      createdAt: new Date(),
    }));
    for (let i = 0; i < rows.length; i += 200) await team.ctx.db.insert(sessionEvents).values(rows.slice(i, i + 200));

    const read = await getSession(team.ctx, session.id);
    expect(read.events).toHaveLength(SESSION_EVENTS_MAX_PAGE);
    expect(read.events.at(-1)).toMatchObject({ seq: SESSION_EVENTS_MAX_PAGE + 100, content: `bulk ${SESSION_EVENTS_MAX_PAGE + 98}` });
    expect(read.page).toEqual({ total: SESSION_EVENTS_MAX_PAGE + 100, earlier: 100, earlierBefore: 101 });
  });

  it('reads the session without its transcript where only that is needed, scoped to its workspace', async () => {
    const session = await sessionWith(2);
    expect(await getSessionRecord(team.ctx, session.id)).toEqual({
      id: session.id,
      startAgentId: team.general.id,
      activeAgentId: team.general.id,
      engine: 'Scripted test engine',
      endedAt: null,
      createdAt: session.createdAt,
      updatedAt: expect.any(String),
    });
    await expect(getSessionRecord({ ...team.ctx, workspaceId: 'ws_other' }, session.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSession({ ...team.ctx, workspaceId: 'ws_other' }, session.id, { limit: 5 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the page query', () => {
  it('takes limit and before from a query string', () => {
    expect(SessionEventsQuerySchema.parse({})).toEqual({});
    expect(SessionEventsQuerySchema.parse({ limit: '50', before: '1200' })).toEqual({ limit: 50, before: 1200 });
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '' }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ limit: '2.5' }, 'limit'],
    [{ limit: String(SESSION_EVENTS_MAX_PAGE + 1) }, 'limit'],
    [{ before: '0' }, 'before'],
    [{ before: '-3' }, 'before'],
    [{ cursor: 'x' }, ''],
  ])('refuses %o on the field', (query, field) => {
    const parsed = SessionEventsQuerySchema.safeParse(query);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.') ?? '').toBe(field);
  });
});
