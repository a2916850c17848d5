import { Link } from '@/components/ui/link';
import { resolveAgentNames, sessionAgentIds } from '@/lib/agents/agent-names';
import { formatUtc } from '@/lib/domain/utc-time';
import { getPageContext } from '@/lib/server/page-context';
import { orNotFound } from '@/lib/server/or-not-found';
import { SessionEventsQuerySchema, TRANSCRIPT_PAGE_SIZE } from '@/lib/sessions/schema';
import { getSession } from '@/lib/sessions/service';
import { Transcript } from '@/components/chat/transcript';
import { TranscriptPager } from '@/components/chat/transcript-pager';
import { ButtonLink } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Transcript' };

export default async function TranscriptPage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
}) {
  const [{ sessionId }, { before }] = await Promise.all([params, searchParams]);
  const ctx = await getPageContext();
  // A long session is read a page at a time, newest first; a broken ?before= shows the newest page.
  const asked = before === undefined ? null : SessionEventsQuerySchema.safeParse({ before });
  const session = await orNotFound(getSession(ctx, sessionId, { limit: TRANSCRIPT_PAGE_SIZE, before: asked?.data?.before }));
  const { nameOf: name, isDeleted } = await resolveAgentNames(ctx, sessionAgentIds(session, session.events));
  // Its agent is gone: the transcript stays readable, but nobody can answer a new message.
  const ended = isDeleted(session.activeAgentId);
  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-slate-500">
        <Link href="/test-chat/sessions" className="hover:underline">Session history</Link>
        <span aria-hidden> / </span>
        <span aria-current="page">Transcript</span>
      </nav>
      <PageHeader
        title={
          session.activeAgentId === session.startAgentId
            ? `Conversation with ${name(session.startAgentId)}`
            : `${name(session.startAgentId)} → ${name(session.activeAgentId)}`
        }
        description={`Started ${formatUtc(session.createdAt)} UTC · ${session.engine}`}
        actions={ended ? undefined : <ButtonLink href={`/test-chat?session=${session.id}`}>Continue in Test Chat</ButtonLink>}
      />
      {ended && (
        <p className="mb-4 text-sm text-slate-600">
          This conversation ended with {name(session.activeAgentId)}, so it cannot be continued. Start a new one in{' '}
          <Link href="/test-chat" className="font-medium text-indigo-700 hover:underline">
            Test Chat
          </Link>
          .
        </p>
      )}
      {asked && !asked.success && (
        <div className="mb-4">
          <FormAlert tone="warning">That link does not name a page of this transcript, so it shows the newest events.</FormAlert>
        </div>
      )}
      <TranscriptPager page={session.page} shown={session.events.length} href={`/test-chat/sessions/${session.id}`} paged={Boolean(asked?.success)} />
      <div aria-label="Transcript" role="region" className="rounded-xl border border-slate-200 bg-slate-50 p-4">
        <Transcript events={session.events} agentName={name} showToolCalls saveAsTest={{ sessionId: session.id }} />
      </div>
    </div>
  );
}
