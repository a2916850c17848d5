'use client';

import { useState, useTransition } from 'react';
import { deleteFunctionAction, setFunctionEnabledAction } from '@/app/integrations/agentic-functions/actions';
import type { FunctionView } from '@/lib/functions/view';
import { useCan } from '@/components/auth/role-context';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormAlert } from '@/components/ui/form-alert';
import { ToolName } from '@/components/ui/tool-name';
import { UrlTargetItem } from '@/components/ui/url-target-item';
import type { TargetOption } from './agent-handoff-form';
import { FunctionEditorDialog } from './function-editor-dialog';
import { ViewToolDialog } from './view-tool-dialog';

interface FunctionRowProps {
  fn: FunctionView;
  agentId: string;
  targets: TargetOption[];
}

/** One function: what it does, where it routes, and its Enabled switch, Edit, Delete and View tool. */
export function FunctionRow({ fn, agentId, targets }: FunctionRowProps) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // A viewer reads the function and its tool; the switch, Edit and Delete are for those who may change it.
  const canEdit = useCan('edit');
  const title = fn.name;

  const toggle = () =>
    startTransition(async () => {
      const state = await setFunctionEnabledAction(fn.id, fn.version, !fn.enabled);
      setProblem(state.status === 'error' ? (state.message ?? 'The function could not be switched.') : null);
    });

  return (
    // The id is the anchor the review page links to (#fn-…); the ring shows which row was meant.
    <UrlTargetItem
      id={`fn-${fn.id}`}
      label={title}
      className={cn('scroll-mt-6 rounded-lg border p-4', fn.enabled ? 'border-slate-200 bg-white' : 'border-dashed border-slate-300 bg-slate-50')}
    >
      {/* The description has the row's whole width below: beside the switch, a phone squeezed it to half. */}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="flex min-w-0 flex-1 flex-wrap items-center gap-2 text-sm">
          <span className="rounded bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700">{fn.typeLabel}</span>
          {fn.targetAgent && (
            <span className="font-medium">
              <span aria-hidden>→ </span>
              <span className="sr-only">Target: </span>
              {fn.targetAgent.name}
            </span>
          )}
          {fn.toolName && <ToolName name={fn.toolName} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700" />}
          {!fn.enabled && <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">Disabled</span>}
        </p>
        {canEdit && (
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <button
              type="button"
              role="switch"
              aria-checked={fn.enabled}
              aria-label={`Enabled: ${title}`}
              disabled={pending}
              onClick={toggle}
              className={`relative h-6 w-11 rounded-full transition-colors ${fn.enabled ? 'bg-indigo-600' : 'bg-slate-300'}`}
            >
              <span aria-hidden className={`absolute top-0.5 size-5 rounded-full bg-white shadow transition-all ${fn.enabled ? 'left-5.5' : 'left-0.5'}`} />
            </button>
            <span aria-hidden>Enabled</span>
          </label>
        )}
      </div>
      <p className={`mt-2 text-sm ${fn.enabled ? 'text-slate-700' : 'text-slate-500'}`}>{fn.description}</p>
      {problem && (
        <div className="mt-3">
          <FormAlert>{problem}</FormAlert>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-1 empty:hidden">
        {canEdit && (
          <Button variant="ghost" onClick={() => setEditing(true)} aria-label={`Edit ${title}`}>
            Edit
          </Button>
        )}
        {fn.toolJson && fn.toolName && <ViewToolDialog toolName={fn.toolName} toolJson={fn.toolJson} />}
        {canEdit && (
          <ConfirmButton
            triggerVariant="ghost-danger"
            triggerLabel={`Delete ${title}`}
            title={fn.targetAgent ? `Delete the handoff to ${fn.targetAgent.name}?` : `Delete ${title}?`}
            description="The LLM will no longer be offered this function. The change is recorded in the history."
            confirmVariant="danger"
            confirmLabel="Delete"
            pendingLabel="Deleting…"
            onConfirm={() => deleteFunctionAction(fn.id)}
            failureMessage="The function could not be deleted."
          >
            Delete
          </ConfirmButton>
        )}
      </div>
      {canEdit && <FunctionEditorDialog open={editing} onClose={() => setEditing(false)} agentId={agentId} targets={targets} fn={fn} />}
    </UrlTargetItem>
  );
}
