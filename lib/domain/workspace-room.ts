import { count, eq, inArray } from 'drizzle-orm';
import { agenticFunctions, agents } from '@/db/schema';
import type { ServiceContext } from './context';
import { refuseIfFull, type LimitedEntity } from './workspace-limits';

const COUNTERS: Record<LimitedEntity, (ctx: ServiceContext) => Promise<number>> = {
  agents: async (ctx) => (await ctx.db.select({ n: count() }).from(agents).where(eq(agents.workspaceId, ctx.workspaceId)))[0]?.n ?? 0,
  // Counted through the workspace's agents: the agent index answers this; a scan by workspace_id reads every row.
  functions: async (ctx) => {
    const workspaceAgents = ctx.db.select({ id: agents.id }).from(agents).where(eq(agents.workspaceId, ctx.workspaceId));
    const [row] = await ctx.db.select({ n: count() }).from(agenticFunctions).where(inArray(agenticFunctions.agentId, workspaceAgents));
    return row?.n ?? 0;
  },
};

/** What each open transaction (its context object) has counted, plus the creates that passed since. */
const counted = new WeakMap<ServiceContext, Partial<Record<LimitedEntity, number>>>();

/**
 * Refuses (409) an agent or function the workspace has no room for. Every insert of one calls this
 * inside its write transaction, so two concurrent creates cannot both take the last place. The count
 * is taken once per transaction and then advanced by each create that passes. An import's 10,000
 * creates would otherwise recount the workspace 10,000 times. A delete in the same transaction leaves
 * the count too high, which can only refuse early, never let the workspace go past its limit.
 */
export async function assertRoomForOneMore(tx: ServiceContext, entity: LimitedEntity): Promise<void> {
  const seen = counted.get(tx) ?? {};
  const current = seen[entity] ?? (await COUNTERS[entity](tx));
  refuseIfFull(tx, entity, current);
  counted.set(tx, { ...seen, [entity]: current + 1 });
}
