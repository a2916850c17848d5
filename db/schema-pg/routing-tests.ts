import { boolean, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { TEST_RUN_STATUSES } from '../../lib/domain/constants';
import { timestampMs } from './columns';
import { agents } from './agents';
import { workspaces } from './workspaces';

export const routingTests = pgTable(
  'routing_tests',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    name: text('name'),
    messages: jsonb('messages').$type<string[]>().notNull(),
    expectHandoffTo: text('expect_handoff_to'),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
  },
  (table) => [index('routing_tests_agent_idx').on(table.agentId, table.position)],
);

export const testRuns = pgTable(
  'test_runs',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    agentId: text('agent_id'),
    engine: text('engine').notNull(),
    startedBy: text('started_by').notNull(),
    status: text('status', { enum: TEST_RUN_STATUSES }).notNull(),
    passed: integer('passed').notNull().default(0),
    total: integer('total').notNull(),
    createdAt: timestampMs('created_at').notNull(),
    finishedAt: timestampMs('finished_at'),
  },
  (table) => [index('test_runs_workspace_created_idx').on(table.workspaceId, table.createdAt)],
);

export const testRunResults = pgTable(
  'test_run_results',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    runId: text('run_id')
      .notNull()
      .references(() => testRuns.id, { onDelete: 'cascade' }),
    testId: text('test_id').notNull(),
    agentId: text('agent_id').notNull(),
    name: text('name'),
    messages: jsonb('messages').$type<string[]>().notNull(),
    expectHandoffTo: text('expect_handoff_to'),
    ok: boolean('ok').notNull(),
    reached: text('reached'),
    why: jsonb('why').$type<Record<string, unknown> | null>(),
    position: integer('position').notNull(),
  },
  (table) => [
    index('test_run_results_run_idx').on(table.runId, table.position),
    index('test_run_results_test_idx').on(table.testId),
  ],
);
