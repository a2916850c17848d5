import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { AgentForm } from '@/components/agents/agent-form';
import { PageHeader } from '@/components/ui/page-header';
import { ReadOnlyNotice } from '@/components/ui/read-only-notice';
import { createAgentAction } from '../actions';

export const metadata = { title: 'New agent' };

export default async function NewAgentPage() {
  // A viewer who follows a link here reads why there is no form, rather than filling one in for nothing.
  const canEdit = contextCan(await getPageContext(), 'edit');
  return (
    <div>
      <PageHeader title="New agent" description="Agents can hand conversations to each other once they exist." />
      {canEdit ? (
        <AgentForm action={createAgentAction} submitLabel="Create agent" />
      ) : (
        <ReadOnlyNotice back={{ href: '/agents', label: 'Back to Agents' }}>Viewers cannot change agents.</ReadOnlyNotice>
      )}
    </div>
  );
}
