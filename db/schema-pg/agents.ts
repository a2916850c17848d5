import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestampMs } from './columns';
import { workspaces } from './workspaces';

export const agents = pgTable(
  'agents',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    description: text('description').notNull(),
    instructions: text('instructions').notNull(),
    greeting: text('greeting').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('agents_workspace_name_unique').on(table.workspaceId, table.name),
    uniqueIndex('agents_workspace_slug_unique').on(table.workspaceId, table.slug),
    index('agents_workspace_idx').on(table.workspaceId),
  ],
);
