import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../lib/domain/constants';
import { timestampMs } from './columns';
import { workspaces } from './workspaces';

export const auditEvents = pgTable(
  'audit_events',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    actor: text('actor').notNull(),
    entityType: text('entity_type', { enum: AUDIT_ENTITIES }).notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    effects: jsonb('effects').$type<Record<string, unknown> | null>(),
    at: timestampMs('at').notNull(),
  },
  (table) => [
    index('audit_events_workspace_at_idx').on(table.workspaceId, table.at),
    index('audit_events_entity_idx').on(table.entityType, table.entityId, table.at),
  ],
);
