'use client';

import { useActionState } from 'react';
import { createApiKeyAction, type ApiKeyFormState } from '@/app/settings/api-keys/actions';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { API_KEY_ROLES, ROLE_LABELS, type ApiKeyRole } from '@/lib/auth/roles';
import { echoedText } from '@/lib/validation/echoed-values';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';
import { NewApiKey } from './new-api-key';

/** What each role may do through the API, for the Role select. */
const ROLE_HINTS: Record<ApiKeyRole, string> = {
  viewer: 'read everything and use Test Chat',
  editor: 'also change agents, functions and routing tests',
  admin: 'also manage members and API keys',
};

/** Name and role of a new key; once created, its secret is shown above the form this once. */
export function ApiKeyCreateForm() {
  const [state, formAction, pending] = useActionState<ApiKeyFormState, FormData>(createApiKeyAction, IDLE_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state.created && <NewApiKey key={state.created.key} name={state.created.name} secret={state.created.key} />}
      <form action={formAction} className="max-w-xl space-y-4" noValidate>
        {state.status === 'error' && state.message && <FormAlert>{state.message}</FormAlert>}
        {/* Keyed by the echoed values, so a refusal refills the fields and a success empties them. */}
        <div key={JSON.stringify(state.values ?? state.created?.key ?? null)} className="grid gap-4 sm:grid-cols-2">
          <TextField label="Name" name="name" autoComplete="off" hint="Who or what uses it, such as “CI deploy”." defaultValue={echoedText(state.values, 'name')} errors={errors.name} />
          <SelectField label="Role" name="role" defaultValue={echoedText(state.values, 'role') ?? 'viewer'} errors={errors.role} hint="What requests with the key may do.">
            {API_KEY_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}: {ROLE_HINTS[role]}
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
