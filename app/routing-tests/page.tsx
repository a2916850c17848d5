import { Link } from '@/components/ui/link';
import { z } from 'zod';
import { listAgents } from '@/lib/agents/service';
import { DEFAULT_PAGE_SIZE, PageQuerySchema } from '@/lib/paging/page';
import { ROUTING_TESTS_PAGE, routingTestsHref, routingTestsPageHref } from '@/lib/routing-tests/hrefs';
import { countRoutingTestsByAgent, listRoutingTestsPage } from '@/lib/routing-tests/test-page';
import type { RoutingTestView } from '@/lib/routing-tests/view';
import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { RoutingTestList } from '@/components/routing-tests/routing-test-list';
import { RunWorkspaceSection } from '@/components/routing-tests/run-workspace-section';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';

export const metadata = { title: 'Routing tests' };

// A stale or mistyped link still opens: an unknown agent lists every agent's tests, a bad page the first.
const RoutingTestsQuerySchema = PageQuerySchema.extend({
  agent: z.string().trim().min(1).max(100).optional().catch(undefined),
  runs: z.coerce.number().int().min(1).catch(1).default(1),
});

/** Every agent's routing tests (or one agent's), grouped by the agent they start with, a page at a time. */
export default async function RoutingTestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = RoutingTestsQuerySchema.parse(await searchParams);
  const ctx = await getPageContext();
  const [agents, perAgent] = await Promise.all([listAgents(ctx), countRoutingTestsByAgent(ctx)]);
  const options = agents.map(({ id, name }) => ({ id, name }));
  const withTests = options.filter((agent) => perAgent.has(agent.id));
  const agentId = query.agent && perAgent.has(query.agent) ? query.agent : undefined;
  const page = await listRoutingTestsPage(ctx, { page: query.page, size: query.size, agentId });
  const count = [...perAgent.values()].reduce((sum, n) => sum + n, 0);
  const canEdit = contextCan(ctx, 'edit');
  const view = { agent: agentId, page: page.page, size: query.size, runs: query.runs };
  return (
    <div className="max-w-4xl space-y-5">
      <PageHeader
        title="Routing tests"
        description={`Saved customer messages and the agent each must reach, for every agent.${canEdit ? " Add, import and export them on each agent's Agentic Functions page, or save one from Test Chat." : ''}`}
      />
      {count > 0 && <RunWorkspaceSection caseCount={count} runsPage={query.runs} hrefFor={(n) => routingTestsPageHref({ ...view, runs: n })} />}
      {count === 0 ? (
        <EmptyState>
          <p>No routing tests yet.</p>
          {canEdit && (
            <p className="mt-2 text-sm">
              Open an agent in{' '}
              <Link href="/integrations/agentic-functions" className="font-medium text-indigo-700 hover:underline">
                Agentic Functions
              </Link>{' '}
              and choose Add test, or use “Save as test” on a customer message in{' '}
              <Link href="/test-chat" className="font-medium text-indigo-700 hover:underline">
                Test Chat
              </Link>
              .
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            {count} {count === 1 ? 'test' : 'tests'} across {withTests.length} {withTests.length === 1 ? 'agent' : 'agents'}.
          </p>
          <form role="search" aria-label="Filter routing tests" action={ROUTING_TESTS_PAGE} className="flex max-w-md items-end gap-2">
            <label className="block flex-1 text-sm font-medium text-slate-700">
              Agent
              <select name="agent" defaultValue={agentId ?? ''} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
                <option value="">All agents ({count})</option>
                {withTests.map((agent) => (
                  <option key={agent.id} value={agent.id}>
                    {agent.name} ({perAgent.get(agent.id)})
                  </option>
                ))}
              </select>
            </label>
            {query.size !== DEFAULT_PAGE_SIZE && <input type="hidden" name="size" value={query.size} />}
            <Button type="submit" variant="secondary">Show</Button>
          </form>
          {groupByAgent(page.items).map(({ agentId: id, tests }) => {
            const agent = options.find((option) => option.id === id) ?? { id, name: 'A deleted agent' };
            const own = perAgent.get(id) ?? tests.length;
            return (
              <section key={id} aria-labelledby={`tests-of-${id}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`tests-of-${id}`} className="text-base font-semibold">
                    {agent.name} <span className="text-sm font-normal text-slate-500">· {own} {own === 1 ? 'test' : 'tests'}</span>
                  </h2>
                  <Link href={routingTestsHref(id)} className="text-sm font-medium text-indigo-700 hover:underline">
                    Open {agent.name}&apos;s tests
                  </Link>
                </div>
                <RoutingTestList agent={agent} agents={options} tests={tests} canEdit={canEdit} />
              </section>
            );
          })}
          <Pager page={page} label="Routing tests" hrefFor={(n) => routingTestsPageHref({ ...view, page: n })} />
        </>
      )}
    </div>
  );
}

/** A page's tests in runs of the same start agent, in the order they came (the page is sorted by agent). */
function groupByAgent(tests: RoutingTestView[]): { agentId: string; tests: RoutingTestView[] }[] {
  const groups: { agentId: string; tests: RoutingTestView[] }[] = [];
  for (const test of tests) {
    const last = groups.at(-1);
    if (last?.agentId === test.agentId) last.tests.push(test);
    else groups.push({ agentId: test.agentId, tests: [test] });
  }
  return groups;
}
