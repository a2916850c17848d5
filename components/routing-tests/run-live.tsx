'use client';

import { useCan } from '@/components/auth/role-context';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { RunProgress } from './run-progress';
import { useTestRun } from './use-test-run';

/** On a run's page while it runs: its progress and Cancel; the page refreshes when it ends. */
export function RunLive({ runId, agentId }: { runId: string; agentId: string | null }) {
  const { run, error, cancel, cancelling } = useTestRun(agentId, runId);
  const canEdit = useCan('edit');
  if (!run || run.status !== 'running') return error ? <FormAlert>{error}</FormAlert> : null;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <RunProgress done={run.done} total={run.total} label="Running tests" />
      {canEdit && (
        <Button variant="secondary" onClick={cancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </Button>
      )}
      {error && <FormAlert>{error}</FormAlert>}
    </div>
  );
}
