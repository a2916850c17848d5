'use client';

import { useState, useTransition, type ReactNode } from 'react';
import { Button, type ButtonSize, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { FormAlert } from './form-alert';

interface ConfirmButtonProps {
  /** The button that opens the confirmation. */
  children: ReactNode;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  triggerLabel?: string;
  title: string;
  description: ReactNode;
  /** More of the question under the description: a choice that goes with the confirmation. */
  body?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  confirmVariant?: ButtonVariant;
  /** Runs the change; an error state keeps the dialog open and shows why (e.g. "still a handoff target"). */
  onConfirm: () => Promise<{ status: string; message?: string }>;
  failureMessage: string;
}

/** A button that asks first: the confirmation dialog, its pending state and its refusal, in one place. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <Button
        variant={props.triggerVariant ?? 'secondary'}
        size={props.triggerSize}
        aria-label={props.triggerLabel}
        onClick={() => {
          setRefusal(null);
          setOpen(true);
        }}
      >
        {props.children}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={props.title} description={props.description}>
        {props.body}
        {refusal && <FormAlert>{refusal}</FormAlert>}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            variant={props.confirmVariant ?? 'primary'}
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const state = await props.onConfirm();
                if (state.status === 'error') setRefusal(state.message ?? props.failureMessage);
                else setOpen(false);
              })
            }
          >
            {pending ? props.pendingLabel : props.confirmLabel}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
