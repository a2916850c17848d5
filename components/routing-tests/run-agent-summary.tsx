import { Link } from '@/components/ui/link';
import { routingTestsHref } from '@/lib/routing-tests/hrefs';
import type { TestRunResultView } from '@/lib/test-runs/view';
import { DataTable } from '@/components/ui/data-table';

/** Passed / total per start agent. */
export function RunAgentSummary({ results, nameOf }: { results: TestRunResultView[]; nameOf: (id: string) => string }) {
  const byAgent = new Map<string, { passed: number; total: number }>();
  for (const result of results) {
    const counts = byAgent.get(result.agentId) ?? { passed: 0, total: 0 };
    counts.total += 1;
    if (result.ok) counts.passed += 1;
    byAgent.set(result.agentId, counts);
  }
  return (
    <DataTable columns={[{ label: 'Agent' }, { label: 'Passed', align: 'right' }]}>
      {[...byAgent].map(([agentId, counts]) => (
        <tr key={agentId}>
          <td className="px-4 py-2">
            <Link href={routingTestsHref(agentId)} className="font-medium text-indigo-700 hover:underline">
              {nameOf(agentId)}
            </Link>
          </td>
          <td className={`px-4 py-2 text-right tabular-nums ${counts.passed === counts.total ? 'text-emerald-700' : 'text-rose-700'}`}>
            {counts.passed} of {counts.total}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
