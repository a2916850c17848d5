import { NextResponse } from 'next/server';
import { AgentUpdateSchema } from '@/lib/agents/schema';
import { deleteAgent, getAgent, updateAgent } from '@/lib/agents/service';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';

type Params = { agentId: string };

export const GET = apiRoute<Params>(async (_request, ctx, { agentId }) => NextResponse.json(await getAgent(ctx, agentId)));

export const PATCH = apiRoute<Params>(async (request, ctx, { agentId }) => {
  const input = parseOrThrow(AgentUpdateSchema, await readJsonBody(request));
  return NextResponse.json(await updateAgent(ctx, agentId, input));
});

export const DELETE = apiRoute<Params>(async (_request, ctx, { agentId }) => {
  await deleteAgent(ctx, agentId);
  return new NextResponse(null, { status: 204 });
});
