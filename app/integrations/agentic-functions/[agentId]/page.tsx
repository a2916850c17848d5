import { Link } from '@/components/ui/link';
import { getAgent, listAgents } from '@/lib/agents/service';
import { PHASES } from '@/lib/domain/constants';
import { listFunctionsForAgent } from '@/lib/functions/service';
import { PageQuerySchema } from '@/lib/paging/page';
import { listRoutingTestsPage } from '@/lib/routing-tests/test-page';
import { functionTypeOptions, toFunctionView } from '@/lib/functions/view';
import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { orNotFound } from '@/lib/server/or-not-found';
import { describeLlmEngine } from '@/lib/conversation/engines';
import { ChatPane } from '@/components/chat/lazy-chat-pane';
import { AgentSwitcher } from '@/components/functions/agent-switcher';
import { PhaseSection } from '@/components/functions/phase-section';
import { RoutingTestsSection } from '@/components/routing-tests/routing-tests-section';

export async function generateMetadata({ params }: { params: Promise<{ agentId: string }> }) {
  const { agentId } = await params;
  const agent = await getAgent(await getPageContext(), agentId).catch(() => null);
  return { title: agent ? `${agent.name} · Agentic Functions` : 'Agentic Functions' };
}

type SearchParams = Promise<{ tpage?: string; tsize?: string }>;

export default async function AgentFunctionsPage({ params, searchParams }: { params: Promise<{ agentId: string }>; searchParams: SearchParams }) {
  const { agentId } = await params;
  // The routing tests (up to 500 per agent) come a page at a time: ?tpage= and ?tsize=.
  const { tpage, tsize } = await searchParams;
  const testsQuery = PageQuerySchema.parse({ page: tpage, size: tsize });
  const ctx = await getPageContext();
  const agent = await orNotFound(getAgent(ctx, agentId));
  const [agents, functions, tests] = await Promise.all([listAgents(ctx), listFunctionsForAgent(ctx, agentId), listRoutingTestsPage(ctx, { ...testsQuery, agentId })]);
  const views = functions.map(toFunctionView);
  const canEdit = contextCan(ctx, 'edit');
  const targets = agents
    .filter((other) => other.id !== agent.id)
    .map(({ id, name, slug, description }) => ({ id, name, slug, description }));

  return (
    <div className="grid max-w-[90rem] grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="min-w-0">
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-slate-500">
          <Link href="/integrations" className="hover:underline">Integrations</Link>
          <span aria-hidden> / </span>
          <Link href="/integrations/agentic-functions" className="hover:underline">Agentic Functions</Link>
          <span aria-hidden> / </span>
          <span aria-current="page" className="text-slate-800">{agent.name}</span>
        </nav>
        <header className="mb-6 flex flex-wrap items-start justify-between gap-4 *:min-w-0">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">{agent.name}</h1>
            <p className="mt-1 max-w-2xl text-sm text-slate-600">{agent.description}</p>
          </div>
          <AgentSwitcher agents={agents.map(({ id, name }) => ({ id, name }))} currentId={agent.id} />
        </header>
        <div className="space-y-5">
          {PHASES.map((phase) => (
            <PhaseSection
              key={phase}
              agentId={agent.id}
              phase={phase}
              functions={views.filter((fn) => fn.phase === phase)}
              typeOptions={functionTypeOptions(phase)}
              targets={targets}
              canEdit={canEdit}
            />
          ))}
          <RoutingTestsSection agent={{ id: agent.id, name: agent.name }} agents={agents.map(({ id, name }) => ({ id, name }))} tests={tests} canEdit={canEdit} />
        </div>
      </div>
      <aside aria-label="Try it" className="min-w-0 lg:sticky lg:top-6 lg:self-start">
        <ChatPane
          key={agent.id}
          agents={agents.map(({ id, name }) => ({ id, name }))}
          initialAgentId={agent.id}
          initialGreeting={agent.greeting}
          engineLabel={describeLlmEngine().label}
          fixedStartAgent
          title={`Try ${agent.name}`}
        />
      </aside>
    </div>
  );
}
