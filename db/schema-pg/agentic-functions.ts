import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { FUNCTION_TYPES, PHASES } from '../../lib/domain/constants';
import { agents } from './agents';
import { timestampMs } from './columns';
import { workspaces } from './workspaces';

export const agenticFunctions = pgTable(
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
    config: jsonb('config').$type<Record<string, unknown>>().notNull(),
    targetAgentId: text('target_agent_id').references(() => agents.id, { onDelete: 'restrict' }),
    toolName: text('tool_name'),
    enabled: boolean('enabled').notNull().default(true),
    position: integer('position').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestampMs('created_at').notNull(),
    updatedAt: timestampMs('updated_at').notNull(),
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
