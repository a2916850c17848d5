import { Link } from '@/components/ui/link';
import { resolveAgentNames } from '@/lib/agents/agent-names';
import { ROUTING_TESTS_PAGE } from '@/lib/routing-tests/hrefs';
import { getPageContext } from '@/lib/server/page-context';
import { orNotFound } from '@/lib/server/or-not-found';
import { exampleTargets } from '@/lib/test-runs/example-targets';
import { getTestRun } from '@/lib/test-runs/service';
import { RunAgentSummary } from '@/components/routing-tests/run-agent-summary';
import { RunConfusionTable } from '@/components/routing-tests/run-confusion-table';
import { RunFailure } from '@/components/routing-tests/run-failure';
import { RunLive } from '@/components/routing-tests/run-live';

export const metadata = { title: 'Test run · Routing tests' };

const STATUS = { running: 'Running', finished: 'Finished', cancelled: 'Cancelled' } as const;

/** A run's results: pass counts per agent and in all, each failure and why, and the confusion table. */
export default async function TestRunPage({ params }: { params: Promise<{ runId: string }> }) {
  const { runId } = await params;
  const ctx = await getPageContext();
  const run = await orNotFound(getTestRun(ctx, runId));
  const ids = run.results.flatMap((result) => [result.agentId, result.expect.handoffTo, result.reached].filter((id): id is string => id !== null));
  const [names, examples] = await Promise.all([resolveAgentNames(ctx, run.agentId ? [run.agentId, ...ids] : ids), exampleTargets(ctx, run.results)]);
  const failures = run.results.filter((result) => !result.ok);
  const passes = run.results.filter((result) => result.ok);
  const scope = run.agentId ? `${names.nameOf(run.agentId)}'s tests` : 'All tests';
  return (
    <div className="max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
        <Link href={ROUTING_TESTS_PAGE} className="hover:underline">
          Routing tests
        </Link>
        <span aria-hidden> / </span>
        <span aria-current="page" className="text-slate-800">
          Run
        </span>
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Test run: {scope}</h1>
        <p className="text-sm text-slate-600">
          {STATUS[run.status]} · started {new Date(run.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC by {run.startedBy} · {run.engine}
        </p>
        <p className={`text-lg font-semibold ${run.status === 'finished' && run.passed === run.total ? 'text-emerald-700' : 'text-rose-700'}`}>
          {run.passed} of {run.total} passed
          {run.status !== 'finished' && <span className="text-sm font-normal text-slate-600"> ({run.done} run so far)</span>}
        </p>
      </header>
      {run.status === 'running' && <RunLive runId={run.id} agentId={run.agentId} />}
      {run.results.length > 0 && <RunAgentSummary results={run.results} nameOf={names.nameOf} />}
      <section aria-labelledby="failures-heading" className="space-y-3">
        <h2 id="failures-heading" className="text-base font-semibold">
          Failures ({failures.length})
        </h2>
        {failures.length === 0 ? (
          <p className="text-sm text-slate-600">Every case that ran passed.</p>
        ) : (
          <ul aria-label="Failures" className="space-y-3">
            {failures.map((result) => (
              <RunFailure key={result.testId} result={result} runId={run.id} nameOf={names.nameOf} exampleFor={examples.get(result.testId) ?? null} />
            ))}
          </ul>
        )}
      </section>
      {run.results.length > 0 && <RunConfusionTable results={run.results} nameOf={names.nameOf} />}
      {passes.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-medium">Passed ({passes.length})</summary>
          <ul aria-label="Passed" className="mt-2 space-y-1 text-slate-700">
            {passes.map((result) => (
              <li key={result.testId} className="wrap-anywhere">
                {result.name ?? `“${result.messages.at(-1) ?? ''}”`} → {result.reached ? names.nameOf(result.reached) : `stayed with ${names.nameOf(result.agentId)}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
