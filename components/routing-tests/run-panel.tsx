'use client';

import { Link } from '@/components/ui/link';
import type { TestRunView } from '@/lib/test-runs/view';
import { useCan } from '@/components/auth/role-context';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { RunProgress } from './run-progress';
import { runHref } from '@/lib/test-runs/hrefs';
import { useTestRun } from './use-test-run';

interface RunPanelProps {
  /** Whose cases run; null runs the whole workspace's. */
  agentId: string | null;
  caseCount: number;
  /** The latest run of the same scope, shown until a new one starts. */
  latest: TestRunView | null;
}

/** Run tests (one agent) or Run all tests (the workspace): a progress bar and Cancel while it runs, then the outcome. */
export function RunPanel({ agentId, caseCount, latest }: RunPanelProps) {
  const { run, running, error, start, cancel, cancelling } = useTestRun(agentId, latest?.status === 'running' ? latest.id : null);
  const shown = run ?? latest;
  const label = agentId ? 'Run tests' : 'Run all tests';
  // A viewer follows runs and reads their results; starting and cancelling one is a change.
  const canEdit = useCan('edit');
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4" data-run-panel>
      {canEdit && (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={start} disabled={running || caseCount === 0}>
            {running ? 'Running…' : label}
          </Button>
          {running && shown?.status === 'running' && (
            <Button variant="secondary" onClick={cancel} disabled={cancelling}>
              {cancelling ? 'Cancelling…' : 'Cancel'}
            </Button>
          )}
          {caseCount === 0 && <p className="text-sm text-slate-600">Add a test to run it.</p>}
        </div>
      )}
      {running && shown?.status === 'running' && <RunProgress done={shown.done} total={shown.total} label={agentId ? 'Running tests' : 'Running all tests'} />}
      <div role="status" aria-live="polite" className="text-sm">
        {shown && shown.status !== 'running' && <RunOutcome run={shown} latest={run === undefined} />}
        {!canEdit && !shown && <p className="text-slate-600">No runs yet.</p>}
      </div>
      {error && <FormAlert>{error}</FormAlert>}
    </div>
  );
}

function RunOutcome({ run, latest }: { run: TestRunView; latest: boolean }) {
  const allPassed = run.status === 'finished' && run.passed === run.total;
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      {latest && <span className="text-slate-500">Last run:</span>}
      <span className={allPassed ? 'font-medium text-emerald-700' : 'font-medium text-rose-700'}>
        {run.status === 'cancelled' ? `Cancelled after ${run.done} of ${run.total}: ${run.passed} passed` : `${run.passed} of ${run.total} passed`}
      </span>
      <Link href={runHref(run.id)} className="font-medium text-indigo-700 hover:underline">
        View results
      </Link>
    </p>
  );
}
