import { Link } from '@/components/ui/link';
import { HistoryQuerySchema } from '@/lib/functions/history';
import { workspaceHistoryHref } from '@/lib/review/hrefs';
import { loadWorkspaceHistory } from '@/lib/review/history-load';
import { getPageContext } from '@/lib/server/page-context';
import { HistoryList } from '@/components/review/history-list';
import { Pager } from '@/components/ui/pager';

export const metadata = { title: 'History · Review' };

const FILTERS = [
  { entity: undefined, label: 'Everything' },
  { entity: 'function', label: 'Functions' },
  { entity: 'agent', label: 'Agents' },
  { entity: 'routing_test', label: 'Routing tests' },
  { entity: 'member', label: 'Members' },
  { entity: 'api_key', label: 'API keys' },
  { entity: 'webhook_secret', label: 'Webhook secret' },
] as const;

export default async function WorkspaceHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const query = HistoryQuerySchema.parse(await searchParams);
  const { entries, page, asOf } = await loadWorkspaceHistory(await getPageContext(), query);
  return (
    <div className="space-y-4">
      <nav aria-label="History filter" className="flex flex-wrap gap-2 text-sm">
        {FILTERS.map((filter) => (
          <Link
            key={filter.label}
            // Another filter starts at its first page, at the same page size.
            href={workspaceHistoryHref({ entity: filter.entity, size: query.size })}
            aria-current={query.entity === filter.entity ? 'page' : undefined}
            className={`rounded-full border px-3 py-1 ${query.entity === filter.entity ? 'border-indigo-300 bg-indigo-50 text-indigo-700' : 'border-slate-300 bg-white text-slate-700'}`}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      <HistoryList entries={entries} now={asOf} linkSubjects />
      {page.total > 0 && <Pager page={page} label="History" hrefFor={(n) => workspaceHistoryHref({ entity: query.entity, size: query.size, page: n })} />}
    </div>
  );
}
