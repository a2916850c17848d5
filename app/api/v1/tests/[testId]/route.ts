import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { RoutingTestUpdateSchema } from '@/lib/routing-tests/schema';
import { deleteRoutingTest, getRoutingTest, updateRoutingTest } from '@/lib/routing-tests/service';

type Params = { testId: string };

export const GET = apiRoute<Params>(async (_request, ctx, { testId }) => NextResponse.json(await getRoutingTest(ctx, testId)));

/** The whole case, as GET returns it minus the ids and dates; `version` (optional) refuses a stale edit. */
export const PATCH = apiRoute<Params>(async (request, ctx, { testId }) => {
  const { version, ...input } = parseOrThrow(RoutingTestUpdateSchema, await readJsonBody(request));
  return NextResponse.json(await updateRoutingTest(ctx, testId, input, version));
});

export const DELETE = apiRoute<Params>(async (_request, ctx, { testId }) => {
  await deleteRoutingTest(ctx, testId);
  return new NextResponse(null, { status: 204 });
});
