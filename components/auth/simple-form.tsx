'use client';

import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { echoedText } from '@/lib/validation/echoed-values';
import { IDLE_FORM_STATE, type FormState } from '@/lib/validation/form-state';

export interface SimpleField {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  defaultValue?: string;
  hint?: ReactNode;
}

interface SimpleFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: SimpleField[];
  submitLabel: string;
  pendingLabel?: string;
  /** Shown above the fields once the action succeeds (it did not redirect). */
  children?: ReactNode;
}

/**
 * A form of a few text fields over one server action: setup, sign-in, change password, new workspace.
 * Field errors come back from the action (the zod schema the action parses with); passwords are
 * never echoed back.
 */
export function SimpleForm({ action, fields, submitLabel, pendingLabel = 'Working…', children }: SimpleFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const key = JSON.stringify(state.values ?? null);
  return (
    <form action={formAction} className="max-w-md space-y-5" noValidate>
      {state.status === 'error' && state.message && <FormAlert>{state.message}</FormAlert>}
      {state.status === 'success' && state.message && <FormAlert tone="success">{state.message}</FormAlert>}
      {children}
      <div key={key} className="space-y-4">
        {fields.map((field) => (
          <TextField
            key={field.name}
            label={field.label}
            name={field.name}
            type={field.type ?? 'text'}
            autoComplete={field.autoComplete}
            hint={field.hint}
            defaultValue={field.type === 'password' ? undefined : (echoedText(state.values, field.name) ?? field.defaultValue)}
            errors={errors[field.name]}
          />
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
