import Link from 'next/link';
import { listAgents } from '@/lib/agents/service';
import { getServiceContext } from '@/lib/server/context';
import { ButtonLink } from '@/components/ui/button';
import { DataTable, EmptyState } from '@/components/ui/data-table';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Agents' };

export default async function AgentsPage({ searchParams }: { searchParams: Promise<{ saved?: string; deleted?: string }> }) {
  const [{ saved, deleted }, agents] = await Promise.all([searchParams, listAgents(await getServiceContext())]);
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Agents"
        description="The AI agents of this workspace. Each one can hand conversations off to the others."
        actions={<ButtonLink href="/agents/new">New agent</ButtonLink>}
      />
      {saved && <div className="mb-4"><FormAlert tone="success">Saved {saved}.</FormAlert></div>}
      {deleted && <div className="mb-4"><FormAlert tone="success">Agent deleted.</FormAlert></div>}
      {agents.length === 0 ? (
        <EmptyState>No agents yet. Create the first one to start configuring handoffs.</EmptyState>
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
                <Link className="font-medium text-indigo-700 hover:underline" href={`/agents/${agent.id}`} aria-label={`Edit ${agent.name}`}>
                  Edit
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
