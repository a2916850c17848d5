'use client';

import { useActionState } from 'react';
import { AGENT_LIMITS } from '@/lib/agents/limits';
import { echoedText } from '@/lib/validation/echoed-values';
import { IDLE_FORM_STATE, type FormState } from '@/lib/validation/form-state';
import { Button, ButtonLink } from '@/components/ui/button';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';

export interface AgentFormValues {
  name: string;
  description: string;
  instructions: string;
  greeting: string;
  version?: number;
}

interface AgentFormProps {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  initial?: AgentFormValues;
  submitLabel: string;
}

/** Create and edit share this form; on an error the typed values come back from the action. */
export function AgentForm({ action, initial, submitLabel }: AgentFormProps) {
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const value = (field: keyof AgentFormValues) => echoedText(state.values, field) ?? String(initial?.[field] ?? '');
  const errors = state.fieldErrors ?? {};
  // Remount the fields when the action answers so defaultValue picks up the returned values.
  const key = JSON.stringify(state.values ?? null);
  return (
    <form action={formAction} className="max-w-2xl space-y-5" noValidate>
      {state.status === 'error' && state.message && <FormAlert>{state.message}</FormAlert>}
      {initial?.version !== undefined && <input type="hidden" name="version" value={initial.version} />}
      <div key={key} className="space-y-5">
        <TextField label="Name" name="name" defaultValue={value('name')} errors={errors.name} autoComplete="off" />
        <TextAreaField
          label="Description"
          name="description"
          rows={2}
          defaultValue={value('description')}
          errors={errors.description}
          counterMax={AGENT_LIMITS.description}
          hint="What this agent is for. Shown when choosing agents, and read by the simulated model."
        />
        <TextAreaField
          label="Instructions"
          name="instructions"
          rows={5}
          defaultValue={value('instructions')}
          errors={errors.instructions}
          counterMax={AGENT_LIMITS.instructions}
          hint="The agent's system prompt."
        />
        <TextAreaField
          label="Greeting"
          name="greeting"
          rows={2}
          defaultValue={value('greeting')}
          errors={errors.greeting}
          counterMax={AGENT_LIMITS.greeting}
          hint="The first message it sends when it takes over a conversation."
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        <ButtonLink href="/agents" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
