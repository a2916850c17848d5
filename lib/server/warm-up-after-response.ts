import { after } from 'next/server';
import { getLlmEngine } from '@/lib/conversation/engines';
import { listAgents } from '@/lib/agents/service';
import { warmUpAgent, warmUpAgentAndCallers, warmUpAgents } from '@/lib/conversation/warm-up';
import { systemContext } from './context';

// The warm-up only reads, for nobody in particular: it runs as the system in the saved row's workspace,
// instead of authenticating the request a second time once its response is sent.

/** After a save's response is sent, get the LLM engine ready for the agent's new tools. */
export function warmUpAfterResponse(saved: { workspaceId: string; agentId: string }): void {
  after(async () => warmUpAgent(await systemContext(saved.workspaceId), saved.agentId, getLlmEngine()));
}

/**
 * After an agent's own name or description was saved: get the engine ready for it and for every agent
 * whose handoff leads to it, whose tools describe it.
 */
export function warmUpAgentAndCallersAfterResponse(agent: { workspaceId: string; id: string }): void {
  after(async () => warmUpAgentAndCallers(await systemContext(agent.workspaceId), agent.id, getLlmEngine()));
}

/** After an import is committed: get the engine ready for every agent of the workspace, one at a time. */
export function warmUpAllAgentsAfterResponse(workspaceId: string): void {
  after(async () => {
    const ctx = await systemContext(workspaceId);
    await warmUpAgents(ctx, (await listAgents(ctx)).map((agent) => agent.id), getLlmEngine());
  });
}
