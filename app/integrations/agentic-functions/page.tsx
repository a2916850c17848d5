import { Link } from '@/components/ui/link';
import { listAgents } from '@/lib/agents/service';
import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Agentic Functions' };

export default async function AgenticFunctionsPage() {
  const ctx = await getPageContext();
  const agents = await listAgents(ctx);
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Agentic Functions"
        description="Pick an agent to configure what it does before, during and after a session — such as handing the conversation to a specialist."
      />
      {agents.length === 0 ? (
        <EmptyState>
          <p>No agents yet.</p>
          {contextCan(ctx, 'edit') && (
            <ButtonLink href="/agents/new" className="mt-4">
              Create an agent
            </ButtonLink>
          )}
        </EmptyState>
      ) : (
        <ul aria-label="Agents" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {agents.map((agent) => (
            <li key={agent.id}>
              <Link
                href={`/integrations/agentic-functions/${agent.id}`}
                className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-indigo-300 hover:shadow"
              >
                <span className="font-semibold">{agent.name}</span>
                <span className="mt-1 flex-1 text-sm text-slate-600">{agent.description}</span>
                <span className="mt-3 text-xs font-medium text-slate-500">
                  {agent.functionCount} {agent.functionCount === 1 ? 'function' : 'functions'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
