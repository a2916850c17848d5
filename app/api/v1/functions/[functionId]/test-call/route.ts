import { NextResponse } from 'next/server';
import { z } from 'zod';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { TestCallSchema, testCallFunction } from '@/lib/webhooks/test-call';

type Params = { functionId: string };

/** `{ "config"? }`: a draft config over the saved one (blank header values keep the saved ones). */
const BodySchema = TestCallSchema.pick({ config: true });

/** Test call: POSTs a sample body to the function's webhook and answers `{ request, status, durationMs, result | error }`. */
export const POST = apiRoute<Params>(async (request, ctx, { functionId }) => {
  const input: z.output<typeof BodySchema> = parseOrThrow(BodySchema, await readJsonBody(request));
  return NextResponse.json(await testCallFunction(ctx, { ...input, functionId }));
});
