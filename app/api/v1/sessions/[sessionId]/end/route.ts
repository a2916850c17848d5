import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { endSession } from '@/lib/sessions/end-session';
import { SessionEndSchema } from '@/lib/sessions/schema';
import { getSessionRecord } from '@/lib/sessions/service';

/** The End conversation button: ends the session (409 if it already has) and runs its Post-Session functions. */
export const POST = apiRoute<{ sessionId: string }>(async (request, ctx, { sessionId }) => {
  // No body is as good as `{}`; one that is sent must be a JSON object without fields.
  const body = (await request.clone().text()).trim() === '' ? {} : await readJsonBody(request);
  // An unknown session is a 404 whatever the body says.
  await getSessionRecord(ctx, sessionId);
  parseOrThrow(SessionEndSchema, body);
  return NextResponse.json(await endSession(ctx, sessionId));
}, 'chat');
