import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { redactFunctionSecrets } from '@/lib/function-types/redact-secrets';
import { FunctionUpdateSchema } from '@/lib/functions/schema';
import { deleteFunction, getFunction, updateFunction } from '@/lib/functions/service';
import { warmUpAfterResponse } from '@/lib/server/warm-up-after-response';

type Params = { functionId: string };

// Answers carry no secrets: a Custom Function's header values are blanked (`hasValue` says one is stored).
export const GET = apiRoute<Params>(async (_request, ctx, { functionId }) => NextResponse.json(redactFunctionSecrets(await getFunction(ctx, functionId))));

export const PATCH = apiRoute<Params>(async (request, ctx, { functionId }) => {
  const input = parseOrThrow(FunctionUpdateSchema, await readJsonBody(request));
  const updated = await updateFunction(ctx, functionId, input);
  warmUpAfterResponse(updated);
  return NextResponse.json(redactFunctionSecrets(updated));
});

export const DELETE = apiRoute<Params>(async (_request, ctx, { functionId }) => {
  await deleteFunction(ctx, functionId);
  return new NextResponse(null, { status: 204 });
});
