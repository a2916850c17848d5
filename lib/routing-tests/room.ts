import { count, eq, inArray } from 'drizzle-orm';
import { agents, routingTests } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError } from '@/lib/domain/errors';
import { formatCount } from '@/lib/domain/workspace-limits';
import { ROUTING_TEST_LIMITS } from './limits';

interface Counts {
  workspace?: number;
  agents: Map<string, number>;
}

/** Per open transaction (its context object): the counts taken, advanced by each create that passed. */
const counted = new WeakMap<ServiceContext, Counts>();

const tests = (n: number) => `${formatCount(n)} routing ${n === 1 ? 'test' : 'tests'}`;

/**
 * Refuses (409) `adding` more cases for `agent` past the per-agent or the workspace limit. Called in
 * the write transaction before inserting, so two concurrent creates cannot both take the last place;
 * like lib/domain/workspace-room.ts it counts once per transaction, so an import of 500 rows does not
 * recount 500 times.
 */
export async function assertRoomForTests(tx: ServiceContext, agent: { id: string; name: string }, adding = 1): Promise<void> {
  const seen = counted.get(tx) ?? { agents: new Map<string, number>() };
  const inAgent = seen.agents.get(agent.id) ?? (await countFor(tx, agent.id));
  const inWorkspace = seen.workspace ?? (await countFor(tx));
  const { perAgent, perWorkspace } = ROUTING_TEST_LIMITS;
  if (inAgent + adding > perAgent) {
    throw new ConflictError(
      adding === 1
        ? `${agent.name} already has ${tests(inAgent)}, the most one agent can hold (${formatCount(perAgent)}). Delete one before adding another.`
        : `${agent.name} has ${tests(inAgent)}: ${formatCount(adding)} more would make ${formatCount(inAgent + adding)}, more than the ${formatCount(perAgent)} one agent can hold.`,
    );
  }
  if (inWorkspace + adding > perWorkspace) {
    throw new ConflictError(
      adding === 1
        ? `This workspace already has ${tests(inWorkspace)}, the most a workspace can hold (${formatCount(perWorkspace)}). Delete one before adding another.`
        : `This workspace has ${tests(inWorkspace)}: ${formatCount(adding)} more would make ${formatCount(inWorkspace + adding)}, more than the ${formatCount(perWorkspace)} a workspace can hold.`,
    );
  }
  seen.agents.set(agent.id, inAgent + adding);
  counted.set(tx, { agents: seen.agents, workspace: inWorkspace + adding });
}

/** Tests of one agent, or of the workspace (counted through its agents: the agent index answers that). */
async function countFor(tx: ServiceContext, agentId?: string): Promise<number> {
  const scope = agentId
    ? eq(routingTests.agentId, agentId)
    : inArray(routingTests.agentId, tx.db.select({ id: agents.id }).from(agents).where(eq(agents.workspaceId, tx.workspaceId)));
  const [row] = await tx.db.select({ n: count() }).from(routingTests).where(scope);
  return Number(row?.n ?? 0);
}

/** How many more cases `agentId` and its workspace can take: the smaller of the two rooms left. */
export async function roomForTests(ctx: ServiceContext, agentId: string): Promise<number> {
  const [inAgent, inWorkspace] = [await countFor(ctx, agentId), await countFor(ctx)];
  return Math.max(0, Math.min(ROUTING_TEST_LIMITS.perAgent - inAgent, ROUTING_TEST_LIMITS.perWorkspace - inWorkspace));
}
