import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { listTestRuns } from '@/lib/test-runs/list-runs';
import { TestRunCreateSchema, TestRunListQuerySchema } from '@/lib/test-runs/schema';
import { runRoutingTests } from '@/lib/test-runs/service';

/** Runs newest first: `?limit=` (1–100, default 20), `?before=` the last run id of the previous page, `?agentId=`. */
export const GET = apiRoute(async (request, ctx) => {
  const query = parseOrThrow(TestRunListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await listTestRuns(ctx, query));
});

/** Runs the routing tests (of `agentId`, else the workspace) and answers with the finished run; a client that goes away cancels it. */
export const POST = apiRoute(async (request, ctx) => {
  const input = parseOrThrow(TestRunCreateSchema, await readJsonBody(request));
  return NextResponse.json(await runRoutingTests(ctx, { agentId: input.agentId, signal: request.signal }), { status: 201 });
});
