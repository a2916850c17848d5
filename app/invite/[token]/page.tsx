import { SimpleForm } from '@/components/auth/simple-form';
import { ButtonLink } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { PageHeader } from '@/components/ui/page-header';
import { findInvitation, invitationRefusal } from '@/lib/auth/invitations';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { PASSWORD_LIMITS } from '@/lib/auth/schema';
import { getDb, getViewer } from '@/lib/server/context';
import { joinWorkspaceAction, signInAndJoinAction, signUpAndJoinAction } from './actions';

export const metadata = { title: 'Invitation' };

function formatExpiry(date: Date): string {
  return `${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/** Where a one-time invitation link leads: who is inviting to what, then join (signed in) or an account first. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(await getDb(), token);
  const viewer = await getViewer();
  const refusal = !invitation ? 'unknown' : invitation.state === 'valid' ? null : invitation.state;
  if (!invitation || refusal) {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <PageHeader title="This invitation cannot be used" />
        <FormAlert>{invitationRefusal(refusal ?? 'unknown', invitation?.workspaceName)}</FormAlert>
        <ButtonLink href={viewer ? '/' : '/sign-in'} variant="secondary">
          {viewer ? 'Go to your workspace' : 'Go to sign in'}
        </ButtonLink>
      </div>
    );
  }
  const role = ROLE_LABELS[invitation.role].toLowerCase();
  const header = (
    <PageHeader
      title={`Join ${invitation.workspaceName} as ${role}`}
      description={`${invitation.createdBy} invited you to the workspace “${invitation.workspaceName}” on Switchboard. The link works once, until ${formatExpiry(invitation.expiresAt)}.`}
    />
  );
  if (viewer) {
    const current = viewer.workspaces.find((workspace) => workspace.id === invitation.workspaceId);
    return (
      <div className="mx-auto max-w-md">
        {header}
        <p className="mb-4 text-sm text-slate-700">
          {current
            ? `You already belong to “${current.name}” as ${ROLE_LABELS[current.role].toLowerCase()}: joining keeps your role and leaves the link unused.`
            : `You are signed in as ${viewer.user.email}.`}
        </p>
        <SimpleForm action={joinWorkspaceAction.bind(null, token)} fields={[]} submitLabel="Join workspace" pendingLabel="Joining…" />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-10">
      {header}
      <section aria-labelledby="sign-up-heading">
        <h2 id="sign-up-heading" className="mb-4 text-lg font-semibold">
          Create your account
        </h2>
        <SimpleForm
          action={signUpAndJoinAction.bind(null, token)}
          submitLabel="Create account and join"
          pendingLabel="Joining…"
          fields={[
            { name: 'name', label: 'Name', autoComplete: 'name' },
            { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
            { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password', hint: `At least ${PASSWORD_LIMITS.min} characters.` },
          ]}
        />
      </section>
      <section aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading" className="mb-4 text-lg font-semibold">
          Already have an account? Sign in
        </h2>
        <SimpleForm
          action={signInAndJoinAction.bind(null, token)}
          submitLabel="Sign in and join"
          pendingLabel="Signing in…"
          fields={[
            { name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
            { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
          ]}
        />
      </section>
    </div>
  );
}
