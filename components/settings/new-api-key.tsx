'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useClipboard } from '@/components/ui/use-clipboard';

/** The secret of a key just created, this once: read-only, selected on focus, with a Copy button. */
export function NewApiKey({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const clipboard = useClipboard('key');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="max-w-xl space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <h3 id={headingId} className="text-sm font-semibold">
        Key “{name}” created
      </h3>
      <FormAlert tone="warning">
        Copy the key “{name}” now: it will not be shown again. Only its hash is kept, so a lost key cannot be recovered, only
        revoked and replaced.
      </FormAlert>
      <TextField
        label="New API key"
        value={secret}
        readOnly
        spellCheck={false}
        autoComplete="off"
        className="font-mono"
        onFocus={(event) => event.currentTarget.select()}
        hint={
          <>
            Send it as <code className="font-mono">Authorization: Bearer {secret.slice(0, 7)}…</code>
          </>
        }
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() => clipboard.copy(secret)}
        >
          Copy
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
        <p role="status" className="text-sm text-slate-700">
          {clipboard.status}
        </p>
      </div>
    </section>
  );
}
