'use client';

import { useState } from 'react';
import { deleteRoutingTestAction } from '@/app/routing-tests/actions';
import { routingTestTitle, type RoutingTestView } from '@/lib/routing-tests/view';
import { useCan } from '@/components/auth/role-context';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { AgentOption } from './routing-test-form';
import { RoutingTestDialog } from './routing-test-dialog';

interface RoutingTestRowProps {
  test: RoutingTestView;
  startAgent: AgentOption;
  agents: AgentOption[];
}

/** "Hands off to Billing", "No handoff", or, when the expected agent was deleted since, that. */
export function expectedOutcome(test: Pick<RoutingTestView, 'expect'>, agents: AgentOption[]): string {
  const target = test.expect.handoffTo;
  if (target === null) return 'No handoff';
  const agent = agents.find((option) => option.id === target);
  return agent ? `Hands off to ${agent.name}` : 'Hands off to a deleted agent';
}

/** One case: its name or first message, how many messages, what it expects; Edit and Delete. */
export function RoutingTestRow({ test, startAgent, agents }: RoutingTestRowProps) {
  const [editing, setEditing] = useState(false);
  // A viewer reads the case; Edit and Delete are for those who may change it.
  const canEdit = useCan('edit');
  const title = routingTestTitle(test);
  const count = test.messages.length;
  return (
    <li id={`rt-${test.id}`} aria-label={title} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-3 target:ring-2 target:ring-indigo-400">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium wrap-anywhere text-slate-800">{test.name ?? `“${title}”`}</p>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
            <span>
              {count} {count === 1 ? 'message' : 'messages'}
            </span>
            <span data-testid="expected-outcome" className="font-medium text-slate-700">
              {expectedOutcome(test, agents)}
            </span>
          </p>
        </div>
        {canEdit && (
          <div className="flex gap-1">
            <Button variant="ghost" size="xs" aria-label={`Edit test ${title}`} onClick={() => setEditing(true)}>
              Edit
            </Button>
            <ConfirmButton
              triggerVariant="ghost-danger"
              triggerSize="xs"
              triggerLabel={`Delete test ${title}`}
              title="Delete this routing test?"
              description={`“${title}” will no longer be run. Past runs keep their results, and the history records the delete.`}
              confirmVariant="danger"
              confirmLabel="Delete"
              pendingLabel="Deleting…"
              onConfirm={() => deleteRoutingTestAction(test.id)}
              failureMessage="The test could not be deleted."
            >
              Delete
            </ConfirmButton>
          </div>
        )}
      </div>
      {canEdit && <RoutingTestDialog open={editing} onClose={() => setEditing(false)} startAgent={startAgent} agents={agents} test={test} />}
    </li>
  );
}
