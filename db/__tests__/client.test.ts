import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { createTestContext } from '@/lib/testing/test-context';

describe('openDatabase', () => {
  let ctx: ReturnType<typeof createTestContext>;
  afterEach(() => ctx.close());

  it('applies the migrations, turns on foreign keys and WAL, and creates the default workspace', () => {
    ctx = createTestContext();
    expect(ctx.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = ctx.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['agents', 'agentic_functions', 'chat_sessions', 'session_events', 'audit_events']),
    );
    const workspace = ctx.sqlite.prepare('SELECT id FROM workspaces').get() as { id: string };
    expect(workspace.id).toBe(DEFAULT_WORKSPACE_ID);
  });

  it('refuses a handoff whose target agent does not exist (foreign key)', () => {
    ctx = createTestContext();
    expect(() =>
      ctx.sqlite
        .prepare(
          "INSERT INTO agentic_functions (id, workspace_id, agent_id, phase, type, config, target_agent_id, created_at, updated_at) VALUES ('f', ?, 'nope', 'during_session', 'agent_handoff', '{}', 'nope', 0, 0)",
        )
        .run(DEFAULT_WORKSPACE_ID),
    ).toThrow(/FOREIGN KEY/);
  });
});
