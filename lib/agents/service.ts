import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db/prepared';
import { agenticFunctions, agents, routingTests } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError } from '@/lib/domain/errors';
import { newId } from '@/lib/domain/ids';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { assertRoomForOneMore } from '@/lib/domain/workspace-room';
import { countSessionsWithAgent } from '@/lib/sessions/sessions-with-agent';
import type { AgentDeleteEffects } from './delete-effects';
import type { AgentCreateInput, AgentUpdateInput } from './schema';
import { slugify } from './slug';

export type Agent = typeof agents.$inferSelect;
export type AgentWithCounts = Agent & { functionCount: number };

/**
 * An agent's number of functions, read from the functions' agent index alone: a join and GROUP BY would
 * read every function row, configs and all (3,000 at scale). Columns are named with their tables: drizzle
 * leaves them bare in a one-table query, where "id" would be the function's.
 */
function functionCountOf() {
  const column = (table: typeof agents | typeof agenticFunctions, name: string) => sql`${table}.${sql.identifier(name)}`;
  return sql<number>`(select count(*) from ${agenticFunctions} where ${column(agenticFunctions, agenticFunctions.agentId.name)} = ${column(agents, agents.id.name)})`.mapWith(Number);
}

/** Every agent of the workspace, by name, with how many agentic functions each has. */
export async function listAgents(ctx: ServiceContext): Promise<AgentWithCounts[]> {
  // The API's most read listing: prepared once (db/prepared.ts).
  const query = preparedOnce(ctx.db, 'agents_with_counts', (handle, name) =>
    handle
      .select({ agent: agents, functionCount: functionCountOf() })
      .from(agents)
      .where(eq(agents.workspaceId, sql.placeholder('workspaceId')))
      .orderBy(asc(agents.name))
      .prepare(name),
  );
  const rows = await query.execute({ workspaceId: ctx.workspaceId });
  return rows.map(({ agent, functionCount }) => ({ ...agent, functionCount }));
}

export async function getAgent(ctx: ServiceContext, id: string): Promise<Agent> {
  return getOwnedOrThrow(ctx.db, ctx, 'Agent', id);
}

/**
 * Creates an agent and its audit record in one transaction (or in the caller's, e.g. an import's);
 * refused once the workspace holds its limit of agents.
 */
export function createAgent(ctx: ServiceContext, input: AgentCreateInput): Promise<Agent> {
  return withTransaction(ctx, async (tx) => {
    const slug = slugify(input.name);
    await assertNameFree(tx, slug);
    await assertRoomForOneMore(tx, 'agents');
    const now = new Date();
    const agent: Agent = {
      id: newId('agt'),
      workspaceId: ctx.workspaceId,
      name: input.name,
      slug,
      description: input.description,
      instructions: input.instructions,
      greeting: input.greeting,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await tx.db.insert(agents).values(agent);
    await recordAudit(tx, { entityType: 'agent', entityId: agent.id, action: 'create', before: null, after: agent }, now);
    return agent;
  });
}

/** Updates the given fields; a stale `version` is refused rather than silently overwritten. */
export function updateAgent(ctx: ServiceContext, id: string, input: AgentUpdateInput): Promise<Agent> {
  return withTransaction(ctx, async (tx) => {
    const before = await getOwnedOrThrow(tx.db, tx, 'Agent', id);
    if (input.version !== undefined && input.version !== before.version) {
      throw new ConflictError(
        `${before.name} was changed by someone else since you opened it. Reload to see their version.`,
        {},
        'stale_version',
      );
    }
    const fields = { name: input.name, description: input.description, instructions: input.instructions, greeting: input.greeting };
    const name = fields.name ?? before.name;
    const slug = slugify(name);
    if (slug !== before.slug) await assertNameFree(tx, slug, id);
    const after: Agent = { ...before, ...definedOnly(fields), name, slug, version: before.version + 1, updatedAt: new Date() };
    await tx.db.update(agents).set(after).where(eq(agents.id, id));
    await recordAudit(tx, { entityType: 'agent', entityId: id, action: 'update', before, after }, after.updatedAt);
    return after;
  });
}

/**
 * Deletes an agent with its own functions; the test transcripts it took part in stay, naming it as
 * deleted, and its audit record says what the delete removed and kept. Refused while another agent's
 * handoff still targets it, naming those handoffs, because deleting it would silently break their routes.
 */
export function deleteAgent(ctx: ServiceContext, id: string): Promise<void> {
  return withTransaction(ctx, async (tx) => {
    const agent = await getOwnedOrThrow(tx.db, tx, 'Agent', id);
    const inbound = await tx.db
      .select({ toolName: agenticFunctions.toolName, fromName: agents.name })
      .from(agenticFunctions)
      .innerJoin(agents, eq(agents.id, agenticFunctions.agentId))
      .where(and(eq(agenticFunctions.targetAgentId, id), ne(agenticFunctions.agentId, id)))
      .orderBy(asc(agents.name));
    if (inbound.length > 0) {
      const routes = inbound.map((route) => `${route.fromName} → ${agent.name} (${route.toolName})`).join(', ');
      const noun = inbound.length === 1 ? 'handoff targets' : 'handoffs target';
      throw new ConflictError(
        `${agent.name} cannot be deleted: ${inbound.length} ${noun} it: ${routes}. Remove or retarget ${inbound.length === 1 ? 'it' : 'them'} first.`,
      );
    }
    const now = new Date();
    const ownFunctions = await tx.db
      .select()
      .from(agenticFunctions)
      .where(eq(agenticFunctions.agentId, id))
      .orderBy(asc(agenticFunctions.phase), asc(agenticFunctions.position));
    for (const fn of ownFunctions) {
      await recordAudit(tx, { entityType: 'function', entityId: fn.id, action: 'delete', before: fn, after: null }, now);
    }
    // Its routing tests go with it (the foreign key cascades); their history says so.
    for (const test of await tx.db.select().from(routingTests).where(eq(routingTests.agentId, id)).orderBy(asc(routingTests.position))) {
      await recordAudit(tx, { entityType: 'routing_test', entityId: test.id, action: 'delete', before: test, after: null }, now);
    }
    const effects: AgentDeleteEffects = {
      functionsRemoved: ownFunctions.map((fn) => ({ id: fn.id, toolName: fn.toolName })),
      testSessionsKept: await countSessionsWithAgent(tx, id),
    };
    await tx.db.delete(agenticFunctions).where(eq(agenticFunctions.agentId, id));
    await tx.db.delete(agents).where(eq(agents.id, id));
    await recordAudit(tx, { entityType: 'agent', entityId: id, action: 'delete', before: agent, after: null, effects }, now);
  });
}

async function assertNameFree(tx: ServiceContext, slug: string, exceptId?: string): Promise<void> {
  const [clash] = await tx.db
    .select({ id: agents.id, name: agents.name })
    .from(agents)
    .where(and(eq(agents.workspaceId, tx.workspaceId), eq(agents.slug, slug)))
    .limit(1);
  if (clash && clash.id !== exceptId) {
    const message = `An agent named “${clash.name}” already exists.`;
    throw new ConflictError(message, { name: [`${message} Choose another name.`] });
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
