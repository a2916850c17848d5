'use client';

import { useCallback, useState } from 'react';
import type { Phase } from '@/lib/domain/constants';
import { PHASE_LABELS } from '@/lib/domain/constants';
import type { FunctionTypeOption } from '@/lib/functions/view';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Dialog, DialogBody } from '@/components/ui/dialog';
import { FUNCTION_FORMS } from './function-forms';
import type { TargetOption } from './agent-handoff-form';

interface AddFunctionDialogProps {
  agentId: string;
  phase: Phase;
  typeOptions: FunctionTypeOption[];
  targets: TargetOption[];
}

/** "+ Add Function": choose a type (unavailable ones say why), then fill in its form; Cancel closes, as in Edit. */
export function AddFunctionDialog({ agentId, phase, typeOptions, targets }: AddFunctionDialogProps) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<FunctionTypeOption | null>(null);
  const close = useCallback(() => {
    setOpen(false);
    setChosen(null);
  }, []);
  const Form = chosen ? FUNCTION_FORMS[chosen.type] : null;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <span aria-hidden>+</span> Add Function
      </Button>
      <Dialog
        open={open}
        onClose={close}
        size="lg"
        contentKey={chosen?.type ?? 'types'}
        title={chosen ? `Add ${chosen.label}` : `Add Function · ${PHASE_LABELS[phase]}`}
        description={chosen ? chosen.summary : 'Choose the kind of function to add.'}
      >
        {Form ? (
          <Form agentId={agentId} phase={phase} targets={targets} onSaved={close} onCancel={close} />
        ) : (
          <DialogBody>
            <ul className="space-y-2" aria-label="Function types">
              {typeOptions.map((option) => (
                <li key={option.type}>
                  <button
                    type="button"
                    disabled={option.unavailableReason !== null}
                    aria-describedby={`type-${phase}-${option.type}`}
                    onClick={() => setChosen(option)}
                    className="w-full rounded-lg border border-slate-200 p-4 text-left hover:border-indigo-400 disabled:cursor-not-allowed disabled:bg-slate-50 disabled:hover:border-slate-200"
                  >
                    <span className={cn('block font-medium', option.unavailableReason && 'text-slate-400')}>{option.label}</span>
                  </button>
                  <p id={`type-${phase}-${option.type}`} className="mt-1 px-1 text-sm text-slate-600">
                    {option.unavailableReason ? `${option.unavailableReason}.` : option.summary}
                  </p>
                </li>
              ))}
            </ul>
          </DialogBody>
        )}
      </Dialog>
    </>
  );
}
