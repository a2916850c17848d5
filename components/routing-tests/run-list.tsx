import { Link } from '@/components/ui/link';
import { runHref } from '@/lib/test-runs/hrefs';
import type { TestRunListItem } from '@/lib/test-runs/list-runs';
import { TimeAgo } from '@/components/review/time-ago';

const ACTIONS: Record<string, string> = { create: 'Created', update: 'Updated', enable: 'Enabled', disable: 'Disabled', delete: 'Deleted', restore: 'Restored' };

/** A run after a large import may start failing hundreds: the list names the first few, the run page the rest. */
const STARTED_FAILING_SHOWN = 10;

interface RunListProps {
  runs: TestRunListItem[];
  names: Record<string, string>;
  now: number;
}

/** Runs newest first: when, which engine, who, how many passed, which cases started failing, and what changed since the run before. */
export function RunList({ runs, names, now }: RunListProps) {
  if (runs.length === 0) return <p className="text-sm text-slate-600">No runs yet.</p>;
  const nameOf = (id: string) => names[id] ?? 'a deleted agent';
  return (
    <ol aria-label="Test runs" className="space-y-3">
      {runs.map((run) => (
        <li key={run.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm" aria-label={`Run of ${run.agentId ? nameOf(run.agentId) : 'all tests'}: ${run.passed} of ${run.total} passed`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="flex flex-wrap items-baseline gap-x-2">
              <Link href={runHref(run.id)} className="font-medium text-indigo-700 hover:underline">
                {run.agentId ? `${nameOf(run.agentId)}'s tests` : 'All tests'}
              </Link>
              <span className={run.status === 'finished' && run.passed === run.total ? 'font-medium text-emerald-700' : 'font-medium text-rose-700'}>
                {run.passed}/{run.total} passed
              </span>
              {run.status !== 'finished' && <span className="text-slate-500">({run.status === 'running' ? `running, ${run.done} done` : `cancelled after ${run.done}`})</span>}
            </p>
            <p className="text-xs text-slate-500">
              <TimeAgo iso={run.createdAt} now={now} /> by {run.startedBy} · {run.engine}
            </p>
          </div>
          {run.startedFailing.length > 0 && (
            <div className="mt-2">
              <p className="font-medium text-rose-800">Started failing in this run ({run.startedFailing.length}):</p>
              <ul className="ml-4 list-disc text-slate-700">
                {run.startedFailing.slice(0, STARTED_FAILING_SHOWN).map((test) => (
                  <li key={test.testId}>
                    {test.name ?? `“${test.messages.at(-1) ?? ''}”`} <span className="text-slate-500">({nameOf(test.agentId)})</span>
                  </li>
                ))}
              </ul>
              {run.startedFailing.length > STARTED_FAILING_SHOWN && (
                <p className="ml-4 text-slate-600">
                  and {run.startedFailing.length - STARTED_FAILING_SHOWN} more:{' '}
                  <Link href={runHref(run.id)} className="text-indigo-700 underline">
                    see the run
                  </Link>
                </p>
              )}
            </div>
          )}
          {run.changesBefore && run.changesBefore.total > 0 && (
            <details className="mt-2">
              <summary className="cursor-pointer text-slate-700">
                {run.changesBefore.total} {run.changesBefore.total === 1 ? 'change' : 'changes'} since the run before
              </summary>
              <ul aria-label="Changes since the run before" className="ml-4 mt-1 list-disc space-y-0.5 text-slate-700">
                {run.changesBefore.changes.map((change) => (
                  <li key={change.id}>
                    <Link href={change.href} className="text-indigo-700 hover:underline">
                      {ACTIONS[change.action] ?? change.action} {change.subject}
                    </Link>{' '}
                    <span className="text-xs text-slate-500">
                      by {change.actor}, <TimeAgo iso={change.at} now={now} />
                    </span>
                  </li>
                ))}
                {run.changesBefore.total > run.changesBefore.changes.length && (
                  <li className="list-none text-slate-500">
                    and {run.changesBefore.total - run.changesBefore.changes.length} more in <Link href="/review/history" className="text-indigo-700 hover:underline">History</Link>
                  </li>
                )}
              </ul>
            </details>
          )}
          {run.changesBefore && run.changesBefore.total === 0 && <p className="mt-2 text-slate-500">No configuration changes since the run before.</p>}
        </li>
      ))}
    </ol>
  );
}
