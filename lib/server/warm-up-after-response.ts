import { after } from 'next/server';
import { getLlmEngine } from '@/lib/conversation/engines';
import { listAgents } from '@/lib/agents/service';
import { warmUpAgent, warmUpAgentAndCallers, warmUpAgents } from '@/lib/conversation/warm-up';
import { getServiceContext } from './context';

/** After a save's response is sent, get the LLM engine ready for the agent's new tools (as the same caller). */
export function warmUpAfterResponse(agentId: string): void {
  after(async () => warmUpAgent(await getServiceContext('read'), agentId, getLlmEngine()));
}

/**
 * After an agent's own name or description was saved: get the engine ready for it and for every agent
 * whose handoff leads to it, whose tools describe it.
 */
export function warmUpAgentAndCallersAfterResponse(agentId: string): void {
  after(async () => warmUpAgentAndCallers(await getServiceContext('read'), agentId, getLlmEngine()));
}

/** After an import is committed: get the engine ready for every agent of the workspace, one at a time. */
export function warmUpAllAgentsAfterResponse(): void {
  after(async () => {
    const ctx = await getServiceContext('read');
    await warmUpAgents(ctx, (await listAgents(ctx)).map((agent) => agent.id), getLlmEngine());
  });
}
