'use client';

import { useState, useTransition } from 'react';
import { revealWebhookSecretAction, rotateWebhookSecretAction } from '@/app/settings/webhooks/actions';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useClipboard } from '@/components/ui/use-clipboard';

/**
 * The signing secret, masked until an admin asks to see it (the page never carries it: Show fetches
 * it), with Copy and Rotate. A rotation shows the new secret at once, since receivers need it now.
 */
export function WebhookSecretPanel({ masked: initialMask }: { masked: string }) {
  const [masked, setMasked] = useState(initialMask);
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const clipboard = useClipboard('secret');
  const [pending, startTransition] = useTransition();

  const toggle = () => {
    clipboard.reset();
    if (secret !== null) {
      setSecret(null);
      return;
    }
    startTransition(async () => {
      const state = await revealWebhookSecretAction();
      if (state.status === 'success' && state.secret) setSecret(state.secret);
      else setNotice({ tone: 'error', text: state.message ?? 'The secret could not be shown. Please try again.' });
    });
  };

  return (
    <div className="space-y-3">
      <TextField
        label="Signing secret"
        value={secret ?? masked}
        readOnly
        spellCheck={false}
        autoComplete="off"
        className="font-mono"
        onFocus={(event) => event.currentTarget.select()}
        hint={secret === null ? 'Hidden. Show it to copy it into your receiver.' : 'Keep it in your receiver’s configuration, not in its code.'}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={toggle} disabled={pending} aria-pressed={secret !== null}>
          {secret === null ? 'Show secret' : 'Hide secret'}
        </Button>
        {secret !== null && (
          <Button
            variant="secondary"
            onClick={() => clipboard.copy(secret)}
          >
            Copy
          </Button>
        )}
        <ConfirmButton
          triggerVariant="ghost-danger"
          title="Rotate the webhook signing secret?"
          description="Every webhook call is signed with a new secret from the moment you confirm. Receivers still checking the old secret refuse the calls until they are given the new one. The rotation is recorded in the history."
          confirmLabel="Rotate secret"
          pendingLabel="Rotating…"
          confirmVariant="danger"
          onConfirm={async () => {
            const state = await rotateWebhookSecretAction();
            if (state.status === 'success' && state.secret && state.masked) {
              setSecret(state.secret);
              setMasked(state.masked);
              clipboard.reset();
              setNotice({ tone: 'success', text: state.message ?? 'Secret rotated.' });
            }
            return state;
          }}
          failureMessage="The secret could not be rotated. Please try again."
        >
          Rotate secret
        </ConfirmButton>
        <p role="status" className="text-sm text-slate-700">
          {clipboard.status}
        </p>
      </div>
      {notice && <FormAlert tone={notice.tone}>{notice.text}</FormAlert>}
    </div>
  );
}
