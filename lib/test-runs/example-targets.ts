import { and, eq, isNotNull } from 'drizzle-orm';
import { agenticFunctions } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import type { TestRunResultView } from './view';

/**
 * For each failing case that expected a handoff its start agent offers (an enabled During-Session
 * Agent Handoff to the expected agent): that handoff's function, whose examples can take the message.
 */
export async function exampleTargets(ctx: ServiceContext, results: readonly TestRunResultView[]): Promise<Map<string, string>> {
  const wanted = results.filter((result) => !result.ok && result.expect.handoffTo !== null);
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: agenticFunctions.id, agentId: agenticFunctions.agentId, targetAgentId: agenticFunctions.targetAgentId })
    .from(agenticFunctions)
    .where(
      and(
        eq(agenticFunctions.workspaceId, ctx.workspaceId),
        eq(agenticFunctions.type, 'agent_handoff'),
        eq(agenticFunctions.phase, 'during_session'),
        eq(agenticFunctions.enabled, true),
        isNotNull(agenticFunctions.targetAgentId),
      ),
    );
  const byPair = new Map(rows.map((row) => [`${row.agentId}>${row.targetAgentId}`, row.id]));
  const targets = new Map<string, string>();
  for (const result of wanted) {
    const functionId = byPair.get(`${result.agentId}>${result.expect.handoffTo}`);
    if (functionId) targets.set(result.testId, functionId);
  }
  return targets;
}
