import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { TEST_RUN_STATUSES } from '../../lib/domain/constants';
import { agents } from './agents';
import { workspaces } from './workspaces';

/** A saved routing case: customer messages sent in order from `agentId`, and where they must end up. */
export const routingTests = sqliteTable(
  'routing_tests',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    /** The start agent: the case is run in a conversation that begins here. */
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    name: text('name'),
    messages: text('messages', { mode: 'json' }).$type<string[]>().notNull(),
    // No foreign key: deleting the expected agent must not delete or rewrite the case; it then fails, named.
    /** The agent the conversation must be with after the last message; null means "no handoff". */
    expectHandoffTo: text('expect_handoff_to'),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('routing_tests_agent_idx').on(table.agentId, table.position)],
);

/** One run of the routing tests of an agent (agentId) or of the whole workspace (agentId null). */
export const testRuns = sqliteTable(
  'test_runs',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    // No foreign key: a run's record outlives the agent it was scoped to.
    agentId: text('agent_id'),
    engine: text('engine').notNull(),
    startedBy: text('started_by').notNull(),
    status: text('status', { enum: TEST_RUN_STATUSES }).notNull(),
    passed: integer('passed').notNull().default(0),
    total: integer('total').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('test_runs_workspace_created_idx').on(table.workspaceId, table.createdAt)],
);

/** Each case's outcome in a run, with a copy of the case as it was run (cases change and are deleted). */
export const testRunResults = sqliteTable(
  'test_run_results',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    runId: text('run_id')
      .notNull()
      .references(() => testRuns.id, { onDelete: 'cascade' }),
    // No foreign key: the result of a deleted case stays in the runs that ran it.
    testId: text('test_id').notNull(),
    agentId: text('agent_id').notNull(),
    name: text('name'),
    messages: text('messages', { mode: 'json' }).$type<string[]>().notNull(),
    expectHandoffTo: text('expect_handoff_to'),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    /** The agent the conversation was with after the last message; null when it stayed with the start agent. */
    reached: text('reached'),
    why: text('why', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    position: integer('position').notNull(),
  },
  (table) => [
    index('test_run_results_run_idx').on(table.runId, table.position),
    index('test_run_results_test_idx').on(table.testId),
  ],
);
