'use client';

import { useState } from 'react';
import { defaultHandoffToolName, HANDOFF_LIMITS } from '@/lib/function-types/agent-handoff-limits';
import type { FunctionView } from '@/lib/functions/view';
import type { FormState } from '@/lib/validation/form-state';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { DraftCheck } from '@/components/routing-tests/run-draft-check';
import { DescriptionCoach } from './description-coach';
import { FunctionFormFrame, useFunctionSave } from './function-form-frame';
import type { StaleVersionChoices } from './function-form-footer';

export interface TargetOption {
  id: string;
  name: string;
  slug: string;
  description: string;
}

interface AgentHandoffFormProps {
  agentId: string;
  targets: TargetOption[];
  /** The function being edited; absent when adding one. */
  base?: FunctionView;
  onSaved: () => void;
  onCancel: () => void;
  /** Offered when the save hit a newer version. */
  staleVersion?: StaleVersionChoices;
}

interface HandoffValues {
  targetAgentId: string;
  description: string;
  toolName: string;
  transferMessage: string;
  greetOnArrival: boolean;
  contextMode: 'full' | 'last_n';
  lastN: string;
  /** One example customer message per line. */
  examples: string;
}

/** Target Agent, Description and the Advanced settings of an Agent Handoff, for add and edit alike. */
export function AgentHandoffForm({ agentId, targets, base, onSaved, onCancel, staleVersion }: AgentHandoffFormProps) {
  const save = useFunctionSave(agentId, base, onSaved);
  const { state } = save;
  const initial = valuesFrom(state, base, targets);
  const [targetId, setTargetId] = useState(initial.targetAgentId);
  const [description, setDescription] = useState(initial.description);
  const [contextMode, setContextMode] = useState(initial.contextMode);
  const [examples, setExamples] = useState(initial.examples);
  const errors = state.fieldErrors ?? {};
  const target = targets.find((t) => t.id === targetId);
  // One coach request for both fields: the description's hints show under it, the examples' under them.
  const coachProps = { agentId, type: 'agent_handoff' as const, description, examples, functionId: base?.id, targetAgentId: targetId || undefined };

  return (
    <FunctionFormFrame save={save} base={base} phase="during_session" type="agent_handoff" onCancel={onCancel} staleVersion={staleVersion}>
      <SelectField
        label="Target Agent"
        name="config.targetAgentId"
        value={targetId}
        onChange={(event) => setTargetId(event.target.value)}
        errors={errors['config.targetAgentId']}
        hint={target ? target.description : 'The agent that takes over the conversation.'}
      >
        <option value="">Choose an agent…</option>
        {targets.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label="Description"
        name="config.description"
        rows={4}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={errors['config.description']}
        counterMax={HANDOFF_LIMITS.description}
        placeholder="Hand off to the billing agent when the customer asks about invoices or payments"
        hint="The LLM reads this to decide when to hand off. Be clear and specific."
        below={<DescriptionCoach {...coachProps} part="description" />}
      />
      <details className="rounded-md border border-slate-200 px-3 py-2" open={hasAdvancedErrors(errors)}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Advanced</summary>
        <div className="mt-3 space-y-4">
          <TextField
            label="Tool name"
            name="config.toolName"
            defaultValue={initial.toolName}
            placeholder={target ? defaultHandoffToolName(target.slug) : 'transfer_to_<target>'}
            errors={errors['config.toolName']}
            hint="The function name the LLM sees. Leave empty for the default shown."
            autoComplete="off"
          />
          <TextAreaField
            label="Transfer message"
            name="config.transferMessage"
            rows={2}
            defaultValue={initial.transferMessage}
            errors={errors['config.transferMessage']}
            counterMax={HANDOFF_LIMITS.transferMessage}
            hint="Optional: shown to the customer when the handoff happens."
          />
          <div className="flex items-center gap-2">
            <input type="hidden" name="config.greetOnArrival" value="false" />
            <input
              id="greet-on-arrival"
              type="checkbox"
              name="config.greetOnArrival"
              value="true"
              defaultChecked={initial.greetOnArrival}
              className="size-4 rounded border-slate-300"
            />
            <label htmlFor="greet-on-arrival" className="text-sm text-slate-800">
              Target greets on arrival
            </label>
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">Context passed</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="config.context.mode" value="full" checked={contextMode === 'full'} onChange={() => setContextMode('full')} />
              Full conversation
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="config.context.mode" value="last_n" checked={contextMode === 'last_n'} onChange={() => setContextMode('last_n')} />
              Last N messages
            </label>
            {contextMode === 'last_n' && (
              <TextField
                label="Number of messages"
                name="config.context.lastN"
                type="number"
                inputMode="numeric"
                defaultValue={initial.lastN}
                errors={errors['config.context.lastN']}
                className="max-w-32"
              />
            )}
          </fieldset>
          <TextAreaField
            label="Example customer messages"
            name="config.examples"
            rows={5}
            value={examples}
            onChange={(event) => setExamples(event.target.value)}
            errors={exampleErrors(errors)}
            placeholder={'I was charged twice this month\nCan I get a refund for my order?'}
            hint={`0-${HANDOFF_LIMITS.examples}, one per line, up to ${HANDOFF_LIMITS.example} characters each: messages a customer might send that belong to this handoff. The LLM is shown a few.`}
            below={<DescriptionCoach {...coachProps} part="examples" />}
          />
        </div>
      </details>
      <DraftCheck agentId={agentId} functionId={base?.id} names={Object.fromEntries(targets.map((t) => [t.id, t.name]))} />
    </FunctionFormFrame>
  );
}

function hasAdvancedErrors(errors: Record<string, string[]>): boolean {
  return ['config.toolName', 'config.transferMessage', 'config.context.lastN', 'config.context.mode'].some((key) => errors[key]) || exampleErrors(errors).length > 0;
}

/** The list's own errors, then each example's (`config.examples.3`) named by its place among the examples. */
function exampleErrors(errors: Record<string, string[]>): string[] {
  const messages = [...(errors['config.examples'] ?? [])];
  for (const [key, list] of Object.entries(errors)) {
    const index = /^config\.examples\.(\d+)$/.exec(key)?.[1];
    if (index !== undefined) messages.push(...list.map((message) => `Example ${Number(index) + 1}: ${message}`));
  }
  return messages;
}

/** What the fields start with: what the user sent last (after an error), else the saved function, else defaults. */
function valuesFrom(state: FormState, base: FunctionView | undefined, targets: TargetOption[]): HandoffValues {
  const sent = (state.values?.config ?? null) as Record<string, unknown> | null;
  const saved = base?.config ?? {};
  const source = sent ?? saved;
  const context = (source.context ?? {}) as { mode?: string; lastN?: unknown };
  const toolName = String(source.toolName ?? '');
  const savedTarget = targets.find((t) => t.id === saved.targetAgentId);
  const savedDefault = savedTarget ? defaultHandoffToolName(savedTarget.slug) : null;
  return {
    targetAgentId: String(source.targetAgentId ?? ''),
    description: String(source.description ?? ''),
    // A saved default tool name shows as the placeholder, so retargeting updates it.
    toolName: sent || toolName !== savedDefault ? toolName : '',
    transferMessage: String(source.transferMessage ?? ''),
    greetOnArrival: source.greetOnArrival === undefined ? true : source.greetOnArrival === true || source.greetOnArrival === 'true',
    contextMode: context.mode === 'last_n' ? 'last_n' : 'full',
    lastN: context.lastN === undefined ? '' : String(context.lastN),
    examples: Array.isArray(source.examples) ? source.examples.map(String).join('\n') : String(source.examples ?? ''),
  };
}

