import Link from 'next/link';
import { HistoryQuerySchema } from '@/lib/functions/history';
import { loadWorkspaceHistory } from '@/lib/review/history-load';
import { getPageContext } from '@/lib/server/page-context';
import { HistoryList } from '@/components/review/history-list';

export const metadata = { title: 'History · Review' };

const FILTERS = [
  { entity: undefined, label: 'Everything' },
  { entity: 'function', label: 'Functions' },
  { entity: 'agent', label: 'Agents' },
  { entity: 'routing_test', label: 'Routing tests' },
] as const;

export default async function WorkspaceHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const query = HistoryQuerySchema.parse(await searchParams);
  const { entries, asOf } = await loadWorkspaceHistory(await getPageContext(), query);
  const href = (change: { entity?: string; limit?: number }) => {
    const params = new URLSearchParams();
    const entity = 'entity' in change ? change.entity : query.entity;
    if (entity) params.set('entity', entity);
    const limit = change.limit ?? query.limit;
    if (limit !== 100) params.set('limit', String(limit));
    const text = params.toString();
    return text ? `/review/history?${text}` : '/review/history';
  };
  return (
    <div className="space-y-4">
      <nav aria-label="History filter" className="flex gap-2 text-sm">
        {FILTERS.map((filter) => (
          <Link
            key={filter.label}
            href={href({ entity: filter.entity })}
            aria-current={query.entity === filter.entity ? 'page' : undefined}
            className={`rounded-full border px-3 py-1 ${query.entity === filter.entity ? 'border-indigo-300 bg-indigo-50 text-indigo-700' : 'border-slate-300 bg-white text-slate-700'}`}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      <HistoryList entries={entries} now={asOf} linkSubjects />
      {entries.length === query.limit && query.limit < 1000 && (
        <Link href={href({ limit: Math.min(1000, query.limit + 100) })} scroll={false} className="inline-block text-sm font-medium text-indigo-700 hover:underline">
          Show older changes
        </Link>
      )}
    </div>
  );
}
