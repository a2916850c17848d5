import { resolveAgentNames } from '@/lib/agents/agent-names';
import { getPageContext } from '@/lib/server/page-context';
import { listTestRunsPage } from '@/lib/test-runs/list-runs';
import { latestTestRun } from '@/lib/test-runs/service';
import { Pager } from '@/components/ui/pager';
import { RunList } from './run-list';
import { RunPanel } from './run-panel';

/** Runs listed per page: each says what started failing and what changed before it, so they are long. */
export const RUNS_PAGE_SIZE = 10;

interface RunWorkspaceSectionProps {
  caseCount: number;
  /** Which page of runs, newest first. */
  runsPage: number;
  /** The URL of another page of runs, keeping the rest of the view. */
  hrefFor: (page: number) => string;
}

/** The routing tests page's runs: Run all tests, and the runs so far, newest first, a page at a time. */
export async function RunWorkspaceSection({ caseCount, runsPage, hrefFor }: RunWorkspaceSectionProps) {
  const ctx = await getPageContext();
  const [latest, page] = await Promise.all([latestTestRun(ctx, null), listTestRunsPage(ctx, { page: runsPage, size: RUNS_PAGE_SIZE })]);
  const ids = page.items.flatMap((run) => [...(run.agentId ? [run.agentId] : []), ...run.startedFailing.map((test) => test.agentId)]);
  const names = await resolveAgentNames(ctx, ids);
  return (
    <section aria-labelledby="test-runs-heading" className="space-y-3">
      <h2 id="test-runs-heading" className="text-base font-semibold">
        Runs
      </h2>
      <RunPanel agentId={null} caseCount={caseCount} latest={latest} />
      <RunList runs={page.items} names={names.byId} now={page.asOf} />
      {page.pageCount > 1 && <Pager page={page} label="Runs" hrefFor={hrefFor} />}
    </section>
  );
}
