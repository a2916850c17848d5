import { Link } from '@/components/ui/link';
import { resolveAgentNames } from '@/lib/agents/agent-names';
import { formatUtc } from '@/lib/domain/utc-time';
import { DEFAULT_PAGE_SIZE, PageQuerySchema } from '@/lib/paging/page';
import { getPageContext } from '@/lib/server/page-context';
import { listSessionsPage } from '@/lib/sessions/session-page';
import { ButtonLink } from '@/components/ui/button';
import { DataTable, EmptyState } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';

export const metadata = { title: 'Session history' };

type SearchParams = Promise<{ page?: string; size?: string }>;

export default async function SessionHistoryPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = PageQuerySchema.parse({ page: params.page, size: params.size });
  const ctx = await getPageContext();
  const page = await listSessionsPage(ctx, query);
  const sessions = page.items;
  const hrefFor = (n: number) => {
    const next = new URLSearchParams();
    if (n > 1) next.set('page', String(n));
    if (query.size !== DEFAULT_PAGE_SIZE) next.set('size', String(query.size));
    return next.size ? `/test-chat/sessions?${next}` : '/test-chat/sessions';
  };
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
            { label: 'Last agent' },
            { label: 'Messages', align: 'right' },
            { label: 'Handoffs', align: 'right' },
            { label: 'Last activity (UTC)' },
            { label: 'Transcript', hidden: true },
          ]}
        >
          {sessions.map((session) => (
            <tr key={session.id}>
              <td className="px-4 py-3">{name(session.startAgentId)}</td>
              <td className="px-4 py-3">
                <span className="flex flex-wrap items-center gap-2">
                  {name(session.activeAgentId)}
                  {session.endedAt && (
                    <span title={`Ended ${formatUtc(session.endedAt)} UTC`} className="rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">
                      Ended
                    </span>
                  )}
                </span>
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{session.messages}</td>
              <td className="px-4 py-3 text-right tabular-nums">{session.handoffs}</td>
              <td className="px-4 py-3 text-slate-600">{formatUtc(session.updatedAt)}</td>
              <td className="px-4 py-3 text-right">
                <Link href={`/test-chat/sessions/${session.id}`} className="font-medium text-indigo-700 hover:underline">
                  Transcript
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {page.total > 0 && <Pager page={page} label="Sessions" hrefFor={hrefFor} />}
    </div>
  );
}
