import { after } from 'next/server';
import { getLlmEngine } from '@/lib/conversation/engines';
import { listAgents } from '@/lib/agents/service';
import { runAsBackgroundWork } from '@/lib/conversation/background-work';
import { warmUpAgent, warmUpAgentAndCallers, warmUpAgents } from '@/lib/conversation/warm-up';
import { warmUpReviewFindings } from '@/lib/review/overview';
import { systemContext } from './context';
import { debounceByKey } from './debounce-by-key';

// The warm-up only reads, for nobody in particular: it runs as the system in the saved row's workspace,
// instead of authenticating the request a second time once its response is sent.

/** After a save's response is sent, get the LLM engine ready for the agent's new tools (and the review its findings). */
export function warmUpAfterResponse(saved: { workspaceId: string; agentId: string }): void {
  after(async () => {
    warmUpReviewOnceQuiet(saved.workspaceId);
    await warmUpAgent(await systemContext(saved.workspaceId), saved.agentId, getLlmEngine());
  });
}

/**
 * After an agent's own name or description was saved: get the engine ready for it and for every agent
 * whose handoff leads to it, whose tools describe it.
 */
export function warmUpAgentAndCallersAfterResponse(agent: { workspaceId: string; id: string }): void {
  after(async () => {
    warmUpReviewOnceQuiet(agent.workspaceId);
    await warmUpAgentAndCallers(await systemContext(agent.workspaceId), agent.id, getLlmEngine());
  });
}

/** After an import is committed: get the engine ready for every agent of the workspace, one at a time. */
export function warmUpAllAgentsAfterResponse(workspaceId: string): void {
  after(async () => {
    warmUpReviewOnceQuiet(workspaceId);
    const ctx = await systemContext(workspaceId);
    await warmUpAgents(ctx, (await listAgents(ctx)).map((agent) => agent.id), getLlmEngine());
  });
}

/**
 * Once a workspace's changes pause for a second, computes its review findings in the background
 * (warmUpReviewFindings), so the admin opening /review after an edit or an import is not the one who
 * waits for them. A burst of saves (an import, a bench) computes them once, after the last.
 */
const warmUpReviewOnceQuiet = debounceByKey('review-findings', 1000, (workspaceId) => {
  void runAsBackgroundWork(async () => warmUpReviewFindings(await systemContext(workspaceId))).catch((error: unknown) => {
    console.warn(`[warm-up] could not compute the review findings of ${workspaceId}: ${error instanceof Error ? error.message : String(error)}`);
  });
});
