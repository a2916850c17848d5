'use client';

import { useActionState, useState } from 'react';
import { createApiKeyAction, type ApiKeyFormState } from '@/app/settings/api-keys/actions';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { API_KEY_ROLES, ROLE_LABELS, type ApiKeyRole } from '@/lib/auth/roles';
import { echoedText } from '@/lib/validation/echoed-values';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';
import { NewApiKey } from './new-api-key';

/** What each role may do through the API, under the Role select. */
const ROLE_HINTS: Record<ApiKeyRole, string> = {
  viewer: 'reads everything and uses Test Chat',
  editor: 'also changes agents, functions and routing tests',
  admin: 'also manages members and API keys',
};
const ROLE_HINT = API_KEY_ROLES.map((role) => `${ROLE_LABELS[role]} ${ROLE_HINTS[role]}.`).join(' ');

/** Name and role of a new key; once created, its secret is shown above the form this once. */
export function ApiKeyCreateForm() {
  const [state, formAction, pending] = useActionState<ApiKeyFormState, FormData>(createApiKeyAction, IDLE_FORM_STATE);
  // "Done" takes the secret off the screen; the next key created shows its own.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const errors = state.fieldErrors ?? {};
  const created = state.created && state.created.key !== dismissed ? state.created : null;
  const echoedRole = echoedText(state.values, 'role');
  return (
    <div className="space-y-4">
      {created && <NewApiKey key={created.key} name={created.name} secret={created.key} onDone={() => setDismissed(created.key)} />}
      <form action={formAction} className="max-w-xl space-y-4" noValidate>
        {state.status === 'error' && state.message && <FormAlert>{state.message}</FormAlert>}
        {/* Keyed by the echoed values, so a refusal refills the fields and a success empties them. */}
        <div key={JSON.stringify(state.values ?? state.created?.key ?? null)} className="grid gap-4 sm:grid-cols-2">
          <TextField label="Name" name="name" autoComplete="off" hint="Who or what uses it, such as “CI deploy”." defaultValue={echoedText(state.values, 'name')} errors={errors.name} />
          <SelectField label="Role" name="role" defaultValue={API_KEY_ROLES.find((role) => role === echoedRole) ?? 'viewer'} errors={errors.role} hint={ROLE_HINT}>
            {API_KEY_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create API key'}
        </Button>
      </form>
    </div>
  );
}
