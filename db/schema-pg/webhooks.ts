import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { agenticFunctions } from './agentic-functions';
import { timestampMs } from './columns';
import { workspaces } from './workspaces';

export const workspaceWebhookSecrets = pgTable('workspace_webhook_secrets', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  createdAt: timestampMs('created_at').notNull(),
});

export const functionTestCalls = pgTable('function_test_calls', {
  functionId: text('function_id')
    .primaryKey()
    .references(() => agenticFunctions.id, { onDelete: 'cascade' }),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  ok: boolean('ok').notNull(),
  status: integer('status'),
  error: text('error'),
  durationMs: integer('duration_ms').notNull(),
  calledAt: timestampMs('called_at').notNull(),
});
