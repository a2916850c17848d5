import { notFound } from 'next/navigation';
import { getAgent, listAgents } from '@/lib/agents/service';
import { NotFoundError } from '@/lib/domain/errors';
import { getServiceContext } from '@/lib/server/context';
import { AgentForm } from '@/components/agents/agent-form';
import { DeleteAgentButton } from '@/components/agents/delete-agent-button';
import { PageHeader } from '@/components/ui/page-header';
import { deleteAgentAction, updateAgentAction } from '../actions';

export const metadata = { title: 'Edit agent' };

export default async function EditAgentPage({ params }: { params: Promise<{ agentId: string }> }) {
  const { agentId } = await params;
  const ctx = await getServiceContext();
  const agent = await getAgent(ctx, agentId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
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
