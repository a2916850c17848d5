import { and, eq, isNotNull } from 'drizzle-orm';
import { agenticFunctions } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { handoffExamples } from '@/lib/function-types/agent-handoff-config';
import { isExampleOf } from '@/lib/functions/examples';
import type { TestRunResultView } from './view';

/** The handoff whose examples could take a failing case's last message, and whether they already do. */
export interface ExampleTarget {
  functionId: string;
  alreadyExample: boolean;
}

/**
 * For each failing case that expected a handoff its start agent offers (an enabled During-Session
 * Agent Handoff to the expected agent): that handoff's function, whose examples can take the message,
 * and whether they have it already (added since the run, the page reloaded).
 */
export async function exampleTargets(ctx: ServiceContext, results: readonly TestRunResultView[]): Promise<Map<string, ExampleTarget>> {
  const wanted = results.filter((result) => !result.ok && result.expect.handoffTo !== null);
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: agenticFunctions.id, agentId: agenticFunctions.agentId, targetAgentId: agenticFunctions.targetAgentId, config: agenticFunctions.config })
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
  const byPair = new Map(rows.map((row) => [`${row.agentId}>${row.targetAgentId}`, row]));
  const targets = new Map<string, ExampleTarget>();
  for (const result of wanted) {
    const handoff = byPair.get(`${result.agentId}>${result.expect.handoffTo}`);
    if (!handoff) continue;
    targets.set(result.testId, { functionId: handoff.id, alreadyExample: isExampleOf(handoffExamples(handoff.config), result.messages.at(-1) ?? '') });
  }
  return targets;
}
