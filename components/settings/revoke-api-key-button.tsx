'use client';

import { revokeApiKeyAction } from '@/app/settings/api-keys/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';

/** Revoke, after a confirmation that says what stops working. */
export function RevokeApiKeyButton({ id, name, prefix }: { id: string; name: string; prefix: string }) {
  return (
    <ConfirmButton
      triggerVariant="ghost-danger"
      // The prefix tells apart keys that share a name ("CI" made twice), for a screen reader as for the eye.
      triggerLabel={`Revoke ${name} (${prefix}…)`}
      title={`Revoke the API key “${name}”?`}
      description={
        <>
          Requests with the key <code className="font-mono">{prefix}…</code> are refused from now on (401). This cannot be
          undone: whoever uses it needs a new key.
        </>
      }
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      confirmVariant="danger"
      onConfirm={() => revokeApiKeyAction(id)}
      failureMessage="The key could not be revoked. Please try again."
    >
      Revoke
    </ConfirmButton>
  );
}
