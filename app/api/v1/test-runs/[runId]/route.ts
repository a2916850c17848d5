import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { getTestRun } from '@/lib/test-runs/service';

/** A run with its results so far; `done` says how far a running one got. */
export const GET = apiRoute<{ runId: string }>(async (_request, ctx, { runId }) => NextResponse.json(await getTestRun(ctx, runId)));
