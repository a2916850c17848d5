import type { Page } from '@/lib/paging/page';
import { DEFAULT_PAGE_SIZE } from '@/lib/paging/page-size';
import type { RoutingTestView } from '@/lib/routing-tests/view';
import { Pager } from '@/components/ui/pager';
import { AddRoutingTestButton } from './add-routing-test-button';
import { CsvImportDialog } from './csv-import-dialog';
import type { AgentOption } from './routing-test-form';
import { RoutingTestList } from './routing-test-list';
import { RunAgentPanel } from './run-agent-panel';

interface RoutingTestsSectionProps {
  agent: AgentOption;
  /** Every agent of the workspace. */
  agents: AgentOption[];
  /** One page of the agent's cases, with their exact count. */
  tests: Page<RoutingTestView>;
  /** Whether to offer Add test, Import CSV and Run: a viewer reads the cases and their runs. */
  canEdit: boolean;
}

/** An agent's routing tests on its functions page: the cases, Add test, Import and Export CSV. */
export function RoutingTestsSection({ agent, agents, tests, canEdit }: RoutingTestsSectionProps) {
  return (
    <section id="routing-tests" aria-labelledby="routing-tests-heading" className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="routing-tests-heading" className="text-base font-semibold">
            Routing tests
          </h2>
          <p className="text-sm text-slate-500">Customer messages and where they must end up, checked whenever you run them.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canEdit && (
            <>
              <AddRoutingTestButton startAgent={agent} agents={agents} />
              <CsvImportDialog agentId={agent.id} agentName={agent.name} />
            </>
          )}
          {tests.total > 0 && (
            // A plain link: the browser downloads what the API answers (Content-Disposition).
            <a href={`/api/v1/agents/${agent.id}/tests/csv`} download className="inline-flex items-center rounded-md px-3.5 py-2 text-sm font-medium text-indigo-700 hover:bg-slate-100">
              Export CSV
            </a>
          )}
        </div>
      </div>
      <div className="mb-4">
        <RunAgentPanel agentId={agent.id} caseCount={tests.total} />
      </div>
      <RoutingTestList agent={agent} agents={agents} tests={tests.items} canEdit={canEdit} />
      {tests.pageCount > 1 && <Pager page={tests} label="Routing tests" hrefFor={(n) => testsPageHref(agent.id, n, tests.size)} />}
    </section>
  );
}

/** Another page of the agent's tests, scrolled to this section. */
function testsPageHref(agentId: string, page: number, size: number): string {
  const params = new URLSearchParams();
  if (page > 1) params.set('tpage', String(page));
  if (size !== DEFAULT_PAGE_SIZE) params.set('tsize', String(size));
  return `/integrations/agentic-functions/${agentId}${params.size ? `?${params}` : ''}#routing-tests`;
}
