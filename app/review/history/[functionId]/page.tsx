import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/domain/errors';
import { functionHref } from '@/lib/review/hrefs';
import { loadFunctionHistory } from '@/lib/review/history-load';
import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { HistoryList } from '@/components/review/history-list';

export const metadata = { title: 'Function history · Review' };

export default async function FunctionHistoryPage({ params }: { params: Promise<{ functionId: string }> }) {
  const { functionId } = await params;
  const ctx = await getPageContext();
  // Restoring is a change: a viewer reads the history without the Restore buttons.
  const canEdit = contextCan(ctx, 'edit');
  const history = await loadFunctionHistory(ctx, functionId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href="/review/history" className="hover:underline">History</Link>
        <span aria-hidden> / </span>
        <span aria-current="page" className="text-slate-800">{history.subject}</span>
      </nav>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="min-w-0 text-lg font-semibold wrap-anywhere">History of {history.subject}</h2>
        {history.current ? (
          <Link href={functionHref({ id: functionId, agentId: history.current.agentId })} className="text-sm font-medium text-indigo-700 hover:underline">
            Open the function (version {history.current.version})
          </Link>
        ) : (
          <p className="text-sm text-slate-600">This function was deleted.{canEdit && ' Restore a version to bring it back.'}</p>
        )}
      </div>
      <HistoryList entries={history.entries} now={history.asOf} restore={canEdit ? { functionId, currentVersion: history.current?.version ?? null } : undefined} />
    </div>
  );
}
