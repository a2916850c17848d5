'use client';

import { revokeInvitationAction } from '@/app/settings/members/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';

/** When a link was made, to the second and in UTC: the same text on the server and in the browser. */
function createdAtLabel(iso: string): string {
  return `${new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })} UTC`;
}

/** Revoke a pending link, after a confirmation; whoever holds it is then told it was revoked. */
export function RevokeInvitationButton({ id, role, createdBy, createdAt }: { id: string; role: Role; createdBy: string; createdAt: string }) {
  const roleLabel = ROLE_LABELS[role].toLowerCase();
  return (
    <ConfirmButton
      triggerVariant="ghost-danger"
      // When it was made tells apart two links of one role by one admin, for a screen reader as for the eye.
      triggerLabel={`Revoke ${roleLabel} invitation by ${createdBy}, created ${createdAtLabel(createdAt)}`}
      title={`Revoke this ${roleLabel} invitation?`}
      description="The link stops working now. Whoever opens it is told it was revoked; make a new one if they still need access."
      confirmLabel="Revoke link"
      pendingLabel="Revoking…"
      confirmVariant="danger"
      onConfirm={() => revokeInvitationAction(id)}
      failureMessage="The invitation could not be revoked. Please try again."
    >
      Revoke
    </ConfirmButton>
  );
}
