import { resolveAgentNames } from '@/lib/agents/agent-names';
import { getPageContext } from '@/lib/server/page-context';
import { listTestRuns } from '@/lib/test-runs/list-runs';
import { latestTestRun } from '@/lib/test-runs/service';
import { RunList } from './run-list';
import { RunPanel } from './run-panel';

/** The routing tests page's runs: Run all tests, and the runs so far, newest first. */
export async function RunWorkspaceSection({ caseCount }: { caseCount: number }) {
  const ctx = await getPageContext();
  const [latest, { runs, asOf }] = await Promise.all([latestTestRun(ctx, null), listTestRuns(ctx, { limit: 10 })]);
  const ids = runs.flatMap((run) => [...(run.agentId ? [run.agentId] : []), ...run.startedFailing.map((test) => test.agentId)]);
  const names = await resolveAgentNames(ctx, ids);
  return (
    <section aria-labelledby="test-runs-heading" className="space-y-3">
      <h2 id="test-runs-heading" className="text-base font-semibold">
        Runs
      </h2>
      <RunPanel agentId={null} caseCount={caseCount} latest={latest} />
      <RunList runs={runs} names={names.byId} now={asOf} />
    </section>
  );
}
