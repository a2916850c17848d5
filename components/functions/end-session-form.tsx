'use client';

import { useState } from 'react';
import { DEFAULT_CLOSING_MESSAGE, END_SESSION_LIMITS } from '@/lib/function-types/end-session-limits';
import type { FunctionView } from '@/lib/functions/view';
import type { FormState } from '@/lib/validation/form-state';
import { TextAreaField } from '@/components/ui/field';
import { DescriptionCoach } from './description-coach';
import { FunctionFormFrame, useFunctionSave } from './function-form-frame';
import type { FunctionFormProps } from './function-form-props';

/** Description (when to end) and Closing message of an End Session, for add and edit alike. */
export function EndSessionForm({ agentId, base, onSaved, onCancel, staleVersion }: FunctionFormProps) {
  const save = useFunctionSave(agentId, base, onSaved);
  const { state } = save;
  const initial = valuesFrom(state, base);
  const [description, setDescription] = useState(initial.description);
  const errors = state.fieldErrors ?? {};

  return (
    <FunctionFormFrame save={save} base={base} phase="during_session" type="end_session" onCancel={onCancel} staleVersion={staleVersion}>
      <TextAreaField
        label="Description"
        name="config.description"
        rows={4}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={errors['config.description']}
        counterMax={END_SESSION_LIMITS.description}
        placeholder="End the conversation when the customer says goodbye, thanks the agent, or has nothing else to ask"
        hint="The LLM reads this to decide when the conversation is over. Be clear and specific."
        below={<DescriptionCoach agentId={agentId} type="end_session" description={description} functionId={base?.id} />}
      />
      <TextAreaField
        label="Closing message"
        name="config.closingMessage"
        rows={2}
        defaultValue={initial.closingMessage}
        errors={errors['config.closingMessage']}
        counterMax={END_SESSION_LIMITS.closingMessage}
        hint="Said by the agent as the conversation ends. Leave empty to end without a word."
      />
    </FunctionFormFrame>
  );
}

/** What the fields start with: what the user sent last (after an error), else the saved function, else defaults. */
function valuesFrom(state: FormState, base: FunctionView | undefined): { description: string; closingMessage: string } {
  const source = (state.values?.config as Record<string, unknown> | undefined) ?? base?.config ?? {};
  return {
    description: String(source.description ?? ''),
    closingMessage: source.closingMessage === undefined ? DEFAULT_CLOSING_MESSAGE : String(source.closingMessage),
  };
}
