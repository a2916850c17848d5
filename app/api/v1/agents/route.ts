import { NextResponse } from 'next/server';
import { AgentCreateSchema } from '@/lib/agents/schema';
import { createAgent, listAgents } from '@/lib/agents/service';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';

export const GET = apiRoute(async (_request, ctx) => NextResponse.json({ agents: await listAgents(ctx) }));

export const POST = apiRoute(async (request, ctx) => {
  const input = parseOrThrow(AgentCreateSchema, await readJsonBody(request));
  return NextResponse.json(await createAgent(ctx, input), { status: 201 });
});
