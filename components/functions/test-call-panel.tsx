'use client';

import { useState, useTransition, type RefObject } from 'react';
import { testCallAction, type TestCallState } from '@/app/integrations/agentic-functions/test-call-actions';
import type { Phase } from '@/lib/domain/constants';
import { Button } from '@/components/ui/button';

interface TestCallPanelProps {
  /** The form whose fields (as typed, saved or not) the call uses. */
  formRef: RefObject<HTMLFormElement | null>;
  agentId: string;
  /** When editing: header values left empty are taken from the saved function. */
  functionId?: string;
  phase: Phase;
  /** A refused call's field errors, for the form to show on its fields. */
  onFieldErrors: (errors: Record<string, string[]>) => void;
}

const DURATION = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "Test call": POSTs a sample body to the webhook as the form stands and shows what came back. */
export function TestCallPanel({ formRef, agentId, functionId, phase, onFieldErrors }: TestCallPanelProps) {
  const [result, setResult] = useState<TestCallState | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () => {
    const form = formRef.current;
    if (!form) return;
    const formData = new FormData(form);
    startTransition(async () => {
      const outcome = await testCallAction({ agentId, functionId, phase }, formData);
      setResult(outcome);
      onFieldErrors(outcome.status === 'error' ? (outcome.fieldErrors ?? {}) : {});
    });
  };

  return (
    <section aria-label="Test call" className="space-y-2 rounded-md border border-slate-200 bg-slate-50 px-3 py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-600">Sends a sample body to the Webhook URL with the settings above, saved or not.</p>
        <Button variant="secondary" onClick={run} disabled={pending}>
          {pending ? 'Calling…' : 'Test call'}
        </Button>
      </div>
      <div role="status" aria-label="Test call result" aria-live="polite" className="text-sm empty:hidden">
        {result && <TestCallOutcome result={result} />}
      </div>
    </section>
  );
}

function TestCallOutcome({ result }: { result: TestCallState }) {
  if (result.status === 'error') {
    return <p className="text-rose-700">{result.message ?? 'The test call could not be made.'}</p>;
  }
  const { call } = result;
  const failed = call.error !== undefined;
  return (
    <div className="space-y-1">
      <p className={failed ? 'font-medium text-rose-800' : 'font-medium text-emerald-800'}>
        {call.status === null ? 'No answer' : `HTTP ${call.status}`} · {DURATION.format(call.durationMs)} ms{failed ? ` · ${call.error}` : ''}
      </p>
      {call.result !== undefined && (
        <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-white p-2 font-mono text-xs text-slate-800">
          {typeof call.result === 'string' ? call.result : JSON.stringify(call.result, null, 2)}
        </pre>
      )}
    </div>
  );
}
