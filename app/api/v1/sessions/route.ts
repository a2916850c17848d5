import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { getLlmEngine } from '@/lib/conversation/engines';
import { SessionCreateSchema } from '@/lib/sessions/schema';
import { createSession, listSessions } from '@/lib/sessions/service';

export const GET = apiRoute(async (_request, ctx) => NextResponse.json({ sessions: await listSessions(ctx) }));

export const POST = apiRoute(async (request, ctx) => {
  const input = parseOrThrow(SessionCreateSchema, await readJsonBody(request));
  return NextResponse.json(await createSession(ctx, input, getLlmEngine()), { status: 201 });
}, 'chat');
