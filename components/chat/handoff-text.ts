import { CONTEXT_MAX_MESSAGES } from '@/lib/conversation/context-window';
import type { ToolScore } from '@/lib/conversation/engines/types';
import type { HandoffEvent } from '@/lib/conversation/events';

/** What the target agent was shown of the conversation, in words. */
export function contextPassedText(event: HandoffEvent): string {
  const { context } = event;
  if (context.mode === 'last_n') return `Last ${context.lastN} messages (${context.messagesPassed} passed)`;
  return context.messagesPassed >= CONTEXT_MAX_MESSAGES
    ? `Full conversation, its newest ${context.messagesPassed} messages (the most an LLM is shown)`
    : `Full conversation (${context.messagesPassed} messages)`;
}

/** A tool's matched words, or why it scored without any. */
export function matchedText(score: ToolScore): string {
  if (score.matched.length > 0) return score.matched.join(', ');
  return score.score > 0 ? 'meaning only, no shared words' : '—';
}
