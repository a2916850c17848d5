'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { FormState } from '@/lib/validation/form-state';

interface DeleteAgentButtonProps {
  agentName: string;
  functionCount: number;
  onDelete: () => Promise<FormState>;
}

export function DeleteAgentButton({ agentName, functionCount, onDelete }: DeleteAgentButtonProps) {
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const own = functionCount === 1 ? 'its 1 agentic function' : `its ${functionCount} agentic functions`;
  return (
    <>
      <Button variant="danger" onClick={() => { setRefusal(null); setOpen(true); }}>
        Delete agent
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Delete ${agentName}?`} description={`This deletes ${agentName} and ${own}. It cannot be undone.`}>
        {refusal && <FormAlert>{refusal}</FormAlert>}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            variant="danger"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const state = await onDelete();
                if (state.status === 'error') setRefusal(state.message ?? 'The agent could not be deleted.');
              })
            }
          >
            {pending ? 'Deleting…' : `Delete ${agentName}`}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
