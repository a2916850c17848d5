'use client';

import { startTransition, useActionState, useEffect, useId, useRef, useState } from 'react';
import { createRoutingTestAction, updateRoutingTestAction } from '@/app/routing-tests/actions';
import { ROUTING_TEST_LIMITS } from '@/lib/routing-tests/limits';
import type { RoutingTestView } from '@/lib/routing-tests/view';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';
import { Button } from '@/components/ui/button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';

export interface AgentOption {
  id: string;
  name: string;
}

/** What a new case starts from: Save as test fills it from a conversation. */
export interface RoutingTestDraft {
  messages: string[];
  expect: { handoffTo: string | null };
}

interface RoutingTestFormProps {
  startAgent: AgentOption;
  agents: AgentOption[];
  test?: RoutingTestView;
  draft?: RoutingTestDraft;
  onSaved: () => void;
  onCancel: () => void;
}

let nextKey = 0;
const entry = (text: string) => ({ key: (nextKey += 1), text });

/** Name, the customer's messages (one field each, 1 to 20) and the expected outcome of a routing test. */
export function RoutingTestForm({ startAgent, agents, test, draft, onSaved, onCancel }: RoutingTestFormProps) {
  const action = test ? updateRoutingTestAction.bind(null, test.id) : createRoutingTestAction.bind(null, startAgent.id);
  const [state, formAction, pending] = useActionState(action, IDLE_FORM_STATE);
  const base = test ?? draft;
  const [messages, setMessages] = useState(() => (base?.messages.length ? base.messages : ['']).map(entry));
  const [added, setAdded] = useState<number | null>(null);
  const [handoffTo, setHandoffTo] = useState(base?.expect.handoffTo ?? '');
  const errors = state.fieldErrors ?? {};
  const groupId = useId();
  const choices = agents.filter((agent) => agent.id !== startAgent.id);
  const unknownTarget = handoffTo !== '' && !choices.some((agent) => agent.id === handoffTo);

  // Once per save: the parent's callback may be a new function on every render.
  const reported = useRef(IDLE_FORM_STATE);
  useEffect(() => {
    if (state.status !== 'success' || reported.current === state) return;
    reported.current = state;
    onSaved();
  }, [state, onSaved]);

  const addMessage = () => {
    const created = entry('');
    setMessages((list) => [...list, created]);
    setAdded(created.key);
  };

  return (
    <form
      noValidate
      className="flex min-h-0 flex-1 flex-col"
      onSubmit={(event) => {
        // By hand rather than through `action`, so React does not reset the controlled fields on an error.
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
    >
      <DialogBody className="space-y-4">
        {test && <input type="hidden" name="version" value={test.version} />}
        <TextField label="Name (optional)" name="name" defaultValue={test?.name ?? ''} errors={errors.name} autoComplete="off" placeholder="Double charge" />
        <fieldset className="space-y-3" aria-describedby={`${groupId}-error`}>
          <legend className="text-sm font-medium text-slate-800">Customer messages</legend>
          <p className="text-xs text-slate-500">Sent in order to {startAgent.name}, each in its own turn, as a customer would.</p>
          {messages.map((message, index) => (
            <div key={message.key} className="flex items-start gap-2">
              <div className="min-w-0 flex-1">
                <TextAreaField
                  label={`Message ${index + 1}`}
                  name={`messages.${index}`}
                  rows={2}
                  value={message.text}
                  autoFocus={message.key === added}
                  onChange={(event) => {
                    const text = event.target.value;
                    setMessages((list) => list.map((item) => (item.key === message.key ? { ...item, text } : item)));
                  }}
                  errors={errors[`messages.${index}`]}
                  counterMax={ROUTING_TEST_LIMITS.messageLength}
                />
              </div>
              {messages.length > 1 && (
                <Button
                  variant="ghost"
                  size="xs"
                  className="mt-6"
                  aria-label={`Remove message ${index + 1}`}
                  onClick={() => setMessages((list) => list.filter((item) => item.key !== message.key))}
                >
                  Remove
                </Button>
              )}
            </div>
          ))}
          <p id={`${groupId}-error`} aria-live="polite" className="text-sm text-rose-700">
            {errors.messages?.join(' ')}
          </p>
          <Button variant="secondary" onClick={addMessage} disabled={messages.length >= ROUTING_TEST_LIMITS.messages}>
            <span aria-hidden>+</span> Add message
          </Button>
        </fieldset>
        <SelectField
          label="Expected outcome"
          name="expect.handoffTo"
          value={handoffTo}
          onChange={(event) => setHandoffTo(event.target.value)}
          errors={errors['expect.handoffTo']}
          hint="Where the conversation must be after the last message, whichever way it got there."
        >
          <option value="">No handoff (stays with {startAgent.name})</option>
          {choices.map((agent) => (
            <option key={agent.id} value={agent.id}>
              Hand off to {agent.name}
            </option>
          ))}
          {unknownTarget && <option value={handoffTo}>Hand off to a deleted agent</option>}
        </SelectField>
      </DialogBody>
      {state.status === 'error' && state.message && (
        <div className="shrink-0 px-4 pb-3 sm:px-6">
          <FormAlert tone={state.code === 'stale_version' ? 'warning' : 'error'}>{state.message}</FormAlert>
        </div>
      )}
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </Button>
      </DialogFooter>
    </form>
  );
}
