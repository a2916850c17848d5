import { and, asc, eq } from 'drizzle-orm';
import { agents, routingTests } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';

/** A routing case as a run needs it. */
export interface RunnableCase {
  id: string;
  agentId: string;
  name: string | null;
  messages: string[];
  expectHandoffTo: string | null;
}

/** The cases of one agent, or of the whole workspace, in the order the routing tests pages list them. */
export async function readCases(ctx: ServiceContext, agentId?: string): Promise<RunnableCase[]> {
  const inWorkspace = eq(routingTests.workspaceId, ctx.workspaceId);
  return ctx.db
    .select({
      id: routingTests.id,
      agentId: routingTests.agentId,
      name: routingTests.name,
      messages: routingTests.messages,
      expectHandoffTo: routingTests.expectHandoffTo,
    })
    .from(routingTests)
    .innerJoin(agents, eq(agents.id, routingTests.agentId))
    .where(agentId ? and(inWorkspace, eq(routingTests.agentId, agentId)) : inWorkspace)
    .orderBy(asc(agents.name), asc(agents.id), asc(routingTests.position), asc(routingTests.createdAt));
}
