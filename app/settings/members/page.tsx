import { InvitationCreateForm } from '@/components/settings/invitation-create-form';
import { MemberTable } from '@/components/settings/member-table';
import { PendingInvitations } from '@/components/settings/pending-invitations';
import { EmptyState } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { INVITATION_TTL_MS, listPendingInvitations } from '@/lib/auth/invitations';
import { listMembers, liveCredentialsByCreator } from '@/lib/auth/members';
import type { ServiceContext } from '@/lib/domain/context';
import { getAdminPageContext } from '@/lib/server/page-context';

export const metadata = { title: 'Members' };

const DESCRIPTION = 'Who works in this workspace and with which role. New people join through a one-time invitation link.';

/** Members, pending links, what each member made that still works, and when they were read (times are told against it). */
async function load(ctx: ServiceContext) {
  const now = new Date();
  const [members, invitations] = await Promise.all([listMembers(ctx), listPendingInvitations(ctx, now)]);
  // The pending links just read are also what each member made: not read a second time.
  const credentialsByCreator = await liveCredentialsByCreator(ctx, now, invitations);
  return { members, invitations, credentialsByCreator, asOf: now.getTime() };
}

/** The caller's administer context, or null for a member whose role may not manage members. */
export default async function MembersPage() {
  // Signed out (or no workspace) goes to sign-in first; a reader who may not administer is told so.
  const ctx = await getAdminPageContext();
  if (!ctx) {
    return (
      <div className="max-w-3xl">
        <PageHeader title="Members" description={DESCRIPTION} />
        <EmptyState>Only owners and admins can manage members.</EmptyState>
      </div>
    );
  }
  const { members, invitations, credentialsByCreator, asOf } = await load(ctx);
  const viewerId = ctx.principal?.kind === 'user' ? ctx.principal.userId : null;
  return (
    <div className="max-w-5xl space-y-8">
      <PageHeader title="Members" description={DESCRIPTION} />
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-3 text-lg font-semibold">
          People <span className="text-sm font-normal text-slate-500">· {members.length}</span>
        </h2>
        <MemberTable
          members={members}
          viewerId={viewerId}
          viewerRole={ctx.principal?.role ?? 'viewer'}
          credentialsByCreator={credentialsByCreator}
          now={asOf}
        />
      </section>
      <section aria-labelledby="invite-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="invite-heading" className="mb-1 text-base font-semibold">
          Invite someone
        </h2>
        <p className="mb-4 text-sm text-slate-600">
          No email is sent: create a link, then pass it on yourself. Each link works once and expires after {INVITATION_TTL_MS / 86_400_000} days.
        </p>
        <InvitationCreateForm />
      </section>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="mb-3 text-lg font-semibold">
          Pending invitations <span className="text-sm font-normal text-slate-500">· {invitations.length}</span>
        </h2>
        {invitations.length === 0 ? (
          <EmptyState>No pending invitations. Links that were used, revoked or expired are not listed.</EmptyState>
        ) : (
          <PendingInvitations invitations={invitations} now={asOf} />
        )}
      </section>
    </div>
  );
}
