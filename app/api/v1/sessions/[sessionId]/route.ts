import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { SessionEventsQuerySchema } from '@/lib/sessions/schema';
import { getSession, getSessionRecord } from '@/lib/sessions/service';

/** The session and a page of its transcript: `?limit=` newest events (default and most 1,000) `&before=` a seq. */
export const GET = apiRoute<{ sessionId: string }>(async (request, ctx, { sessionId }) => {
  // An unknown session is a 404 whatever the query says.
  await getSessionRecord(ctx, sessionId);
  const query = parseOrThrow(SessionEventsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json(await getSession(ctx, sessionId, query));
});
