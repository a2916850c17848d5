'use client';

import { useEffect, useState, useTransition } from 'react';
import { previewDraftAction } from '@/app/routing-tests/runs/actions';
import type { DraftChange, DraftPreview } from '@/lib/test-runs/preview-draft';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

interface DraftCheckProps {
  agentId: string;
  /** The handoff being edited; absent when the dialog adds one. */
  functionId?: string;
  /** Agent names by id, for where cases would end up. */
  names: Record<string, string>;
}

type Checked = { preview: DraftPreview } | { error: string; fields: string[] };

/** "Check against tests": runs the agent's routing tests with the form as it stands, saving nothing. */
export function DraftCheck({ agentId, functionId, names }: DraftCheckProps) {
  const [pending, startTransition] = useTransition();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [checkedForm, setCheckedForm] = useState<HTMLFormElement | null>(null);
  const [outdated, setOutdated] = useState(false);
  const check = (form: HTMLFormElement | null) => {
    if (!form) return;
    const formData = new FormData(form);
    startTransition(async () => {
      const outcome = await previewDraftAction(agentId, functionId ?? null, formData);
      setChecked(outcome.ok ? { preview: outcome.value } : { error: outcome.state.message ?? 'The check could not run.', fields: Object.values(outcome.state.fieldErrors ?? {}).flat() });
      setCheckedForm(form);
      setOutdated(false);
    });
  };
  // A result speaks of the draft as it was checked: once the form changes, it says so rather than pass for the new one.
  useEffect(() => {
    if (!checkedForm) return;
    const markOutdated = () => setOutdated(true);
    checkedForm.addEventListener('input', markOutdated);
    checkedForm.addEventListener('change', markOutdated);
    return () => {
      checkedForm.removeEventListener('input', markOutdated);
      checkedForm.removeEventListener('change', markOutdated);
    };
  }, [checkedForm]);
  return (
    <div className="space-y-2 rounded-md border border-slate-200 px-3 py-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={(event) => check(event.currentTarget.form)} disabled={pending}>
          {pending ? 'Checking…' : 'Check against tests'}
        </Button>
        <span className="text-xs text-slate-500">Runs this agent’s routing tests with this draft. Nothing is saved.</span>
      </div>
      <div role="status" aria-live="polite" aria-label="Check against tests" className={cn('text-sm', outdated && 'opacity-60')}>
        {checked && outdated && <p className="font-medium text-amber-800">The draft has changed since this check: check again to see what it does now.</p>}
        {checked && 'preview' in checked && <PreviewOutcome preview={checked.preview} nameOf={(id) => names[id] ?? 'another agent'} />}
        {checked && 'error' in checked && (
          <div className="text-rose-800">
            <p>{checked.error}</p>
            {checked.fields.length > 0 && (
              <ul className="ml-4 list-disc">
                {checked.fields.map((field, index) => (
                  <li key={index}>{field}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

function PreviewOutcome({ preview, nameOf }: { preview: DraftPreview; nameOf: (id: string) => string }) {
  if (preview.total === 0) return <p className="text-slate-600">This agent has no routing tests yet.</p>;
  const fail = preview.changes.filter((change) => !change.after);
  const pass = preview.changes.filter((change) => change.after);
  if (preview.changes.length === 0) {
    return <p className="text-slate-700">No change: {preview.passedAfter} of {preview.total} still pass.</p>;
  }
  const where = (change: DraftChange) => (change.reachedAfter ? `would reach ${nameOf(change.reachedAfter)}` : 'would stay with this agent');
  const expected = (change: DraftChange) => (change.expect.handoffTo ? `expects ${nameOf(change.expect.handoffTo)}` : 'expects no handoff');
  return (
    <div className="space-y-2">
      <p className="text-slate-700">
        With this draft {preview.passedAfter} of {preview.total} pass (now {preview.passedBefore}).
      </p>
      {fail.length > 0 && <ChangeList title={`Would newly fail (${fail.length})`} tone="text-rose-800" changes={fail} describe={(change) => `${expected(change)}, ${where(change)}`} />}
      {pass.length > 0 && <ChangeList title={`Would newly pass (${pass.length})`} tone="text-emerald-800" changes={pass} describe={where} />}
    </div>
  );
}

function ChangeList({ title, tone, changes, describe }: { title: string; tone: string; changes: DraftChange[]; describe: (change: DraftChange) => string }) {
  return (
    <div>
      <p className={`font-medium ${tone}`}>{title}</p>
      <ul aria-label={title} className="ml-4 list-disc text-slate-700">
        {changes.map((change) => (
          <li key={change.testId} className="wrap-anywhere">
            {change.name ?? `“${change.messages.at(-1) ?? ''}”`}: {describe(change)}
          </li>
        ))}
      </ul>
    </div>
  );
}
