import type { ReviewCounts as Counts } from '@/lib/review/overview';

/** The workspace in four numbers. */
export function ReviewCounts({ counts }: { counts: Counts }) {
  const items = [
    { label: 'Agents', value: counts.agents, note: null },
    { label: 'Functions', value: counts.functions, note: null },
    { label: 'Handoffs', value: counts.handoffs, note: `${counts.enabledHandoffs} enabled` },
    { label: 'Findings', value: counts.findings, note: `${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}` },
  ];
  return (
    <dl aria-label="Workspace counts" className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{item.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums" aria-label={`${item.label}: ${item.value}`}>
            {item.value}
          </dd>
          {item.note && <dd className="text-xs text-slate-500">{item.note}</dd>}
        </div>
      ))}
    </dl>
  );
}
