import { confusionTable } from '@/lib/test-runs/confusion';
import type { TestRunResultView } from '@/lib/test-runs/view';

/** Expected against reached agent: the diagonal holds the passes, a full cell off it two handoffs that steal each other's customers. */
export function RunConfusionTable({ results, nameOf }: { results: TestRunResultView[]; nameOf: (id: string) => string }) {
  const { agents, counts } = confusionTable(results);
  if (agents.length === 0) return null;
  const label = (key: string | null) => (key === null ? 'No handoff' : nameOf(key));
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="text-sm">
        <caption className="px-4 pt-3 text-left font-semibold text-slate-900">Expected vs reached agent</caption>
        <thead>
          <tr>
            <th scope="col" className="px-3 py-2 text-left text-xs font-medium text-slate-500">
              Expected <span aria-hidden>↓</span> / reached <span aria-hidden>→</span>
            </th>
            {agents.map((key) => (
              <th key={key ?? 'none'} scope="col" className="px-3 py-2 text-right text-xs font-medium text-slate-700">
                {label(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {agents.map((rowKey, row) => (
            <tr key={rowKey ?? 'none'}>
              <th scope="row" className="px-3 py-2 text-left text-xs font-medium text-slate-700">
                {label(rowKey)}
              </th>
              {agents.map((columnKey, column) => {
                const count = counts[row]?.[column] ?? 0;
                const tone = count === 0 ? 'text-slate-300' : row === column ? 'bg-emerald-50 font-semibold text-emerald-800' : 'bg-rose-50 font-semibold text-rose-800';
                return (
                  <td key={columnKey ?? 'none'} className={`px-3 py-2 text-right tabular-nums ${tone}`}>
                    {count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
