import type { AgentRole } from './agent-role';
import { CLASSIFIER, MEANING, ROUTING_ONLY } from './config';
import type { MeaningSignals } from './meaning/meaning-index';
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

/** The tunable part of fusion (config.ts); benchmarks and tests may pass their own. */
export interface FusionParameters {
  weight: number;
  floor: number;
  exampleWeight: number;
  exampleFloor: number;
  closeness: { description: number; example: number };
  /** Score per unit of the few-shot classifier's log probability (0: not used). */
  classifierWeight: number;
}

export const DEFAULT_FUSION: FusionParameters = { ...MEANING, classifierWeight: CLASSIFIER.weight };

/** The fusion parameters for an agent's role: a routing-only agent has no subject to keep. */
export function fusionFor(role: AgentRole | undefined): FusionParameters {
  return role?.routesOnly ? { ...DEFAULT_FUSION, floor: ROUTING_ONLY.floor, exampleFloor: ROUTING_ONLY.exampleFloor } : DEFAULT_FUSION;
}

/**
 * Adds the encoder's evidence to the word scores. A tool gains `weight × (similarity − bar)` when its
 * closest passage is nearer to the message than the bar: the message's similarity to the current
 * agent's own description (or its closest item), or the floor if higher. So a message the agent is
 * there to answer ("what are your opening hours?") gains nothing, while
 * "I have a puncture" reaches roadside help without a shared word. A tool with example messages gains
 * `exampleWeight × (similarity − bar)` as well, by the mean of its two nearest examples and a bar no
 * lower than `exampleFloor` (a paraphrase of an example is much closer than a description is).
 * Both add to score and evidence. The score alone also gains raw closeness, below any bar
 * (`closeness × similarity`), so that among tools that all fall short of a bar the closest ranks
 * first. With examples, the score also gains `classifierWeight × ln p` (p the few-shot classifier's
 * probability for the tool, example-classifier.ts): nothing for the favourite when it is sure, less
 * the less likely a tool is, so it picks among close teams without making a handoff more likely.
 * Ranking follows the score; ties keep the offered order.
 *
 * `meaning.tools` is in the order the tools were offered, which `ScoredTool.index` refers to.
 */
export function fuseMeaning(ranked: readonly ScoredTool[], meaning: MeaningSignals, parameters: FusionParameters = DEFAULT_FUSION): ScoredTool[] {
  const bar = round(Math.max(meaning.agent, parameters.floor));
  const exampleBar = round(Math.max(bar, parameters.exampleFloor));
  return ranked
    .map((tool) => {
      const match = meaning.tools[tool.index];
      if (!match) return tool;
      const similarity = round(match.similarity);
      const described = round(parameters.weight * Math.max(0, similarity - bar));
      const example = match.example ? round(match.example.similarity) : undefined;
      const exampled = example === undefined ? 0 : round(parameters.exampleWeight * Math.max(0, example - exampleBar));
      const bonus = round(described + exampled);
      const closeness = round(parameters.closeness.description * similarity + parameters.closeness.example * (example ?? 0));
      const probability = match.probability;
      const classified = probability === undefined ? 0 : round(parameters.classifierWeight * Math.log(Math.max(probability, CLASSIFIER.leastProbability)));
      return {
        ...tool,
        score: round(tool.score + bonus + closeness + classified),
        evidence: round(tool.evidence + bonus),
        meaning: {
          similarity,
          passage: match.passage,
          bar,
          bonus,
          smallTalk: round(meaning.smallTalk ?? 0),
          closeness,
          ...(match.example && example !== undefined ? { example: { similarity: example, text: match.example.text, bar: exampleBar, bonus: exampled } } : {}),
          ...(probability === undefined ? {} : { classifier: { probability: round(probability), added: classified } }),
        },
      };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}
