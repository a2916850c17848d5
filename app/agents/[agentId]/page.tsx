import { getAgent, listAgents } from '@/lib/agents/service';
import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { orNotFound } from '@/lib/server/or-not-found';
import { AgentDetails } from '@/components/agents/agent-details';
import { AgentForm } from '@/components/agents/agent-form';
import { DeleteAgentButton } from '@/components/agents/delete-agent-button';
import { PageHeader } from '@/components/ui/page-header';
import { ReadOnlyNotice } from '@/components/ui/read-only-notice';
import { deleteAgentAction, updateAgentAction } from '../actions';

export const metadata = { title: 'Edit agent' };

export default async function EditAgentPage({ params }: { params: Promise<{ agentId: string }> }) {
  const { agentId } = await params;
  const ctx = await getPageContext();
  const agent = await orNotFound(getAgent(ctx, agentId));
  // A viewer reads the agent's settings; the form and Delete are for those who may change it.
  if (!contextCan(ctx, 'edit')) {
    return (
      <div className="space-y-6">
        <PageHeader title={agent.name} />
        <ReadOnlyNotice back={{ href: `/integrations/agentic-functions/${agent.id}`, label: `Functions of ${agent.name}` }}>Viewers cannot change agents.</ReadOnlyNotice>
        <AgentDetails agent={agent} />
      </div>
    );
  }
  const functionCount = (await listAgents(ctx)).find((a) => a.id === agent.id)?.functionCount ?? 0;
  return (
    <div>
      <PageHeader title={`Edit ${agent.name}`} actions={<DeleteAgentButton agentName={agent.name} functionCount={functionCount} onDelete={deleteAgentAction.bind(null, agent.id)} />} />
      <AgentForm
        action={updateAgentAction.bind(null, agent.id)}
        initial={{ name: agent.name, description: agent.description, instructions: agent.instructions, greeting: agent.greeting, version: agent.version }}
        submitLabel="Save changes"
      />
    </div>
  );
}
