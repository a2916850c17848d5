import type { EngineMessage } from './engines/types';
import type { MessageEvent, SessionEventData } from './events';

/**
 * The most messages any LLM sees in one decision: the newest ones. Real models have context limits,
 * and a bounded window keeps every turn's reading and deciding as fast at message 1,000 as at 10.
 * It leaves room for the largest "last N" a handoff may pass (200) plus its transfer message and greeting.
 */
export const CONTEXT_MAX_MESSAGES = 250;

/**
 * The messages an agent's LLM sees: the whole conversation by default, or — when the handoff that
 * brought it here passes only the last N messages — those N plus everything said since it arrived;
 * either way at most the newest CONTEXT_MAX_MESSAGES. Reads backwards, so only the window is visited.
 */
export function contextFor(agentId: string, events: readonly SessionEventData[], names: ReadonlyMap<string, string>): EngineMessage[] {
  const picked: MessageEvent[] = [];
  let room = CONTEXT_MAX_MESSAGES;
  let arrived = false;
  for (let i = events.length - 1; i >= 0 && room > 0; i -= 1) {
    const event = events[i] as SessionEventData;
    if (event.type === 'message') {
      picked.push(event);
      room -= 1;
    } else if (event.type === 'handoff' && event.toAgentId === agentId && !arrived) {
      // Only the latest arrival counts: before it, a last_n handoff lets through its N and no more.
      arrived = true;
      if (event.context.mode === 'last_n') room = Math.min(room, event.context.lastN ?? 1);
    }
  }
  return picked
    .reverse()
    .map((event) => ({ role: event.role, content: event.content, ...(event.role === 'assistant' ? { agentName: names.get(event.agentId) } : {}) }));
}

/** How many messages a handoff with this context setting passes on: what the target's window will hold. */
export function countPassed(events: readonly SessionEventData[], context: { mode: 'full' | 'last_n'; lastN?: number }): number {
  const messages = events.filter((event) => event.type === 'message').length;
  return Math.min(messages, context.mode === 'full' ? CONTEXT_MAX_MESSAGES : (context.lastN ?? 1), CONTEXT_MAX_MESSAGES);
}
