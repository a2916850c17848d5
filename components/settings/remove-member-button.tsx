'use client';

import { useState } from 'react';
import { removeMemberAction } from '@/app/settings/members/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { LiveCredentials } from '@/lib/auth/members';
import { hasLiveCredentials, RevokeCreatedCheckbox } from './revoke-created-checkbox';

/**
 * Remove, after a confirmation that says what it ends: access here and every session of theirs, and,
 * checked unless the admin unticks it, the API keys and invitation links they made, which would
 * otherwise outlive them.
 */
export function RemoveMemberButton({ userId, email, created }: { userId: string; email: string; created?: LiveCredentials }) {
  const [revokeCreated, setRevokeCreated] = useState(true);
  const hasCreated = hasLiveCredentials(created);
  return (
    <ConfirmButton
      triggerVariant="ghost-danger"
      triggerLabel={`Remove ${email}`}
      title={`Remove ${email} from the workspace?`}
      description="They lose access at once and are signed out on every device. Their account stays: an invitation brings them back."
      body={
        hasCreated && (
          <div className="mt-4">
            <RevokeCreatedCheckbox created={created} checked={revokeCreated} onChange={setRevokeCreated} />
          </div>
        )
      }
      confirmLabel="Remove member"
      pendingLabel="Removing…"
      confirmVariant="danger"
      onConfirm={() => removeMemberAction(userId, { revokeCreated: hasCreated && revokeCreated })}
      failureMessage="The member could not be removed. Please try again."
    >
      Remove
    </ConfirmButton>
  );
}
