'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { loadFunctionAction } from '@/app/integrations/agentic-functions/actions';
import type { FunctionView } from '@/lib/functions/view';
import { Dialog } from '@/components/ui/dialog';
import type { TargetOption } from './agent-handoff-form';
import { FUNCTION_FORMS } from './function-forms';

interface FunctionEditorDialogProps {
  open: boolean;
  onClose: () => void;
  agentId: string;
  targets: TargetOption[];
  fn: FunctionView;
}

/** Edit an existing function; after a conflict it loads the latest saved version into the form, or saves the typed one over it. */
export function FunctionEditorDialog({ open, onClose, agentId, targets, fn }: FunctionEditorDialogProps) {
  const router = useRouter();
  const [latest, setLatest] = useState<FunctionView | null>(null);
  // Bumped only by "Reload latest version": the form then restarts from the saved values. A save's
  // own revalidation must not remount it, or its success would never reach onSaved.
  const [reloads, setReloads] = useState(0);
  const base = latest && latest.version >= fn.version ? latest : fn;
  const Form = FUNCTION_FORMS[fn.type];
  const close = useCallback(() => {
    setLatest(null);
    setReloads(0);
    onClose();
  }, [onClose]);

  async function reloadLatest() {
    const fresh = await loadFunctionAction(fn.id);
    if (fresh) setLatest(fresh);
    setReloads((count) => count + 1);
    router.refresh();
  }

  // Typed values stay (the form is not remounted); only the version it saves against moves to the
  // latest, rendered before the form is submitted again.
  async function saveOverLatest(form: HTMLFormElement) {
    const fresh = await loadFunctionAction(fn.id);
    if (!fresh) return;
    flushSync(() => setLatest(fresh));
    form.requestSubmit();
  }

  return (
    <Dialog open={open} onClose={close} title={`Edit ${fn.typeLabel}`} description={fn.targetAgent ? `Hands off to ${fn.targetAgent.name}.` : undefined} size="lg">
      <Form
        key={reloads}
        agentId={agentId}
        targets={targets}
        base={base}
        onSaved={close}
        onCancel={close}
        staleVersion={{ reload: reloadLatest, saveOver: saveOverLatest }}
      />
    </Dialog>
  );
}
