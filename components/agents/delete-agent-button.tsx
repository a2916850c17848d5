'use client';

import { ConfirmButton } from '@/components/ui/confirm-button';
import type { FormState } from '@/lib/validation/form-state';

interface DeleteAgentButtonProps {
  agentName: string;
  functionCount: number;
  onDelete: () => Promise<FormState>;
}

/** Deleting an agent takes its own functions with it; a refusal names the handoffs that still target it. */
export function DeleteAgentButton({ agentName, functionCount, onDelete }: DeleteAgentButtonProps) {
  const own = functionCount === 1 ? 'its 1 agentic function' : `its ${functionCount} agentic functions`;
  return (
    <ConfirmButton
      triggerVariant="danger"
      title={`Delete ${agentName}?`}
      description={`This deletes ${agentName} and ${own}. It cannot be undone.`}
      confirmVariant="danger"
      confirmLabel={`Delete ${agentName}`}
      pendingLabel="Deleting…"
      onConfirm={onDelete}
      failureMessage="The agent could not be deleted."
    >
      Delete agent
    </ConfirmButton>
  );
}
