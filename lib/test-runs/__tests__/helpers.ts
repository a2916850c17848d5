import { routingTests } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { newId } from '@/lib/domain/ids';

let position = 0;

/** Saves a routing case straight into its table, as the cases' own service would. */
export async function insertCase(
  ctx: ServiceContext,
  agentId: string,
  messages: string[],
  expectHandoffTo: string | null,
  name: string | null = null,
): Promise<string> {
  const id = newId('rt');
  const now = new Date();
  await ctx.db.insert(routingTests).values({ id, workspaceId: ctx.workspaceId, agentId, name, messages, expectHandoffTo, position: position++, version: 1, createdAt: now, updatedAt: now });
  return id;
}
