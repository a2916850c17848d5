import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../lib/domain/constants';
import { workspaces } from './workspaces';

/** Who changed what: one row per create, update, enable/disable, delete and restore. */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    actor: text('actor').notNull(),
    entityType: text('entity_type', { enum: AUDIT_ENTITIES }).notNull(),
    // No foreign key: the history of a deleted entity must outlive it.
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    /** What else the change did: an agent's delete names the functions it removed and the transcripts it kept. */
    effects: text('effects', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('audit_events_workspace_at_idx').on(table.workspaceId, table.at),
    index('audit_events_entity_idx').on(table.entityType, table.entityId, table.at),
  ],
);
