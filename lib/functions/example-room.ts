import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { currentDialect } from '@/db/dialect';
import { agenticFunctions, agents } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError } from '@/lib/domain/errors';
import { formatCount, limitsOf } from '@/lib/domain/workspace-limits';
import { handoffExamples } from '@/lib/function-types/agent-handoff-config';

/** Transactions (their context objects) whose whole set of examples was already checked: an import's. */
const checkedWhole = new WeakSet<ServiceContext>();

/** "1 example message", "49,990 example messages". */
export const exampleMessages = (count: number) => `${formatCount(count)} example ${count === 1 ? 'message' : 'messages'}`;

/** How many examples one stored config holds, in SQL: rows without the field (or not handoffs) hold none. */
function examplesInConfig() {
  return currentDialect() === 'postgres'
    ? sql`coalesce(jsonb_array_length(case when jsonb_typeof(${agenticFunctions.config}->'examples') = 'array' then ${agenticFunctions.config}->'examples' end), 0)`
    : sql`coalesce(json_array_length(${agenticFunctions.config}, '$.examples'), 0)`;
}

/**
 * The examples of every function of the workspace but `exceptId` (the one being written), counted by
 * the database from the stored configs. Counted through the workspace's agents, as workspace-room does.
 */
export async function countWorkspaceExamples(tx: ServiceContext, exceptId?: string): Promise<number> {
  const workspaceAgents = tx.db.select({ id: agents.id }).from(agents).where(eq(agents.workspaceId, tx.workspaceId));
  const [row] = await tx.db
    .select({ n: sql<number | string | null>`sum(${examplesInConfig()})` })
    .from(agenticFunctions)
    .where(and(inArray(agenticFunctions.agentId, workspaceAgents), exceptId ? ne(agenticFunctions.id, exceptId) : undefined));
  return Number(row?.n ?? 0);
}

/**
 * Refuses (409), writing nothing, a handoff config whose examples would take the workspace past its
 * cap. Called inside the write transaction, just before the write, so two concurrent saves cannot both
 * take the last places. `functionId` is the function being written (null for a new one): its stored
 * examples are the ones being replaced, and a save that does not add to them always passes. The
 * refusal is keyed `field` (the form's examples field).
 */
export async function assertRoomForExamples(
  tx: ServiceContext,
  functionId: string | null,
  config: Record<string, unknown>,
  field = 'config.examples',
): Promise<void> {
  if (checkedWhole.has(tx)) return;
  const count = handoffExamples(config).length;
  if (count === 0) return;
  const limit = limitsOf(tx).examples;
  const others = await countWorkspaceExamples(tx, functionId ?? undefined);
  if (others + count <= limit) return;
  const stored = functionId === null ? 0 : await storedExamples(tx, functionId);
  // A workspace past a cap lowered after the fact can still save a handoff without adding examples to it.
  if (count <= stored) return;
  const message =
    `This workspace already has ${exampleMessages(others + stored)}; at most ${formatCount(limit)} fit in one workspace, ` +
    `and this would make ${formatCount(others + count)}. Remove examples from this or another handoff first.`;
  throw new ConflictError(message, { [field]: [message] });
}

/**
 * Marks a transaction whose final examples were counted whole before its first write (an import):
 * its writes skip the one-by-one check, which could refuse a file that only moves examples between
 * handoffs, depending on which entry comes first.
 */
export function markExamplesChecked(tx: ServiceContext): void {
  checkedWhole.add(tx);
}

async function storedExamples(tx: ServiceContext, functionId: string): Promise<number> {
  const [row] = await tx.db.select({ config: agenticFunctions.config }).from(agenticFunctions).where(eq(agenticFunctions.id, functionId)).limit(1);
  return row ? handoffExamples(row.config).length : 0;
}
