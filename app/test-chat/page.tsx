import { resolveAgentNames, sessionAgentIds } from '@/lib/agents/agent-names';
import { listAgents } from '@/lib/agents/service';
import { describeLlmEngine } from '@/lib/conversation/engines';
import { getPageContext } from '@/lib/server/page-context';
import { TRANSCRIPT_PAGE_SIZE } from '@/lib/sessions/schema';
import { getSession } from '@/lib/sessions/service';
import { ChatPane } from '@/components/chat/lazy-chat-pane';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/data-table';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Test Chat' };

export default async function TestChatPage({ searchParams }: { searchParams: Promise<{ agent?: string; session?: string }> }) {
  const ctx = await getPageContext();
  const [{ agent: requested, session: resumeId }, agents] = await Promise.all([searchParams, listAgents(ctx)]);
  // The chat pane shows a continued session's newest page, so its names come from that page too.
  const asked = resumeId ? await getSession(ctx, resumeId, { limit: TRANSCRIPT_PAGE_SIZE }).catch(() => null) : null;
  const names = asked ? await resolveAgentNames(ctx, sessionAgentIds(asked, asked.events)) : null;
  // A session whose agent was deleted is not continued (a message would be refused): a new one starts with
  // the first message.
  const resumed = asked && !names?.isDeleted(asked.activeAgentId) ? asked : null;
  const engine = describeLlmEngine();
  // Continue the session asked for, else start with the agent asked for, else the one customers reach
  // first: the agent with the most handoffs.
  const startId = resumed?.startAgentId ?? requested;
  const start = agents.find((a) => a.id === startId) ?? [...agents].sort((a, b) => b.functionCount - a.functionCount)[0];
  return (
    // On a wide screen the offered tools and the why sit beside the chat, so the page takes the room.
    <div className="max-w-3xl xl:max-w-7xl">
      <PageHeader
        title="Test Chat"
        description="Talk to your agents as a customer would. Each handoff shows why it happened; the target agent carries on with the conversation."
        actions={<ButtonLink href="/test-chat/sessions" variant="secondary">Session history</ButtonLink>}
      />
      {engine.problem && (
        <div className="mb-4">
          <FormAlert tone="warning">{engine.problem}</FormAlert>
        </div>
      )}
      {asked && !resumed && names && (
        <div className="mb-4">
          <FormAlert tone="warning">
            That conversation ended with {names.nameOf(asked.activeAgentId)}, so it cannot be continued; its transcript stays in Session history. This is a new one.
          </FormAlert>
        </div>
      )}
      {start ? (
        <ChatPane
          agents={agents.map(({ id, name }) => ({ id, name }))}
          pastAgentNames={resumed ? names?.byId : undefined}
          initialAgentId={start.id}
          initialGreeting={start.greeting}
          resumeSessionId={resumed?.id}
          engineLabel={engine.label}
          sidePanels
          sessionInUrl
        />
      ) : (
        <EmptyState>Create an agent first.</EmptyState>
      )}
    </div>
  );
}
