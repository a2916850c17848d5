import { count, eq } from 'drizzle-orm';
import { agents } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { createAgent } from '@/lib/agents/service';
import type { ServiceContext } from '@/lib/domain/context';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction } from '@/lib/functions/service';
import { DEMO_AGENTS, DEMO_HANDOFFS } from './demo-workspace';

/**
 * Seeds the demo workspace through the same services and schemas as the app, so demo data obeys
 * every rule. Idempotent: a workspace that has any agent is left untouched.
 */
export function seedDemoWorkspace(ctx: ServiceContext): Promise<boolean> {
  // One transaction: app instances starting together on one database seed it once, never twice.
  return withTransaction(ctx, async (tx) => {
    const [existing] = await tx.db.select({ n: count() }).from(agents).where(eq(agents.workspaceId, tx.workspaceId));
    if ((existing?.n ?? 0) > 0) return false;
    const idByName = new Map<string, string>();
    for (const agent of DEMO_AGENTS) {
      const created = await createAgent(tx, agent);
      idByName.set(created.name, created.id);
    }
    for (const handoff of DEMO_HANDOFFS) {
      const input = FunctionCreateSchema.parse({
        phase: 'during_session',
        type: 'agent_handoff',
        config: { targetAgentId: idByName.get(handoff.to), description: handoff.description },
      });
      await createFunction(tx, idByName.get(handoff.from) as string, input);
    }
    return true;
  });
}
