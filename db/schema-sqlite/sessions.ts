import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { SESSION_EVENT_TYPES } from '../../lib/domain/constants';
import { workspaces } from './workspaces';

export const chatSessions = sqliteTable(
  'chat_sessions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    // No foreign key: a transcript outlives its agents; a deleted one is named from the audit log.
    startAgentId: text('start_agent_id').notNull(),
    activeAgentId: text('active_agent_id').notNull(),
    engine: text('engine').notNull(),
    /** What Pre-Session functions returned: the values of `{{name}}` placeholders in greetings and instructions. */
    variables: text('variables', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    /** Set once the conversation ended (End Session, the End conversation button, a Pre-Session block): no more messages. */
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('chat_sessions_workspace_idx').on(table.workspaceId, table.updatedAt)],
);

/** Append-only transcript: every reading of a session (UI, history, API) is a reading of this table. */
export const sessionEvents = sqliteTable(
  'session_events',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    sessionId: text('session_id')
      .notNull()
      .references(() => chatSessions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type', { enum: SESSION_EVENT_TYPES }).notNull(),
    /** The agent that was active when the event happened. */
    agentId: text('agent_id'),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('session_events_session_seq_unique').on(table.sessionId, table.seq)],
);
