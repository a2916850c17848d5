import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { SESSION_EVENT_TYPES } from '../../lib/domain/constants';
import { timestampMs } from './columns';
import { workspaces } from './workspaces';

export const chatSessions = pgTable(
  'chat_sessions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    startAgentId: text('start_agent_id').notNull(),
    activeAgentId: text('active_agent_id').notNull(),
    engine: text('engine').notNull(),
    variables: jsonb('variables').$type<Record<string, string>>().notNull().default({}),
    endedAt: timestampMs('ended_at'),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (table) => [index('chat_sessions_workspace_idx').on(table.workspaceId, table.updatedAt)],
);

export const sessionEvents = pgTable(
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
    agentId: text('agent_id'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestampMs('created_at').notNull(),
  },
  (table) => [uniqueIndex('session_events_session_seq_unique').on(table.sessionId, table.seq)],
);
