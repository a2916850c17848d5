import { MEANING } from './config';
import type { MeaningMatch } from './meaning/meaning-index';
import type { ScoredTool } from './score';

/**
 * True when the words alone settle the decision: strong evidence for the best tool and a runner-up
 * far behind. The encoder is then not consulted, which saves its time on most clear requests.
 */
export function lexicallyClear(ranked: readonly ScoredTool[]): boolean {
  const [best, second] = ranked;
  if (!best || best.evidence < MEANING.clearEvidence) return false;
  return !second || second.score < MEANING.clearRunnerUpShare * best.score;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Adds the encoder's evidence to the word scores. A tool gains `weight × (similarity − bar)` when its
 * closest passage is nearer to the message than the bar: the message's similarity to the current
 * agent's own description, or the floor if higher. So a message the agent is there to answer
 * ("what are your opening hours?") gains nothing, while "I have a puncture" reaches roadside help
 * without a shared word. Ranking then follows the sum; ties keep the offered order.
 *
 * `meaning.tools` is in the order the tools were offered, which `ScoredTool.index` refers to.
 */
export function fuseMeaning(ranked: readonly ScoredTool[], meaning: { tools: readonly MeaningMatch[]; agent: number }): ScoredTool[] {
  const bar = round(Math.max(meaning.agent, MEANING.floor));
  return ranked
    .map((tool) => {
      const match = meaning.tools[tool.index];
      if (!match) return tool;
      const similarity = round(match.similarity);
      const bonus = round(MEANING.weight * Math.max(0, similarity - bar));
      return {
        ...tool,
        score: round(tool.score + bonus),
        evidence: round(tool.evidence + bonus),
        meaning: { similarity, passage: match.passage, bar, bonus },
      };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
