'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';
import { useClipboard } from '@/components/ui/use-clipboard';

/** The same text on the server and in the browser: a fixed locale and UTC. */
function formatExpiry(iso: string): string {
  return `${new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/** A link just created, this once: read-only, selected on focus, with a Copy button and its expiry. */
export function NewInvitationLink({ link, role, expiresAt }: { link: string; role: string; expiresAt: string }) {
  const clipboard = useClipboard('link');
  const roleLabel = ROLE_LABELS[role as Role] ?? role;
  return (
    <section aria-label="New invitation" className="max-w-xl space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <FormAlert tone="warning">
        Send this link to the person you are inviting as {roleLabel.toLowerCase()}. Copy it now: it is not shown again. It works
        once, until {formatExpiry(expiresAt)}.
      </FormAlert>
      <TextField
        label="Invitation link"
        value={link}
        readOnly
        spellCheck={false}
        autoComplete="off"
        className="font-mono text-xs"
        onFocus={(event) => event.currentTarget.select()}
        hint={<>Expires {formatExpiry(expiresAt)}. Anyone with the link can join, so send it only to them.</>}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() => clipboard.copy(link)}
        >
          Copy
        </Button>
        <p role="status" className="text-sm text-slate-700">
          {clipboard.status}
        </p>
      </div>
    </section>
  );
}
