import type { SessionEvent } from '@/lib/conversation/events';
import { SaveAsTestButton } from '@/components/routing-tests/save-as-test-button';
import { FunctionCallCard } from './function-call-card';
import { HandoffCard } from './handoff-card';
import { SessionEndLine } from './session-end-line';

interface TranscriptProps {
  events: SessionEvent[];
  agentName: (id: string) => string;
  /** The history view shows every function call with its arguments and result; the chat pane doesn't. */
  showToolCalls?: boolean;
  /** Offers "Save as test" on each customer message of this session. */
  saveAsTest?: { sessionId: string };
  /** Beside a Why panel: which handoff card is selected, and how a card selects itself. */
  handoffSelection?: { selectedId: string | null; onSelect: (eventId: string) => void };
}

const KIND_LABEL = { greeting: 'greeting', transfer: 'transfer message', reply: '', user: '' } as const;

/** The conversation as it happened: messages, handoff cards, guards and errors, in order. */
export function Transcript({ events, agentName, showToolCalls = false, handoffSelection, saveAsTest }: TranscriptProps) {
  return (
    <ol className="space-y-3">
      {events.map((event) => {
        switch (event.type) {
          case 'message':
            return (
              <li key={event.id} className={event.role === 'user' ? 'flex justify-end' : 'flex justify-start'}>
                <div
                  data-event="message"
                  data-role={event.role}
                  className={`max-w-[85%] rounded-2xl px-3.5 py-2 text-sm ${
                    event.role === 'user' ? 'bg-indigo-600 text-white' : 'border border-slate-200 bg-white text-slate-800'
                  }`}
                >
                  <p className="mb-0.5 text-xs font-medium opacity-90">
                    {event.role === 'user' ? 'You' : agentName(event.agentId)}
                    {KIND_LABEL[event.kind] && ` · ${KIND_LABEL[event.kind]}`}
                  </p>
                  <p className="whitespace-pre-wrap break-words">{event.content}</p>
                  {saveAsTest && event.role === 'user' && <SaveAsTestButton sessionId={saveAsTest.sessionId} seq={event.seq} message={event.content} />}
                </div>
              </li>
            );
          case 'handoff':
            return (
              <li key={event.id}>
                <HandoffCard
                  event={event}
                  agentName={agentName}
                  selection={handoffSelection && { selected: handoffSelection.selectedId === event.id, onSelect: () => handoffSelection.onSelect(event.id) }}
                />
              </li>
            );
          case 'guard':
            return (
              <li key={event.id} data-event="guard" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900">
                <span className="font-medium">Guard:</span> {event.message}
              </li>
            );
          case 'error':
            return (
              <li key={event.id} data-event="error" className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-xs text-rose-800">
                <span className="font-medium">Error:</span> {event.message}
              </li>
            );
          case 'function_call':
            return (
              <li key={event.id}>
                <FunctionCallCard event={event} agentName={agentName} />
              </li>
            );
          case 'session_end':
            return (
              <li key={event.id}>
                <SessionEndLine event={event} agentName={agentName} />
              </li>
            );
          case 'tool_call':
            return showToolCalls ? (
              <li key={event.id} data-event="tool_call" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-700">
                <span className="font-sans font-medium">Function call</span> {event.toolName}({JSON.stringify(event.arguments)}) →{' '}
                <span className="font-sans">{event.result}</span> <span className="font-sans text-slate-500">by {agentName(event.agentId)}</span>
              </li>
            ) : null;
        }
      })}
    </ol>
  );
}
