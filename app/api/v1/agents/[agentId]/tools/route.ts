import { getAgent } from '@/lib/agents/service';
import { apiRoute } from '@/lib/api/route';
import { listAgentTools } from '@/lib/workspace-transfer/agent-tools';
import { jsonDownload } from '@/lib/workspace-transfer/download';

type Params = { agentId: string };

/** `{ tools }`: exactly the OpenAI tools array the agent's conversations are offered. */
export const GET = apiRoute<Params>(async (request, ctx, { agentId }) => {
  const agent = await getAgent(ctx, agentId);
  return jsonDownload(request, { tools: await listAgentTools(ctx, agentId) }, `${agent.slug}-tools.json`);
});
