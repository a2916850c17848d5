import { listAgents } from '@/lib/agents/service';
import { describeLlmEngine } from '@/lib/conversation/engines';
import { getServiceContext } from '@/lib/server/context';
import { ChatPane } from '@/components/chat/chat-pane';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/data-table';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Test Chat' };

export default async function TestChatPage({ searchParams }: { searchParams: Promise<{ agent?: string }> }) {
  const [{ agent: requested }, agents] = await Promise.all([searchParams, listAgents(await getServiceContext())]);
  const engine = describeLlmEngine();
  // Start with the agent asked for, else the one customers reach first: most outgoing handoffs.
  const start = agents.find((a) => a.id === requested) ?? [...agents].sort((a, b) => b.functionCount - a.functionCount)[0];
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Test Chat"
        description="Talk to your agents as a customer would. Each handoff appears inline with why it happened; the target agent carries on with the conversation."
        actions={<ButtonLink href="/test-chat/sessions" variant="secondary">Session history</ButtonLink>}
      />
      {engine.problem && (
        <div className="mb-4">
          <FormAlert tone="warning">{engine.problem}</FormAlert>
        </div>
      )}
      {start ? (
        <ChatPane agents={agents.map(({ id, name }) => ({ id, name }))} initialAgentId={start.id} engineLabel={engine.label} />
      ) : (
        <EmptyState>Create an agent first.</EmptyState>
      )}
    </div>
  );
}
