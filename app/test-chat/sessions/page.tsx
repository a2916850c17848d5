import Link from 'next/link';
import { resolveAgentNames } from '@/lib/agents/agent-names';
import { getPageContext } from '@/lib/server/page-context';
import { listSessions } from '@/lib/sessions/service';
import { ButtonLink } from '@/components/ui/button';
import { DataTable, EmptyState } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Session history' };

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function SessionHistoryPage() {
  const ctx = await getPageContext();
  const sessions = await listSessions(ctx);
  const { nameOf: name } = await resolveAgentNames(ctx, sessions.flatMap((session) => [session.startAgentId, session.activeAgentId]));
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Session history"
        description="Past test conversations, newest first."
        actions={<ButtonLink href="/test-chat">New test chat</ButtonLink>}
      />
      {sessions.length === 0 ? (
        <EmptyState>No test sessions yet.</EmptyState>
      ) : (
        <DataTable
          columns={[
            { label: 'Started with' },
            { label: 'Ended with' },
            { label: 'Messages', align: 'right' },
            { label: 'Handoffs', align: 'right' },
            { label: 'Last activity (UTC)' },
            { label: 'Transcript', hidden: true },
          ]}
        >
          {sessions.map((session) => (
            <tr key={session.id}>
              <td className="px-4 py-3">{name(session.startAgentId)}</td>
              <td className="px-4 py-3">{name(session.activeAgentId)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{session.messages}</td>
              <td className="px-4 py-3 text-right tabular-nums">{session.handoffs}</td>
              <td className="px-4 py-3 text-slate-600">{TIME.format(new Date(session.updatedAt))}</td>
              <td className="px-4 py-3 text-right">
                <Link href={`/test-chat/sessions/${session.id}`} className="font-medium text-indigo-700 hover:underline">
                  Transcript
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
