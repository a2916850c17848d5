'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { addHandoffExampleAction } from '@/app/integrations/agentic-functions/actions';
import { useCan } from '@/components/auth/role-context';
import { Button } from '@/components/ui/button';

interface AddExampleButtonProps {
  functionId: string;
  message: string;
  /** The agent the handoff leads to, for the button's accessible name. */
  targetName: string;
}

/** "Add this message as an example" of the handoff the case should have taken. */
export function RunAddExampleButton({ functionId, message, targetName }: AddExampleButtonProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  // Adding an example changes the handoff: a viewer reads the failure without it.
  const canEdit = useCan('edit');
  const add = () =>
    startTransition(async () => {
      const state = await addHandoffExampleAction(functionId, message);
      const refusal = state.fieldErrors?.message?.[0] ?? state.message;
      setOutcome(state.status === 'success' ? { ok: true, message: `Added as an example of the handoff to ${targetName}.` } : { ok: false, message: refusal ?? 'It was not added.' });
      if (state.status === 'success') router.refresh();
    });
  if (!canEdit) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={add} disabled={pending || outcome?.ok === true} aria-label={`Add this message as an example of the handoff to ${targetName}: “${message}”`}>
        {pending ? 'Adding…' : 'Add this message as an example'}
      </Button>
      <p role="status" aria-live="polite" className={outcome?.ok ? 'text-sm text-emerald-700' : 'text-sm text-rose-700'}>
        {outcome?.message}
      </p>
    </div>
  );
}
