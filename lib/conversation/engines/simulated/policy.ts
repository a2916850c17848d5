import { DECISION } from './config';
import type { ScoredTool } from './score';

/** What the scores call for, before any wording. */
export type Outcome =
  | { kind: 'handoff'; chosen: ScoredTool; runnerUp?: ScoredTool }
  | { kind: 'clarify'; first: ScoredTool; second: ScoredTool }
  | { kind: 'stay'; best?: ScoredTool };

/**
 * Hand off only on clear evidence: the best-ranked tool's evidence must reach the minimum, and a
 * runner-up within the margin makes it a question to the customer rather than a guess.
 */
export function chooseOutcome(ranked: readonly ScoredTool[]): Outcome {
  const [best, second] = ranked;
  if (!best || best.evidence < DECISION.minScore) return { kind: 'stay', best };
  if (second && second.score >= DECISION.margin * best.score) return { kind: 'clarify', first: best, second };
  return { kind: 'handoff', chosen: best, runnerUp: second };
}
