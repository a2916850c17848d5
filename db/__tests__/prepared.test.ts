import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTransaction } from '@/db/transaction';
import { agents } from '@/db/schema';
import { makeAgent } from '@/lib/testing/factories';
import { setupTestContext } from '@/lib/testing/fixtures';
import type { Db } from '../types';
import { preparedOnce } from '../prepared';

const t = setupTestContext();

/** An agent's name by id, prepared through preparedOnce; counts how often it was built. */
function nameQuery(db: Db, builds: { count: number }) {
  return preparedOnce(db, 'test_agent_name_by_id', (handle, name) => {
    builds.count += 1;
    return handle.select({ name: agents.name }).from(agents).where(eq(agents.id, sql.placeholder('id'))).prepare(name);
  });
}

describe('preparedOnce', () => {
  it('builds a query once per handle and runs it with each call’s values, on either dialect', async () => {
    const lobby = await makeAgent(t.ctx, 'Lobby');
    const desk = await makeAgent(t.ctx, 'Desk');
    const builds = { count: 0 };
    expect(await nameQuery(t.ctx.db, builds).execute({ id: lobby.id })).toEqual([{ name: 'Lobby' }]);
    expect(await nameQuery(t.ctx.db, builds).execute({ id: desk.id })).toEqual([{ name: 'Desk' }]);
    expect(await nameQuery(t.ctx.db, builds).execute({ id: 'agt_missing' })).toEqual([]);
    expect(builds.count).toBe(1);
  });

  it('prepares apart for a transaction’s handle, which sees the transaction’s own writes', async () => {
    const builds = { count: 0 };
    await nameQuery(t.ctx.db, builds).execute({ id: 'agt_missing' });
    const seen = await withTransaction(t.ctx, async (tx) => {
      const made = await makeAgent(tx, 'Inside');
      return nameQuery(tx.db, builds).execute({ id: made.id });
    });
    expect(seen).toEqual([{ name: 'Inside' }]);
    expect(builds.count).toBe(2);
  });
});
