import { workspaces } from '@/db/schema';
import { listAgents } from '@/lib/agents/service';
import { yieldToEventLoop } from '@/lib/conversation/background-work';
import { getLlmEngine } from '@/lib/conversation/engines';
import { sharedEmbeddingStore } from '@/lib/conversation/engines/simulated/meaning/embedding-store';
import { warmUpAgent } from '@/lib/conversation/warm-up';
import { getDb, systemContext } from './context';

/**
 * Gets the LLM engine ready for every agent's tools in every workspace, one agent at a time, so the first message
 * after a start does not wait for it. Runs in the background: the server is serving meanwhile, a request's
 * embedding goes before the warm-up's, and the event loop gets a turn between agents. The simulated model reads
 * the vectors of tool texts it embedded before from the database (text_embeddings): after the first start only
 * new or changed texts are embedded. Once every agent is ready, the kept vectors no live text asked for (texts
 * edited away since) are deleted, so the table holds what the configuration uses rather than its whole history.
 */
export async function warmUpWorkspace(): Promise<void> {
  const engine = getLlmEngine();
  if (!engine.prepare) return;
  let everyAgentReady = true;
  for (const { id } of await (await getDb()).select({ id: workspaces.id }).from(workspaces)) {
    const ctx = await systemContext(id);
    for (const agent of await listAgents(ctx)) {
      everyAgentReady = (await warmUpAgent(ctx, agent.id, engine)) && everyAgentReady;
      await yieldToEventLoop();
    }
  }
  const pruned = (await sharedEmbeddingStore()?.warmUpDone?.(everyAgentReady)) ?? 0;
  if (pruned > 0) console.info(`[warm-up] deleted ${pruned} kept embedding${pruned === 1 ? '' : 's'} of texts no configuration uses any more`);
}
