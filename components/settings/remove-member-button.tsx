'use client';

import { useId, useState } from 'react';
import { removeMemberAction } from '@/app/settings/members/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { LiveCredentials } from '@/lib/auth/members';

/** "2 API keys (“CI”, “Zendesk”) and 1 invitation link": what the member made that still works. */
function describeCreated({ apiKeys, invitations }: LiveCredentials): string {
  const parts: string[] = [];
  if (apiKeys.length > 0) {
    const names = apiKeys.map((key) => `“${key.name}”`).join(', ');
    parts.push(`${apiKeys.length} API key${apiKeys.length === 1 ? '' : 's'} (${names})`);
  }
  if (invitations.length > 0) parts.push(`${invitations.length} pending invitation link${invitations.length === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/**
 * Remove, after a confirmation that says what it ends: access here and every session of theirs, and,
 * checked unless the admin unticks it, the API keys and invitation links they made, which would
 * otherwise outlive them.
 */
export function RemoveMemberButton({ userId, email, created }: { userId: string; email: string; created?: LiveCredentials }) {
  const [revokeCreated, setRevokeCreated] = useState(true);
  const checkboxId = useId();
  const hasCreated = created !== undefined && created.apiKeys.length + created.invitations.length > 0;
  return (
    <ConfirmButton
      triggerVariant="ghost-danger"
      triggerLabel={`Remove ${email}`}
      title={`Remove ${email} from the workspace?`}
      description="They lose access at once and are signed out on every device. Their account stays: an invitation brings them back."
      body={
        hasCreated && (
          <div className="mt-4 flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            <input
              id={checkboxId}
              type="checkbox"
              className="mt-0.5"
              checked={revokeCreated}
              onChange={(event) => setRevokeCreated(event.target.checked)}
            />
            <label htmlFor={checkboxId}>
              Also revoke what they created that still works: {describeCreated(created)}. Untick to keep an integration running;
              you can revoke it later.
            </label>
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
