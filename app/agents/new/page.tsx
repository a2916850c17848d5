import { AgentForm } from '@/components/agents/agent-form';
import { PageHeader } from '@/components/ui/page-header';
import { createAgentAction } from '../actions';

export const metadata = { title: 'New agent' };

export default function NewAgentPage() {
  return (
    <div>
      <PageHeader title="New agent" description="Agents can hand conversations to each other once they exist." />
      <AgentForm action={createAgentAction} submitLabel="Create agent" />
    </div>
  );
}
