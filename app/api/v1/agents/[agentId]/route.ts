import { NextResponse } from 'next/server';
import { AgentUpdateSchema } from '@/lib/agents/schema';
import { deleteAgent, getAgent, updateAgent } from '@/lib/agents/service';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { warmUpAgentAndCallersAfterResponse } from '@/lib/server/warm-up-after-response';

type Params = { agentId: string };

export const GET = apiRoute<Params>(async (_request, ctx, { agentId }) => NextResponse.json(await getAgent(ctx, agentId)));

export const PATCH = apiRoute<Params>(async (request, ctx, { agentId }) => {
  const input = parseOrThrow(AgentUpdateSchema, await readJsonBody(request));
  const updated = await updateAgent(ctx, agentId, input);
  warmUpAgentAndCallersAfterResponse(updated);
  return NextResponse.json(updated);
});

export const DELETE = apiRoute<Params>(async (_request, ctx, { agentId }) => {
  await deleteAgent(ctx, agentId);
  return new NextResponse(null, { status: 204 });
});
