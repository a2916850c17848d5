'use client';

import { useRef, useState } from 'react';
import { CUSTOM_FUNCTION_LIMITS, DEFAULT_ERROR_MESSAGE } from '@/lib/function-types/custom-function-limits';
import type { Phase } from '@/lib/domain/constants';
import { echoedText } from '@/lib/validation/echoed-values';
import { useCan } from '@/components/auth/role-context';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FunctionFormFrame, useFunctionSave } from './function-form-frame';
import type { FunctionFormProps } from './function-form-props';
import { HeaderFields } from './header-fields';
import { ParameterBuilder } from './parameter-builder';
import { TestCallPanel } from './test-call-panel';

const MODES = [
  { value: 'wait', label: 'Wait for the result', hint: 'The conversation waits (up to the timeout) and uses the answer.' },
  { value: 'background', label: 'Run in the background', hint: 'The call is sent and the conversation goes on without its answer.' },
] as const;

/** Name, Description, Parameters, Webhook URL, Headers, Timeout, Error message and mode of a Custom Function. */
export function CustomFunctionForm({ agentId, phase: addPhase, base, onSaved, onCancel, staleVersion }: FunctionFormProps) {
  const save = useFunctionSave(agentId, base, onSaved);
  const { state } = save;
  const canEdit = useCan('edit');
  const formRef = useRef<HTMLFormElement>(null);
  const phase: Phase = base?.phase ?? addPhase ?? 'during_session';
  const saved = base?.config ?? {};
  // After a refused save, what was sent; else the saved function; else the defaults.
  const initial = (path: string, fallback: string) => echoedText(state.values, `config.${path}`) ?? (saved[path] === undefined ? fallback : String(saved[path]));
  const [mode, setMode] = useState(initial('mode', 'wait'));
  // A refused Test call points at the fields too, until the next save or test call.
  const [testErrors, setTestErrors] = useState<Record<string, string[]>>({});
  const errors = { ...state.fieldErrors, ...testErrors };

  return (
    <FunctionFormFrame
      save={save}
      base={base}
      phase={phase}
      type="custom_function"
      onCancel={onCancel}
      staleVersion={staleVersion}
      formRef={formRef}
      onSubmitStart={() => setTestErrors({})}
    >
      <TextField
        label="Name"
        name="config.name"
        defaultValue={initial('name', '')}
        errors={errors['config.name']}
        placeholder="lookup_order"
        autoComplete="off"
        hint={phase === 'during_session' ? 'The tool name the LLM calls: letters, digits, underscores or dashes.' : 'Names the call in transcripts: letters, digits, underscores or dashes.'}
      />
      <TextAreaField
        label="Description"
        name="config.description"
        rows={3}
        defaultValue={initial('description', '')}
        errors={errors['config.description']}
        counterMax={CUSTOM_FUNCTION_LIMITS.description}
        placeholder="Look up an order when the customer asks where their order is"
        hint={phase === 'during_session' ? 'The LLM reads this to decide when to call the function.' : 'What the function does, for whoever reads this agent’s setup.'}
      />
      {phase === 'during_session' ? (
        <ParameterBuilder initial={state.values ? (state.values.config as Record<string, unknown> | undefined)?.parameters : saved.parameters} errors={errors} />
      ) : (
        // Parameters are what the LLM fills in During-Session; elsewhere any saved ones are kept as they are.
        <input type="hidden" name="config.parameters" value={JSON.stringify(Array.isArray(saved.parameters) ? saved.parameters : [])} />
      )}
      <TextField
        label="Webhook URL"
        name="config.url"
        type="url"
        inputMode="url"
        defaultValue={initial('url', '')}
        errors={errors['config.url']}
        placeholder="https://example.com/hooks/lookup-order"
        autoComplete="off"
        hint="Switchboard POSTs one JSON body here, signed with an X-Switchboard-Signature header (HMAC of the body)."
      />
      <HeaderFields initial={saved.headers} errors={errors} />
      <TextField
        label="Timeout (ms)"
        name="config.timeoutMs"
        type="number"
        inputMode="numeric"
        defaultValue={initial('timeoutMs', String(CUSTOM_FUNCTION_LIMITS.defaultTimeoutMs))}
        errors={errors['config.timeoutMs']}
        className="max-w-40"
        hint={`Default ${CUSTOM_FUNCTION_LIMITS.defaultTimeoutMs} ms; at most ${CUSTOM_FUNCTION_LIMITS.maxTimeoutMs} ms (30 seconds).`}
      />
      <TextAreaField
        label="Error message"
        name="config.errorMessage"
        rows={2}
        defaultValue={initial('errorMessage', DEFAULT_ERROR_MESSAGE)}
        errors={errors['config.errorMessage']}
        counterMax={CUSTOM_FUNCTION_LIMITS.errorMessage}
        hint="What the agent says when the call fails, times out or answers with an error."
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">When it is called</legend>
        {MODES.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input type="radio" name="config.mode" value={option.value} checked={mode === option.value} onChange={() => setMode(option.value)} className="mt-0.5" />
            <span>
              {option.label}
              <span className="block text-xs text-slate-500">{option.hint}</span>
            </span>
          </label>
        ))}
        <p aria-live="polite" className="text-sm text-rose-700 empty:hidden">
          {errors['config.mode']?.join(' ')}
        </p>
      </fieldset>
      {canEdit && <TestCallPanel formRef={formRef} agentId={agentId} functionId={base?.id} phase={phase} onFieldErrors={setTestErrors} />}
    </FunctionFormFrame>
  );
}
