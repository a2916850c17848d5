import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { setupTestContext } from '@/lib/testing/fixtures';
import { testDialect } from '@/lib/testing/test-context';

// The SQLite file itself: the PostgreSQL run has db/__tests__/schema-parity.test.ts and the services.
describe.skipIf(testDialect !== 'sqlite')('openDatabase (SQLite)', () => {
  const t = setupTestContext();
  let sqlite: NonNullable<typeof t.ctx.sqlite>;
  beforeEach(async () => {
    sqlite = t.ctx.sqlite as typeof sqlite;
  });

  it('applies the migrations, turns on foreign keys and WAL, and creates the default workspace', () => {
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['agents', 'agentic_functions', 'chat_sessions', 'session_events', 'audit_events']),
    );
    const workspace = sqlite.prepare('SELECT id FROM workspaces').get() as { id: string };
    expect(workspace.id).toBe(DEFAULT_WORKSPACE_ID);
  });

  it('refuses a handoff whose target agent does not exist (foreign key)', () => {
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO agentic_functions (id, workspace_id, agent_id, phase, type, config, target_agent_id, created_at, updated_at) VALUES ('f', ?, 'nope', 'during_session', 'agent_handoff', '{}', 'nope', 0, 0)",
        )
        .run(DEFAULT_WORKSPACE_ID),
    ).toThrow(/FOREIGN KEY/);
  });
});
