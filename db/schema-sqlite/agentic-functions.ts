import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { FUNCTION_TYPES, PHASES } from '../../lib/domain/constants';
import { agents } from './agents';
import { workspaces } from './workspaces';

export const agenticFunctions = sqliteTable(
  'agentic_functions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    agentId: text('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: PHASES }).notNull(),
    type: text('type', { enum: FUNCTION_TYPES }).notNull(),
    /** Validated per type by the registry's zod schema before it is written. */
    config: text('config', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** Mirrors config.targetAgentId for handoffs so the database itself refuses a dangling target. */
    targetAgentId: text('target_agent_id').references(() => agents.id, { onDelete: 'restrict' }),
    /** The name the LLM sees; unique within an agent so tool calls are unambiguous. */
    toolName: text('tool_name'),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('agentic_functions_agent_idx').on(table.agentId, table.phase, table.position),
    index('agentic_functions_target_idx').on(table.targetAgentId),
    uniqueIndex('agentic_functions_agent_tool_unique')
      .on(table.agentId, table.toolName)
      .where(sql`${table.toolName} IS NOT NULL`),
    uniqueIndex('agentic_functions_agent_handoff_target_unique')
      .on(table.agentId, table.targetAgentId)
      .where(sql`${table.type} = 'agent_handoff'`),
  ],
);
