import type { AgentRole } from './agent-role';
import { DECISION, MEANING, OWN_SUBJECT, ROUTING_ONLY } from './config';
import type { OwnScore, ScoredTool } from './score';

/** What the scores call for, before any wording. */
export type Outcome =
  | { kind: 'handoff'; chosen: ScoredTool; runnerUp?: ScoredTool }
  | { kind: 'clarify'; first: ScoredTool; second: ScoredTool }
  | { kind: 'stay'; best?: ScoredTool; reason: StayReason; minScore: number };

/** Why no handoff: too little evidence, small talk, or the current agent's own subject. */
export type StayReason = 'weak' | 'small-talk' | 'own-subject';

/** Who is deciding: the current agent's role, and how well the message matches its own description. */
export interface PolicyContext {
  role?: AgentRole;
  own?: OwnScore;
}

/** A tool's score from words alone, before the encoder's part. */
function wordScore(tool: ScoredTool): number {
  return tool.score - (tool.meaning ? tool.meaning.bonus + tool.meaning.closeness + (tool.meaning.classifier?.added ?? 0) : 0);
}

/**
 * Small talk ("thanks!", "are you a bot?"): closer in meaning to small talk than to the tool's closest
 * passage or example, and not a clear match in words either.
 */
function smallTalkRatherThan(tool: ScoredTool): boolean {
  const meaning = tool.meaning;
  if (!meaning || tool.evidence - meaning.bonus >= DECISION.minScore) return false;
  return meaning.smallTalk >= Math.max(meaning.similarity, meaning.example?.similarity ?? 0);
}

/**
 * The message reads like the agent's own subject: every word it shares with the best handoff's text
 * it also shares with the agent's own description, and that match is about as strong.
 */
function ownSubject(best: ScoredTool, own: OwnScore | undefined): boolean {
  if (!own || own.score <= 0) return false;
  const ownWords = new Set(own.matched.flatMap((surface) => surface.split(' ')));
  // Words matched through the examples count here too: they are the handoff's as much as the description's.
  const shared = [...best.matched, ...(best.exampleWords ?? [])];
  const onlyShared = shared.every((surface) => surface.split(' ').every((word) => ownWords.has(word)));
  return onlyShared && own.score >= OWN_SUBJECT.share * wordScore(best);
}

/**
 * Too close to call: on words alone, the runner-up within the margin of the best; with the encoder,
 * within a small gap closeness included, or nearly level on evidence (words and meaning above its bar)
 * with closeness not separating them either.
 */
function tooClose(best: ScoredTool, second: ScoredTool | undefined): boolean {
  if (!second) return false;
  if (!best.meaning || !second.meaning) return second.score >= DECISION.margin * best.score;
  if (second.score >= best.score - MEANING.clarifyGap) return true;
  const evidence = (tool: ScoredTool) => tool.score - (tool.meaning?.closeness ?? 0);
  return evidence(second) >= MEANING.clarifyMargin * evidence(best) && best.meaning.closeness - second.meaning.closeness < MEANING.clarifyCloseness;
}

/**
 * Hand off only on clear evidence: the best-ranked tool's evidence must reach the minimum (lower for
 * an agent that only routes), and a runner-up within the margin makes it a question to the customer
 * rather than a guess. An agent with a subject of its own keeps a message whose words match its own
 * description as well as the best handoff's, on the same words.
 */
export function chooseOutcome(ranked: readonly ScoredTool[], context: PolicyContext = {}): Outcome {
  const [best, second] = ranked;
  if (!best) return { kind: 'stay', reason: 'weak', minScore: DECISION.minScore };
  const routesOnly = context.role?.routesOnly === true;
  const withExamples = best.meaning?.example !== undefined;
  const minScore = routesOnly ? (withExamples ? ROUTING_ONLY.minScoreWithExamples : ROUTING_ONLY.minScore) : DECISION.minScore;
  if (best.evidence < minScore || best.score <= 0) return { kind: 'stay', best, reason: 'weak', minScore };
  if (smallTalkRatherThan(best)) return { kind: 'stay', best, reason: 'small-talk', minScore };
  if (!routesOnly && ownSubject(best, context.own)) return { kind: 'stay', best, reason: 'own-subject', minScore };
  if (tooClose(best, second) && second) return { kind: 'clarify', first: best, second };
  return { kind: 'handoff', chosen: best, runnerUp: second };
}
