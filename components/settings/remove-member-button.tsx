'use client';

import { removeMemberAction } from '@/app/settings/members/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';

/** Remove, after a confirmation that says what it ends: access here and every session of theirs. */
export function RemoveMemberButton({ userId, email }: { userId: string; email: string }) {
  return (
    <ConfirmButton
      triggerVariant="ghost"
      triggerClassName="text-rose-700"
      triggerLabel={`Remove ${email}`}
      title={`Remove ${email} from the workspace?`}
      description="They lose access at once and are signed out on every device. Their account stays: an invitation brings them back."
      confirmLabel="Remove member"
      pendingLabel="Removing…"
      confirmVariant="danger"
      onConfirm={() => removeMemberAction(userId)}
      failureMessage="The member could not be removed. Please try again."
    >
      Remove
    </ConfirmButton>
  );
}
