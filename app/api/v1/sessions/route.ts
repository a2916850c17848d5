import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { getLlmEngine } from '@/lib/conversation/engines';
import { SessionCreateSchema, SessionListQuerySchema } from '@/lib/sessions/schema';
import { createSession } from '@/lib/sessions/service';
import { listSessionsPage } from '@/lib/sessions/session-page';

/** The session history newest first, a page at a time: `?page=` (from 1) and `?size=` (1–100, default 100). */
export const GET = apiRoute(async (request, ctx) => {
  const query = parseOrThrow(SessionListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const { items, total, page, size, pageCount } = await listSessionsPage(ctx, query);
  // Past the last page the answer is empty (not the last page again), so a client reading until empty stops.
  const past = query.page > page;
  return NextResponse.json({ sessions: past ? [] : items, page: { total, page: query.page, size, pageCount } });
});

export const POST = apiRoute(async (request, ctx) => {
  const input = parseOrThrow(SessionCreateSchema, await readJsonBody(request));
  return NextResponse.json(await createSession(ctx, input, getLlmEngine()), { status: 201 });
}, 'chat');
