import { spawn } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { agents, auditEvents } from '@/db/schema';
import { toDomainError } from '@/db/driver-errors';
import { withTransaction } from '@/db/transaction';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { ConflictError } from '@/lib/domain/errors';
import { createTestContext, testDialect } from '@/lib/testing/test-context';

const now = new Date();
const agentRow = (id: string, name: string, slug = name.toLowerCase()) => ({
  id,
  workspaceId: DEFAULT_WORKSPACE_ID,
  name,
  slug,
  description: 'd',
  instructions: '',
  greeting: '',
  createdAt: now,
  updatedAt: now,
});
const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withTransaction', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  afterEach(() => ctx.close());
  const names = async () => (await ctx.db.select({ name: agents.name }).from(agents).orderBy(agents.name)).map((row) => row.name);

  it('rolls back every write of an async callback when a later write fails', async () => {
    ctx = await createTestContext();
    await expect(
      withTransaction(ctx, async (tx) => {
        await tx.db.insert(agents).values(agentRow('agt_1', 'A'));
        await tick();
        await tx.db
          .insert(auditEvents)
          .values({ id: 'aud_1', workspaceId: DEFAULT_WORKSPACE_ID, actor: 't', entityType: 'agent', entityId: 'agt_1', action: 'create', at: now });
        await tick();
        // Same slug in the same workspace: the unique index refuses it, and the whole change must go.
        await tx.db.insert(agents).values(agentRow('agt_2', 'B', 'a'));
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await names()).toEqual([]);
    expect((await ctx.db.select().from(auditEvents))).toEqual([]);
  });

  it('keeps a second writer out of an open transaction, and readers never see uncommitted rows', async () => {
    ctx = await createTestContext();
    const seenByReader: string[][] = [];
    const first = withTransaction(ctx, async (tx) => {
      await tx.db.insert(agents).values(agentRow('agt_1', 'First'));
      await tick(20);
      seenByReader.push(await names());
      throw new Error('first writer fails after the second one was queued');
    });
    const second = (async () => {
      await tick(5);
      return withTransaction(ctx, async (tx) => {
        await tx.db.insert(agents).values(agentRow('agt_2', 'Second'));
        return (await tx.db.select({ name: agents.name }).from(agents)).map((row) => row.name);
      });
    })();
    await expect(first).rejects.toThrow('first writer fails');
    // The second writer ran after the first rolled back: it saw only its own row, and it stays.
    expect(await second).toEqual(['Second']);
    expect(seenByReader).toEqual([[]]);
    expect(await names()).toEqual(['Second']);
  });

  it('joins the caller’s transaction when nested, so the outer failure undoes the inner write', async () => {
    ctx = await createTestContext();
    await expect(
      withTransaction(ctx, async (outer) => {
        await withTransaction(outer, (inner) => inner.db.insert(agents).values(agentRow('agt_1', 'Inner')));
        expect((await outer.db.select().from(agents).where(eq(agents.id, 'agt_1')))[0]?.name).toBe('Inner');
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await names()).toEqual([]);
  });

  it.skipIf(testDialect !== 'sqlite')('waits for another process’s write lock instead of failing (BEGIN IMMEDIATE + busy timeout)', async () => {
    ctx = await createTestContext();
    const file = ctx.sqlite?.name;
    // Another process takes the write lock and holds it for 400 ms.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE'); console.log('locked');
         setTimeout(() => { db.exec('COMMIT'); db.close(); }, 400);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const created = await withTransaction(ctx, (tx) => tx.db.insert(agents).values(agentRow('agt_1', 'Waited')).returning({ id: agents.id }));
    expect(created).toEqual([{ id: 'agt_1' }]);
    expect(await names()).toEqual(['Waited']);
    await new Promise((resolve) => holder.once('exit', resolve));
  });

  it.skipIf(testDialect !== 'sqlite')('never fails to upgrade a read to a write while another process writes (no SQLITE_BUSY_SNAPSHOT)', async () => {
    ctx = await createTestContext();
    const file = ctx.sqlite?.name;
    // Another process that writes as soon as it is told to, waiting for the lock if it must.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}); db.pragma('busy_timeout = 5000');
         console.log('ready');
         process.stdin.once('data', () => {
           db.prepare("INSERT INTO agents (id, workspace_id, name, slug, description, instructions, greeting, version, created_at, updated_at) VALUES ('agt_other', ?, 'Other', 'other', 'd', '', '', 1, 0, 0)").run(${JSON.stringify(DEFAULT_WORKSPACE_ID)});
           db.close();
           process.exit(0);
         });`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => writer.once('exit', resolve));
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
    await withTransaction(ctx, async (tx) => {
      const before = (await tx.db.select().from(agents)).length; // read first…
      writer.stdin.write('go\n');
      await tick(300); // …the other process tries to write meanwhile…
      await tx.db.insert(agents).values(agentRow('agt_1', `Mine after ${before}`)); // …then write.
    });
    await exited;
    expect(await names()).toEqual(['Mine after 0', 'Other']);
  });
});

describe('toDomainError', () => {
  it('turns busy and unique-clash driver errors (also wrapped by drizzle) into a ConflictError', () => {
    const sqliteBusy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const wrapped = new Error('Failed query', { cause: Object.assign(new Error('UNIQUE'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }) });
    const pgSerialization = Object.assign(new Error('could not serialize'), { code: '40001' });
    for (const error of [sqliteBusy, wrapped, pgSerialization]) expect(toDomainError(error)).toBeInstanceOf(ConflictError);
    const other = new Error('boom');
    expect(toDomainError(other)).toBe(other);
  });
});
