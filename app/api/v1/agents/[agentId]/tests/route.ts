import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { RoutingTestSchema } from '@/lib/routing-tests/schema';
import { createRoutingTest, listRoutingTests } from '@/lib/routing-tests/service';

type Params = { agentId: string };

export const GET = apiRoute<Params>(async (_request, ctx, { agentId }) => NextResponse.json({ tests: await listRoutingTests(ctx, { agentId }) }));

export const POST = apiRoute<Params>(async (request, ctx, { agentId }) => {
  const input = parseOrThrow(RoutingTestSchema, await readJsonBody(request));
  return NextResponse.json(await createRoutingTest(ctx, agentId, input), { status: 201 });
});
