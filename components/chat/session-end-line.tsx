import type { SessionEndEvent } from '@/lib/conversation/events';

/** Who ended the conversation, in the transcript's words: the agent (by its End Session), you, or a Pre-Session function. */
export function sessionEndText(event: SessionEndEvent, agentName: (id: string) => string): string {
  const by = event.by === 'user' ? 'you' : event.by === 'agent' ? agentName(event.agentId) : 'a Pre-Session function';
  return event.message ? `Conversation ended by ${by}: “${event.message}”` : `Conversation ended by ${by}.`;
}

/** The end of a conversation, as a line across the transcript: nothing can be said after it. */
export function SessionEndLine({ event, agentName }: { event: SessionEndEvent; agentName: (id: string) => string }) {
  return (
    <p data-event="session_end" className="flex items-center gap-3 text-xs text-slate-600">
      <span aria-hidden className="h-px flex-1 bg-slate-300" />
      <span className="max-w-[80%] text-center">{sessionEndText(event, agentName)}</span>
      <span aria-hidden className="h-px flex-1 bg-slate-300" />
    </p>
  );
}
