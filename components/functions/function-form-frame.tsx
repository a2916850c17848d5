'use client';

import { startTransition, useActionState, useEffect, type ReactNode, type Ref } from 'react';
import { createFunctionAction, updateFunctionAction } from '@/app/integrations/agentic-functions/actions';
import type { FunctionType, Phase } from '@/lib/domain/constants';
import type { FunctionView } from '@/lib/functions/view';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';
import { useCan } from '@/components/auth/role-context';
import { DialogBody } from '@/components/ui/dialog';
import { FunctionFormFooter, type StaleVersionChoices } from './function-form-footer';

/** A function form's save: create, or update `base` with its version; `onSaved` once the server took it. */
export function useFunctionSave(agentId: string, base: FunctionView | undefined, onSaved: () => void) {
  const action = base ? updateFunctionAction.bind(null, base.id) : createFunctionAction.bind(null, agentId);
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  useEffect(() => {
    if (state.status === 'success') onSaved();
  }, [state, onSaved]);
  return { state, formAction, pending };
}

interface FunctionFormFrameProps {
  save: ReturnType<typeof useFunctionSave>;
  /** The function being edited: its version goes with the save. Absent, `phase` and `type` say what is added. */
  base?: FunctionView;
  phase: Phase;
  type: FunctionType;
  onCancel: () => void;
  /** Offered when the save hit a newer version: load it into the form. */
  staleVersion?: StaleVersionChoices;
  formRef?: Ref<HTMLFormElement>;
  /** Runs as a save starts, before the form is read. */
  onSubmitStart?: () => void;
  children: ReactNode;
}

/**
 * What the form of every function type shares around its own fields: the hidden fields that say what
 * is saved, the dialog's body and footer (Save, Cancel, a stale version's reload), and a submit by hand.
 */
export function FunctionFormFrame({ save, base, phase, type, onCancel, staleVersion, formRef, onSubmitStart, children }: FunctionFormFrameProps) {
  const canEdit = useCan('edit');
  return (
    <form
      ref={formRef}
      noValidate
      className="flex min-h-0 flex-1 flex-col"
      onSubmit={(event) => {
        // Submitted by hand rather than through `action`, so React does not reset the form afterwards: a
        // reset would blank what was typed, and a controlled select such as Target Agent, on a field error.
        event.preventDefault();
        onSubmitStart?.();
        const formData = new FormData(event.currentTarget);
        startTransition(() => save.formAction(formData));
      }}
    >
      <DialogBody className="space-y-4">
        {base ? (
          <input type="hidden" name="version" value={base.version} />
        ) : (
          <>
            <input type="hidden" name="phase" value={phase} />
            <input type="hidden" name="type" value={type} />
          </>
        )}
        {children}
      </DialogBody>
      <FunctionFormFooter state={save.state} canEdit={canEdit} pending={save.pending} onCancel={onCancel} staleVersion={staleVersion} />
    </form>
  );
}
