import { Link } from '@/components/ui/link';
import { ToolName } from '@/components/ui/tool-name';
import type { ReviewFilters, SortKey } from '@/lib/review/filters';
import { reviewHref } from '@/lib/review/filters';
import { functionHistoryHref, functionHref } from '@/lib/review/hrefs';
import { functionLabel, type ReviewRow } from '@/lib/review/rows';
import { TimeAgo } from './time-ago';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'agent', label: 'Agent' },
  { key: 'phase', label: 'Phase' },
  { key: 'type', label: 'Type' },
  { key: 'target', label: 'Target' },
  { key: 'description', label: 'Description' },
  { key: 'tool', label: 'Tool name' },
  { key: 'enabled', label: 'Enabled' },
  { key: 'changed', label: 'Last changed' },
];

/** Every function of the view; column headers sort (and say how), rows lead to the function. */
export function ReviewTable({
  rows,
  changedBy,
  filters,
  now,
}: {
  rows: ReviewRow[];
  /** Who made each row's latest change (the audit log's actor), by function id. */
  changedBy: Record<string, string>;
  filters: ReviewFilters;
  now: number;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Agentic functions, sorted by {COLUMNS.find((c) => c.key === filters.sort)?.label} ({filters.dir === 'asc' ? 'ascending' : 'descending'})</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {COLUMNS.map((column) => {
              const active = filters.sort === column.key;
              const nextDir = active && filters.dir === 'asc' ? 'desc' : 'asc';
              return (
                <th key={column.key} scope="col" className="px-3 py-3" aria-sort={active ? (filters.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <Link href={reviewHref(filters, { sort: column.key, dir: nextDir })} scroll={false} className="inline-flex items-center gap-1 hover:text-slate-900">
                    {column.label}
                    <span aria-hidden>{active ? (filters.dir === 'asc' ? '▲' : '▼') : ''}</span>
                  </Link>
                </th>
              );
            })}
            <th scope="col" className="px-3 py-3">
              <span className="sr-only">Links</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className={row.enabled ? '' : 'bg-slate-50 text-slate-500'}>
              <th scope="row" className="px-3 py-2 font-medium">{row.agentName}</th>
              <td className="px-3 py-2 whitespace-nowrap">{row.phaseLabel}</td>
              <td className="px-3 py-2 whitespace-nowrap">{row.typeLabel}</td>
              <td className="px-3 py-2">{row.targetName ?? '—'}</td>
              <td className="min-w-72 max-w-xl px-3 py-2">{row.description}</td>
              <td className="px-3 py-2">{row.toolName ? <ToolName name={row.toolName} /> : '—'}</td>
              <td className="px-3 py-2">{row.enabled ? 'Yes' : 'No'}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <TimeAgo iso={row.updatedAt} now={now} />
                {changedBy[row.id] && <span className="block text-xs text-slate-500">by {changedBy[row.id]}</span>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <Link href={functionHref(row)} className="font-medium text-indigo-700 hover:underline" aria-label={`Open ${functionLabel(row)}`}>
                  Open
                </Link>
                <span aria-hidden className="text-slate-300"> · </span>
                <Link href={functionHistoryHref(row.id)} className="font-medium text-indigo-700 hover:underline" aria-label={`History of ${functionLabel(row)}`}>
                  History
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="p-4 text-sm text-slate-600">No functions match this view.</p>}
    </div>
  );
}
