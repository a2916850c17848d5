import { NextResponse } from 'next/server';
import { getAgent } from '@/lib/agents/service';
import { parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { previewDraft } from '@/lib/test-runs/preview-draft';
import { DraftPreviewSchema } from '@/lib/test-runs/schema';

/** The agent's routing tests run with a handoff draft, nothing saved: `{ results, changes }`. */
export const POST = apiRoute<{ agentId: string }>(async (request, ctx, { agentId }) => {
  const body = await readJsonBody(request);
  // An unknown agent is a 404 whatever the body says.
  await getAgent(ctx, agentId);
  const input = parseOrThrow(DraftPreviewSchema, body);
  return NextResponse.json(await previewDraft(ctx, agentId, input, { signal: request.signal }));
});
