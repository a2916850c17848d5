import Link from 'next/link';
import { listAgents } from '@/lib/agents/service';
import { getServiceContext } from '@/lib/server/context';
import { listSessions } from '@/lib/sessions/service';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Session history' };

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function SessionHistoryPage() {
  const ctx = await getServiceContext();
  const [sessions, agents] = await Promise.all([listSessions(ctx), listAgents(ctx)]);
  const name = (id: string) => agents.find((agent) => agent.id === id)?.name ?? 'Deleted agent';
  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Session history"
        description="Past test conversations, newest first."
        actions={<ButtonLink href="/test-chat">New test chat</ButtonLink>}
      />
      {sessions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">No test sessions yet.</p>
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3">Started with</th>
                <th scope="col" className="px-4 py-3">Ended with</th>
                <th scope="col" className="px-4 py-3 text-right">Messages</th>
                <th scope="col" className="px-4 py-3 text-right">Handoffs</th>
                <th scope="col" className="px-4 py-3">Last activity (UTC)</th>
                <th scope="col" className="px-4 py-3"><span className="sr-only">Transcript</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
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
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
