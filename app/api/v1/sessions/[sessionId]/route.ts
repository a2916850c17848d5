import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { getSession } from '@/lib/sessions/service';

export const GET = apiRoute<{ sessionId: string }>(async (_request, ctx, { sessionId }) => NextResponse.json(await getSession(ctx, sessionId)));
