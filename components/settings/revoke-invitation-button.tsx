'use client';

import { revokeInvitationAction } from '@/app/settings/members/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';

/** Revoke a pending link, after a confirmation; whoever holds it is then told it was revoked. */
export function RevokeInvitationButton({ id, role, createdBy }: { id: string; role: Role; createdBy: string }) {
  const roleLabel = ROLE_LABELS[role].toLowerCase();
  return (
    <ConfirmButton
      triggerVariant="ghost-danger"
      triggerLabel={`Revoke ${roleLabel} invitation by ${createdBy}`}
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
