import type { Decision, ToolScore } from '@/lib/conversation/engines/types';
import type { SessionEventData } from '@/lib/conversation/events';

/** Scores kept per result: enough to see what competed, without storing 500 tools a case. */
const MAX_SCORES = 12;

/**
 * Why a case ended where it did: the last handoff (reason, the engine's summary and scores, the tool
 * call) or, when it stayed, the last decision of the agent holding it (the simulated model's scores and
 * matched words, or the tool call the OpenAI-compatible engine made that a guard stopped).
 */
export interface RunWhy {
  outcome: 'handoff' | 'stayed';
  summary: string;
  /** The handoff's reason, as the LLM gave it. */
  reason?: string;
  toolCall?: { name: string; arguments: Record<string, unknown> };
  scores?: ToolScore[];
  /** A guard that stopped a handoff, or the engine's error, in words. */
  note?: string;
}

/**
 * Builds the why from a finished conversation: `events` all of it, `lastTurn` the events of its last
 * message, `activeAgentId` who holds it at the end, `lastDecision` the engine's last decision with tools.
 */
export function whyOf(
  events: readonly SessionEventData[],
  lastTurn: readonly SessionEventData[],
  activeAgentId: string,
  lastDecision: Decision | undefined,
): RunWhy {
  const trimmed = (scores: ToolScore[] | undefined) => (scores && scores.length > 0 ? { scores: scores.slice(0, MAX_SCORES) } : {});
  const handoffIndex = events.findLastIndex((event) => event.type === 'handoff');
  const handoff = events[handoffIndex];
  // The agent holding the conversation got it by this handoff: that is what explains the outcome.
  if (handoff?.type === 'handoff' && handoff.toAgentId === activeAgentId) {
    const call = events.slice(0, handoffIndex).findLast((event) => event.type === 'tool_call' && event.result === 'handoff');
    return {
      outcome: 'handoff',
      summary: handoff.summary,
      reason: handoff.reason,
      ...(call?.type === 'tool_call' ? { toolCall: { name: call.toolName, arguments: call.arguments } } : {}),
      ...trimmed(handoff.scores),
    };
  }
  const note = lastNote(lastTurn);
  const stopped = lastTurn.findLast((event) => event.type === 'tool_call' && event.result !== 'handoff');
  return {
    outcome: 'stayed',
    summary: lastDecision?.why.summary ?? 'The engine made no decision.',
    ...(stopped?.type === 'tool_call' ? { toolCall: { name: stopped.toolName, arguments: stopped.arguments } } : {}),
    ...trimmed(lastDecision?.why.scores),
    ...(note ? { note } : {}),
  };
}

function lastNote(events: readonly SessionEventData[]): string | undefined {
  const event = events.findLast((candidate) => candidate.type === 'guard' || candidate.type === 'error');
  return event?.type === 'guard' || event?.type === 'error' ? event.message : undefined;
}
