import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { agenticFunctions } from './agentic-functions';
import { workspaces } from './workspaces';

/** Each workspace's secret for signing Custom Function webhook bodies (X-Switchboard-Signature), made on first use. */
export const workspaceWebhookSecrets = sqliteTable('workspace_webhook_secrets', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  secret: text('secret').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** The last Test call of a Custom Function: what review reads to flag a webhook that failed it. */
export const functionTestCalls = sqliteTable('function_test_calls', {
  functionId: text('function_id')
    .primaryKey()
    .references(() => agenticFunctions.id, { onDelete: 'cascade' }),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  ok: integer('ok', { mode: 'boolean' }).notNull(),
  /** The HTTP status, or null when no answer came. */
  status: integer('status'),
  error: text('error'),
  durationMs: integer('duration_ms').notNull(),
  calledAt: integer('called_at', { mode: 'timestamp_ms' }).notNull(),
});
