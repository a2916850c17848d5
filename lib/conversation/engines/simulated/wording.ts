import type { ToolScore } from '../types';
import { DECISION } from './config';
import type { ScoredTool } from './score';

/** Everything the simulated model says, kept apart from how it decides. */

const PREFIX = '(Simulated reply)';

function quoted(words: readonly string[]): string {
  const list = words.map((word) => `“${word}”`);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function score(value: number): string {
  return value.toFixed(2);
}

/** The handoff's `reason` argument: one sentence naming the matched words. */
export function handoffReason(chosen: ToolScore, label: string): string {
  return `The customer's message mentions ${quoted(chosen.matched)}, which matches the ${label} handoff description.`;
}

export function handoffSummary(chosen: ToolScore, label: string, runnerUp?: ToolScore): string {
  const next = runnerUp && runnerUp.score > 0 ? `; next best ${runnerUp.toolName} scored ${score(runnerUp.score)}` : '';
  return `Hand off to ${label} via ${chosen.toolName}: matched ${quoted(chosen.matched)} (score ${score(chosen.score)}${next}).`;
}

const CLARIFY_LEAD = 'I want to send you to the right place';

export function clarifyText(agentName: string, firstLabel: string, secondLabel: string): string {
  return `${PREFIX} ${agentName} here — ${CLARIFY_LEAD}: is this about ${firstLabel} or ${secondLabel}?`;
}

/** True for the reply that asks which of two handoffs is meant (for benchmarks and tests). */
export function isClarifyingQuestion(text: string): boolean {
  return text.includes(CLARIFY_LEAD);
}

export function clarifySummary(first: ToolScore, second: ToolScore): string {
  return (
    `Too close to call: ${first.toolName} scored ${score(first.score)} and ${second.toolName} ` +
    `${score(second.score)} (within ${Math.round((1 - DECISION.margin) * 100)}%), so it asks which one is meant.`
  );
}

/** The reply when no handoff fits; it says plainly that nothing real happens. */
export function stayText(agentName: string, messageHasContent: boolean): string {
  if (!messageHasContent) return `${PREFIX} ${agentName} here — how can I help you today?`;
  return (
    `${PREFIX} ${agentName} here — I'll answer this one myself. ` +
    `As a simulated model I can't look anything up or make changes.`
  );
}

/** The reply of an agent that has just taken the conversation over: it shows it read the history. */
export function takeoverText(agentName: string, request: string): string {
  const shown = request.length > 120 ? `${request.slice(0, 117)}…` : request;
  return (
    `${PREFIX} ${agentName} here — I've read the conversation so far and I'm picking up your request: “${shown}”. ` +
    `As a simulated model I can't look anything up or make changes.`
  );
}

export function greetingText(greeting: string): string {
  return `${PREFIX} ${greeting}`;
}

export function staySummary(best: ScoredTool | undefined, toolCount: number): string {
  if (toolCount === 0) return 'No handoff: this agent has no handoffs to offer.';
  if (!best || best.evidence === 0) return 'No handoff: no word of the message matches any handoff description.';
  return (
    `No handoff: the best match, ${best.toolName} (${quoted(best.matched)}), has evidence ` +
    `${score(best.evidence)}, below the ${DECISION.minScore} a handoff needs.`
  );
}
