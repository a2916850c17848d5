import { after } from 'next/server';
import { getLlmEngine } from '@/lib/conversation/engines';
import { warmUpAgent } from '@/lib/conversation/warm-up';
import { getServiceContext } from './context';

/** After a save's response is sent, get the LLM engine ready for the agent's new tools (as the same caller). */
export function warmUpAfterResponse(agentId: string): void {
  after(async () => warmUpAgent(await getServiceContext('read'), agentId, getLlmEngine()));
}
