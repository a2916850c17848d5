'use client';

import { useActionState } from 'react';
import { createInvitationAction, type InvitationFormState } from '@/app/settings/members/actions';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ASSIGNABLE_ROLES, ROLE_LABELS } from '@/lib/auth/roles';
import type { AssignableRole } from '@/lib/auth/members';
import { echoedText } from '@/lib/validation/echoed-values';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';
import { NewInvitationLink } from './new-invitation-link';

/** What each role may do, for the Role select (lib/auth/roles.ts PERMISSIONS). */
const ROLE_HINTS: Record<AssignableRole, string> = {
  viewer: 'read everything and use Test Chat, save nothing',
  editor: 'also change agents, functions, routing tests and import',
  admin: 'also manage members and API keys',
};

/** The role of a new invitation; once created, its one-time link is shown above the form. */
export function InvitationCreateForm() {
  const [state, formAction, pending] = useActionState<InvitationFormState, FormData>(createInvitationAction, IDLE_FORM_STATE);
  return (
    <div className="space-y-4">
      {state.created && <NewInvitationLink key={state.created.link} {...state.created} />}
      <form action={formAction} className="max-w-xl space-y-4" noValidate>
        {state.status === 'error' && state.message && <FormAlert>{state.message}</FormAlert>}
        <div key={JSON.stringify(state.values ?? state.created?.link ?? null)}>
          <SelectField
            label="Role"
            name="role"
            defaultValue={echoedText(state.values, 'role') ?? 'viewer'}
            errors={state.fieldErrors?.role}
            hint="What the person may do once they join. You can change it later."
          >
            {ASSIGNABLE_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}: {ROLE_HINTS[role]}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create invitation link'}
        </Button>
      </form>
    </div>
  );
}
