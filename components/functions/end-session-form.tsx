'use client';

import { startTransition, useActionState, useEffect, useState } from 'react';
import { createFunctionAction, updateFunctionAction } from '@/app/integrations/agentic-functions/actions';
import { DEFAULT_CLOSING_MESSAGE, END_SESSION_LIMITS } from '@/lib/function-types/end-session-limits';
import type { FunctionView } from '@/lib/functions/view';
import { IDLE_FORM_STATE, type FormState } from '@/lib/validation/form-state';
import { useCan } from '@/components/auth/role-context';
import { DialogBody } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { DescriptionCoach } from './description-coach';
import { FunctionFormFooter } from './function-form-footer';
import type { FunctionFormProps } from './function-form-props';

/** Description (when to end) and Closing message of an End Session, for add and edit alike. */
export function EndSessionForm({ agentId, base, onSaved, onCancel, onReloadLatest }: FunctionFormProps) {
  const action = base ? updateFunctionAction.bind(null, base.id) : createFunctionAction.bind(null, agentId);
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const canEdit = useCan('edit');
  const initial = valuesFrom(state, base);
  const [description, setDescription] = useState(initial.description);
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.status === 'success') onSaved();
  }, [state, onSaved]);

  return (
    <form
      noValidate
      className="flex min-h-0 flex-1 flex-col"
      onSubmit={(event) => {
        // Submitted by hand, as the handoff form is, so React keeps what was typed after a field error.
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
    >
      <DialogBody className="space-y-4">
        {base ? (
          <input type="hidden" name="version" value={base.version} />
        ) : (
          <>
            <input type="hidden" name="phase" value="during_session" />
            <input type="hidden" name="type" value="end_session" />
          </>
        )}
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
      </DialogBody>
      <FunctionFormFooter state={state} canEdit={canEdit} pending={pending} onCancel={onCancel} onReloadLatest={onReloadLatest} />
    </form>
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
