import Link from 'next/link';
import { listAgents } from '@/lib/agents/service';
import { getServiceContext } from '@/lib/server/context';
import { orNotFound } from '@/lib/server/or-not-found';
import { getSession } from '@/lib/sessions/service';
import { Transcript } from '@/components/chat/transcript';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Transcript' };

export default async function TranscriptPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const ctx = await getServiceContext();
  const session = await orNotFound(getSession(ctx, sessionId));
  const agents = await listAgents(ctx);
  const name = (id: string) => agents.find((agent) => agent.id === id)?.name ?? 'Deleted agent';
  return (
    <div className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-slate-500">
        <Link href="/test-chat/sessions" className="hover:underline">Session history</Link>
        <span aria-hidden> / </span>
        <span aria-current="page">Transcript</span>
      </nav>
      <PageHeader
        title={`${name(session.startAgentId)} → ${name(session.activeAgentId)}`}
        description={`Started ${new Date(session.createdAt).toUTCString()} · ${session.engine}`}
        actions={<ButtonLink href={`/test-chat?session=${session.id}`}>Continue in Test Chat</ButtonLink>}
      />
      <div aria-label="Transcript" role="region" className="rounded-xl border border-slate-200 bg-slate-50 p-4">
        <Transcript events={session.events} agentName={name} showToolCalls />
      </div>
    </div>
  );
}
