import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { getLlmEngine } from '@/lib/conversation/engines';
import { MessageCreateSchema } from '@/lib/sessions/schema';
import { getSessionRecord, sendMessage } from '@/lib/sessions/service';

export const POST = apiRoute<{ sessionId: string }>(async (request, ctx, { sessionId }) => {
  const body = await readJsonBody(request);
  // An unknown session is a 404 whatever the body says.
  await getSessionRecord(ctx, sessionId);
  const input = parseOrThrow(MessageCreateSchema, body);
  return NextResponse.json(await sendMessage(ctx, sessionId, input, getLlmEngine()));
}, 'chat');
