import type { ToolScore } from '../types';
import { DECISION } from './config';
import type { StayReason } from './policy';
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

/** What the description's passages added (the examples' part aside). */
function descriptionBonus(tool: ScoredTool): number {
  const meaning = tool.meaning;
  return meaning ? meaning.bonus - (meaning.example?.bonus ?? 0) : 0;
}

/**
 * The encoder's part, when it added to the tool's score: "meaning match 0.62 with “has a flat tyre”",
 * and "close to the example “my hub is blinking red” (0.71)" when the admin's examples added to it.
 */
function meaningPhrase(tool: ScoredTool): string | undefined {
  const meaning = tool.meaning;
  if (!meaning) return undefined;
  const parts: string[] = [];
  if (descriptionBonus(tool) > 0) parts.push(`meaning match ${score(meaning.similarity)} with “${meaning.passage}”`);
  if (meaning.example && meaning.example.bonus > 0) parts.push(`close to the example “${meaning.example.text}” (${score(meaning.example.similarity)})`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * The call's `reason` argument: one sentence naming the matched words, the closest passage or example.
 * A tool that leads to no agent (it ends the chat, looks something up) is named as a tool, not a handoff.
 */
export function handoffReason(chosen: ScoredTool, label: string, leadsToAgent = true): string {
  const what = leadsToAgent ? `${label} handoff` : `${chosen.toolName} tool`;
  const meaning = chosen.meaning;
  const passage = meaning && descriptionBonus(chosen) > 0 ? `“${meaning.passage}”` : undefined;
  const example = meaning?.example && meaning.example.bonus > 0 ? `the example “${meaning.example.text}”` : undefined;
  const close = [passage, example].filter(Boolean).join(' and ');
  if (chosen.matched.length === 0) {
    if (passage) return `The customer's message is close in meaning to the ${what} description (${[passage, example].filter(Boolean).join(' and ')}).`;
    return example
      ? `The customer's message is close in meaning to ${example} of the ${what}.`
      : `The customer's message is closest in meaning to the ${what}.`;
  }
  const words = `The customer's message mentions ${quoted(chosen.matched)}, which matches the ${what} description`;
  return close ? `${words}, and is close in meaning to ${close}.` : `${words}.`;
}

export function handoffSummary(chosen: ScoredTool, label: string, runnerUp?: ScoredTool, leadsToAgent = true): string {
  const next = runnerUp && runnerUp.score > 0 ? `; next best ${runnerUp.toolName} scored ${score(runnerUp.score)}` : '';
  const words = chosen.matched.length > 0 ? `matched ${quoted(chosen.matched)}` : 'no shared words';
  const meaning = meaningPhrase(chosen);
  const evidence = meaning ? `${words}, ${meaning}` : words;
  const action = leadsToAgent ? `Hand off to ${label} via ${chosen.toolName}` : `Call ${chosen.toolName}`;
  return `${action}: ${evidence} (score ${score(chosen.score)}${next}).`;
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

export function staySummary(best: ScoredTool | undefined, toolCount: number, reason: StayReason = 'weak', minScore: number = DECISION.minScore): string {
  if (toolCount === 0) return 'No handoff: this agent has no handoffs to offer.';
  const meaning = best?.meaning;
  if (best && reason === 'small-talk') {
    return `No handoff: the message reads as small talk (similarity ${score(meaning?.smallTalk ?? 0)}), closer than to any passage of the best match, ${best.toolName}.`;
  }
  if (best && reason === 'own-subject') {
    return `No handoff: the message matches this agent's own description (${quoted(best.matched)}) as well as the best match, ${best.toolName}.`;
  }
  // Why the encoder did not help: the closest tool stayed under the bar (its own agent or the floor).
  const meaningNote = meaning
    ? meaning.bonus > 0
      ? `, meaning match ${score(meaning.similarity)} included`
      : `; meaning match ${score(meaning.similarity)} is not above the bar ${score(meaning.bar)}`
    : '';
  if (!best || best.evidence === 0) {
    const closest = meaning ? ` (closest in meaning: ${best?.toolName} at ${score(meaning.similarity)}, not above the bar ${score(meaning.bar)})` : '';
    return `No handoff: no word of the message matches any handoff description${closest}.`;
  }
  const words = best.matched.length > 0 ? quoted(best.matched) : 'no shared words';
  return (
    `No handoff: the best match, ${best.toolName} (${words}), has evidence ` +
    `${score(best.evidence)}${meaningNote}, below the ${minScore} a handoff needs.`
  );
}
