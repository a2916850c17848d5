import { apiRoute } from '@/lib/api/route';
import { jsonDownload } from '@/lib/workspace-transfer/download';
import { exportWorkspace } from '@/lib/workspace-transfer/export';

export const GET = apiRoute(async (request, ctx) => {
  const document = await exportWorkspace(ctx);
  return jsonDownload(request, document, `switchboard-workspace-${document.exportedAt.slice(0, 10)}.json`);
});
