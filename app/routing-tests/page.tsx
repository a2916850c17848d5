import Link from 'next/link';
import { listAgents } from '@/lib/agents/service';
import { routingTestsHref } from '@/lib/routing-tests/hrefs';
import { listRoutingTests } from '@/lib/routing-tests/service';
import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { RoutingTestList } from '@/components/routing-tests/routing-test-list';
import { RunWorkspaceSection } from '@/components/routing-tests/run-workspace-section';
import { EmptyState } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Routing tests' };

/** Every agent's routing tests, grouped by the agent they start with. */
export default async function RoutingTestsPage() {
  const ctx = await getPageContext();
  const [agents, tests] = await Promise.all([listAgents(ctx), listRoutingTests(ctx)]);
  const options = agents.map(({ id, name }) => ({ id, name }));
  const withTests = options.filter((agent) => tests.some((test) => test.agentId === agent.id));
  const count = tests.length;
  const canEdit = contextCan(ctx, 'edit');
  return (
    <div className="max-w-4xl space-y-5">
      <PageHeader
        title="Routing tests"
        description={`Saved customer messages and the agent each must reach, for every agent.${canEdit ? " Add, import and export them on each agent's Agentic Functions page, or save one from Test Chat." : ''}`}
      />
      {count > 0 && <RunWorkspaceSection caseCount={count} />}
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
          {withTests.map((agent) => {
            const own = tests.filter((test) => test.agentId === agent.id);
            return (
              <section key={agent.id} aria-labelledby={`tests-of-${agent.id}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
                <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`tests-of-${agent.id}`} className="text-base font-semibold">
                    {agent.name} <span className="text-sm font-normal text-slate-500">· {own.length} {own.length === 1 ? 'test' : 'tests'}</span>
                  </h2>
                  <Link href={routingTestsHref(agent.id)} className="text-sm font-medium text-indigo-700 hover:underline">
                    Open {agent.name}&apos;s tests
                  </Link>
                </div>
                <RoutingTestList agent={agent} agents={options} tests={own} canEdit={canEdit} />
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
