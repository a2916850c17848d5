import { NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/route';
import { warmUpAllAgentsAfterResponse } from '@/lib/server/warm-up-after-response';
import { importWorkspace } from '@/lib/workspace-transfer/import';
import { readImportBody } from '@/lib/workspace-transfer/read-import-body';

/** `?dryRun=1` previews: the same checks and plan, rolled back. */
export const POST = apiRoute(async (request, ctx) => {
  const dryRun = ['1', 'true'].includes(new URL(request.url).searchParams.get('dryRun') ?? '');
  const plan = await importWorkspace(ctx, await readImportBody(request), { dryRun });
  if (!dryRun) warmUpAllAgentsAfterResponse(ctx.workspaceId);
  return NextResponse.json({ dryRun, plan });
});
