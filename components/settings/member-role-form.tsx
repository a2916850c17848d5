'use client';

import { useActionState, useId, useState } from 'react';
import { changeMemberRoleAction } from '@/app/settings/members/actions';
import { Button } from '@/components/ui/button';
import type { LiveCredentials } from '@/lib/auth/members';
import { ASSIGNABLE_ROLES, can, ROLE_LABELS, type Role } from '@/lib/auth/roles';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';
import { hasLiveCredentials, RevokeCreatedCheckbox } from './revoke-created-checkbox';

interface MemberRoleFormProps {
  userId: string;
  email: string;
  role: Role;
  /** The API keys and invitation links they made that still work: offered for revocation with a demotion. */
  created?: LiveCredentials;
}

/**
 * A member's role as a select and Save, in one table cell; the server says why a change is refused.
 * Choosing a role that may not administer, for someone whose keys or links still work, shows the box
 * that revokes those too (ticked): they were made with powers the new role no longer has.
 */
export function MemberRoleForm({ userId, email, role, created }: MemberRoleFormProps) {
  const [state, formAction, pending] = useActionState(changeMemberRoleAction.bind(null, userId), IDLE_FORM_STATE);
  const [chosen, setChosen] = useState<Role>(role);
  const [revokeCreated, setRevokeCreated] = useState(true);
  const id = useId();
  const offerRevoke = hasLiveCredentials(created) && !can(chosen, 'administer');
  const error = state.status === 'error' ? (state.fieldErrors?.role?.join(' ') ?? state.message) : undefined;
  return (
    <form action={formAction} className="space-y-1" noValidate>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          Role for {email}
        </label>
        {/* Keyed by the stored role: once a change is saved, the select shows it. */}
        <select
          key={role}
          id={id}
          name="role"
          defaultValue={role}
          onChange={(event) => setChosen(event.target.value as Role)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-status`}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-indigo-500"
        >
          {role === 'owner' && (
            <option value="owner" disabled>
              {ROLE_LABELS.owner}
            </option>
          )}
          {ASSIGNABLE_ROLES.map((choice) => (
            <option key={choice} value={choice}>
              {ROLE_LABELS[choice]}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-label={`Save the role of ${email}`}>
          {pending ? 'Saving…' : 'Save'}
        </Button>
      </div>
      {offerRevoke && <RevokeCreatedCheckbox name="revokeCreated" created={created} checked={revokeCreated} onChange={setRevokeCreated} />}
      <p id={`${id}-status`} aria-live="polite" className={error ? 'text-sm text-rose-700' : 'text-xs text-emerald-700'}>
        {error ?? (state.status === 'success' ? state.message : '')}
      </p>
    </form>
  );
}
