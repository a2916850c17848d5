import { NextResponse } from 'next/server';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { redactFunctionSecrets } from '@/lib/function-types/redact-secrets';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction, getFunction, listFunctionsForAgent } from '@/lib/functions/service';
import { warmUpAfterResponse } from '@/lib/server/warm-up-after-response';

type Params = { agentId: string };

export const GET = apiRoute<Params>(async (_request, ctx, { agentId }) =>
  NextResponse.json({ functions: (await listFunctionsForAgent(ctx, agentId)).map(redactFunctionSecrets) }),
);

export const POST = apiRoute<Params>(async (request, ctx, { agentId }) => {
  const input = parseOrThrow(FunctionCreateSchema, await readJsonBody(request));
  const created = await createFunction(ctx, agentId, input);
  warmUpAfterResponse(created);
  return NextResponse.json(redactFunctionSecrets(await getFunction(ctx, created.id)), { status: 201 });
});
