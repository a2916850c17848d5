import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';

const MIGRATIONS = path.resolve('db/migrations');
let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A migrations folder holding only the first `count` committed migrations: the schema of an older release. */
function olderMigrations(count: number): string {
  const folder = path.join(dir, 'migrations');
  fs.mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(path.join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  for (const entry of journal.entries) fs.copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  return folder;
}

describe('upgrading a database made before transcripts outlived their agents', () => {
  it('keeps every test session and event, and foreign keys stay on and hold', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-migrate-'));
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(drizzle(old), { migrationsFolder: olderMigrations(1) });
    old.prepare('INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, 0)').run(DEFAULT_WORKSPACE_ID, 'Default workspace');
    const addAgent = old.prepare(
      "INSERT INTO agents (id, workspace_id, name, slug, description, instructions, greeting, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'd', '', '', 1, 0, 0)",
    );
    addAgent.run('agt_a', DEFAULT_WORKSPACE_ID, 'General', 'general');
    addAgent.run('agt_b', DEFAULT_WORKSPACE_ID, 'Billing', 'billing');
    const addSession = old.prepare("INSERT INTO chat_sessions (id, workspace_id, start_agent_id, active_agent_id, engine, created_at, updated_at) VALUES (?, ?, ?, ?, 'sim', 1, 2)");
    addSession.run('ses_1', DEFAULT_WORKSPACE_ID, 'agt_a', 'agt_b');
    addSession.run('ses_2', DEFAULT_WORKSPACE_ID, 'agt_b', 'agt_b');
    const addEvent = old.prepare("INSERT INTO session_events (id, workspace_id, session_id, seq, type, agent_id, payload, created_at) VALUES (?, ?, ?, ?, 'message', ?, '{}', 3)");
    addEvent.run('evt_1', DEFAULT_WORKSPACE_ID, 'ses_1', 1, 'agt_a');
    addEvent.run('evt_2', DEFAULT_WORKSPACE_ID, 'ses_1', 2, 'agt_b');
    addEvent.run('evt_3', DEFAULT_WORKSPACE_ID, 'ses_2', 1, 'agt_b');
    old.close();

    const { sqlite, close } = openDatabase(file);
    try {
      expect(sqlite.prepare('SELECT id, start_agent_id, active_agent_id, created_at, updated_at FROM chat_sessions ORDER BY id').all()).toEqual([
        { id: 'ses_1', start_agent_id: 'agt_a', active_agent_id: 'agt_b', created_at: 1, updated_at: 2 },
        { id: 'ses_2', start_agent_id: 'agt_b', active_agent_id: 'agt_b', created_at: 1, updated_at: 2 },
      ]);
      expect(sqlite.prepare('SELECT id FROM session_events ORDER BY id').pluck().all()).toEqual(['evt_1', 'evt_2', 'evt_3']);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      // Events still belong to a session that exists; sessions no longer to an agent that does.
      expect(() => addEventTo(sqlite, 'ses_missing')).toThrow(/FOREIGN KEY/);
      sqlite.prepare("DELETE FROM agents WHERE id = 'agt_b'").run();
      expect(sqlite.prepare('SELECT count(*) FROM chat_sessions').pluck().get()).toBe(2);
      expect(sqlite.prepare('SELECT count(*) FROM session_events').pluck().get()).toBe(3);
    } finally {
      close();
    }
  });
});

function addEventTo(sqlite: Database.Database, sessionId: string) {
  sqlite
    .prepare("INSERT INTO session_events (id, workspace_id, session_id, seq, type, agent_id, payload, created_at) VALUES ('evt_x', ?, ?, 9, 'message', NULL, '{}', 3)")
    .run(DEFAULT_WORKSPACE_ID, sessionId);
}
