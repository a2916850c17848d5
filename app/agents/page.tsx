import { Link } from '@/components/ui/link';
import { z } from 'zod';
import { listAgentsPage } from '@/lib/agents/agent-page';
import { DEFAULT_PAGE_SIZE, PageQuerySchema } from '@/lib/paging/page';
import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { ButtonLink } from '@/components/ui/button';
import { DataTable, EmptyState } from '@/components/ui/data-table';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';

export const metadata = { title: 'Agents' };

const AgentsQuerySchema = PageQuerySchema.extend({ q: z.string().trim().min(1).max(200).optional().catch(undefined) });

type SearchParams = Promise<{ saved?: string; deleted?: string; q?: string; page?: string; size?: string }>;

export default async function AgentsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = AgentsQuerySchema.parse({ q: params.q, page: params.page, size: params.size });
  const ctx = await getPageContext();
  const page = await listAgentsPage(ctx, query);
  // A viewer reads the agents: no New agent, and each row opens read-only.
  const canEdit = contextCan(ctx, 'edit');
  const agents = page.items;
  const { saved, deleted } = params;
  const hrefFor = (n: number) => {
    const next = new URLSearchParams();
    if (query.q) next.set('q', query.q);
    if (n > 1) next.set('page', String(n));
    if (query.size !== DEFAULT_PAGE_SIZE) next.set('size', String(query.size));
    return next.size ? `/agents?${next}` : '/agents';
  };
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Agents"
        description="The AI agents of this workspace. Each one can hand conversations off to the others."
        actions={canEdit ? <ButtonLink href="/agents/new">New agent</ButtonLink> : undefined}
      />
      {saved && <div className="mb-4"><FormAlert tone="success">Saved {saved}.</FormAlert></div>}
      {deleted && <div className="mb-4"><FormAlert tone="success">Agent deleted.</FormAlert></div>}
      <form role="search" aria-label="Search agents" action="/agents" className="mb-4 flex max-w-md gap-2">
        <label htmlFor="agents-q" className="sr-only">Search agents</label>
        <input id="agents-q" type="search" name="q" defaultValue={query.q ?? ''} placeholder="Name or description…" className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm" />
        {query.size !== DEFAULT_PAGE_SIZE && <input type="hidden" name="size" value={query.size} />}
        {query.q && (
          <ButtonLink href="/agents" variant="ghost">
            Clear
          </ButtonLink>
        )}
      </form>
      {agents.length === 0 ? (
        <EmptyState>{query.q ? `No agent matches “${query.q}”.` : canEdit ? 'No agents yet. Create the first one to start configuring handoffs.' : 'No agents yet.'}</EmptyState>
      ) : (
        <DataTable
          columns={[
            { label: 'Name' },
            { label: 'Description' },
            { label: 'Functions', align: 'right' },
            { label: 'Actions', hidden: true },
          ]}
        >
          {agents.map((agent) => (
            <tr key={agent.id}>
              <th scope="row" className="px-4 py-3 font-medium">{agent.name}</th>
              <td className="px-4 py-3 text-slate-600">{agent.description}</td>
              <td className="px-4 py-3 text-right tabular-nums">
                <Link className="text-indigo-700 hover:underline" href={`/integrations/agentic-functions/${agent.id}`} aria-label={`${agent.functionCount} functions of ${agent.name}`}>
                  {agent.functionCount}
                </Link>
              </td>
              <td className="px-4 py-3 text-right">
                <Link className="font-medium text-indigo-700 hover:underline" href={`/agents/${agent.id}`} aria-label={`${canEdit ? 'Edit' : 'View'} ${agent.name}`}>
                  {canEdit ? 'Edit' : 'View'}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {page.total > 0 && <Pager page={page} label="Agents" hrefFor={hrefFor} />}
    </div>
  );
}
