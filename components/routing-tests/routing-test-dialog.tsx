'use client';

import dynamic from 'next/dynamic';
import type { RoutingTestView } from '@/lib/routing-tests/view';
import { Dialog, DialogLoading } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import type { AgentOption, RoutingTestDraft } from './routing-test-form';

// Loaded when a dialog first opens: the pages listing tests do not ship the form.
const RoutingTestForm = dynamic(() => import('./routing-test-form').then((module) => module.RoutingTestForm), { loading: DialogLoading });

interface RoutingTestDialogProps {
  open: boolean;
  onClose: () => void;
  /** The agent the case starts with. */
  startAgent: AgentOption;
  /** The workspace's agents: the expected outcome's choices (the start agent is left out). */
  agents: AgentOption[];
  /** The case being edited; absent when adding one. */
  test?: RoutingTestView;
  /** What a new case starts from, e.g. a conversation's messages. */
  draft?: RoutingTestDraft;
  title?: string;
  /** Said above the fields, e.g. that a long conversation was shortened. */
  note?: string | null;
  onSaved?: () => void;
}

/** Add, edit or "save as" a routing test: the form in a dialog; it starts afresh each time it opens. */
export function RoutingTestDialog({ open, onClose, startAgent, agents, test, draft, title, note, onSaved }: RoutingTestDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} size="lg" title={title ?? (test ? 'Edit routing test' : 'Add routing test')} description={`Starts with ${startAgent.name}.`}>
      {note && (
        <div className="shrink-0 px-4 pb-3 sm:px-6">
          <FormAlert tone="warning">{note}</FormAlert>
        </div>
      )}
      <RoutingTestForm
        startAgent={startAgent}
        agents={agents}
        test={test}
        draft={draft}
        onCancel={onClose}
        onSaved={() => {
          onSaved?.();
          onClose();
        }}
      />
    </Dialog>
  );
}
