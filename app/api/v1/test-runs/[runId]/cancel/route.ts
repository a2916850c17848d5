import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { cancelTestRun } from '@/lib/test-runs/service';

/** Stops a running run (finished cases are kept); an ended run is answered as it is. */
export const POST = apiRoute<{ runId: string }>(async (_request, ctx, { runId }) => NextResponse.json(await cancelTestRun(ctx, runId)));
