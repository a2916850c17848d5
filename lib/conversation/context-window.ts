import type { EngineMessage } from './engines/types';
import type { HandoffEvent, SessionEventData } from './events';

/**
 * The messages an agent's LLM sees: the whole conversation by default, or — when the handoff that
 * brought it here passes only the last N messages — those N plus everything said since it arrived.
 */
export function contextFor(agentId: string, events: readonly SessionEventData[], names: ReadonlyMap<string, string>): EngineMessage[] {
  const arrivalIndex = findLastIndex(events, (event) => event.type === 'handoff' && event.toAgentId === agentId);
  const arrival = arrivalIndex >= 0 ? (events[arrivalIndex] as HandoffEvent) : null;
  const toMessages = (slice: readonly SessionEventData[]) =>
    slice.flatMap((event): EngineMessage[] =>
      event.type === 'message'
        ? [{ role: event.role, content: event.content, ...(event.role === 'assistant' ? { agentName: names.get(event.agentId) } : {}) }]
        : [],
    );
  if (!arrival || arrival.context.mode === 'full') return toMessages(events);
  const before = toMessages(events.slice(0, arrivalIndex)).slice(-(arrival.context.lastN ?? 1));
  return [...before, ...toMessages(events.slice(arrivalIndex + 1))];
}

/** How many messages a handoff with this context setting passes on. */
export function countPassed(events: readonly SessionEventData[], context: { mode: 'full' | 'last_n'; lastN?: number }): number {
  const messages = events.filter((event) => event.type === 'message').length;
  return context.mode === 'full' ? messages : Math.min(messages, context.lastN ?? 1);
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (predicate(items[i] as T)) return i;
  return -1;
}
