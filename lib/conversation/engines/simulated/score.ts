import type { ToolScore } from '../types';
import { SCORING } from './config';
import type { QueryTerm } from './query';
import type { Evidence } from './term-bag';
import { inverseDocumentFrequency, type ToolSetIndex } from './tool-set-index';

/** What the sentence encoder added to a tool's score (see fuse.ts). */
export interface MeaningEvidence {
  /** Cosine similarity of the message to the tool's closest passage. */
  similarity: number;
  /** That passage, as the description writes it. */
  passage: string;
  /** The similarity a tool had to exceed to gain anything. */
  bar: number;
  /** What was added to score and evidence (the examples' part included). */
  bonus: number;
  /** With example messages: the mean similarity of the nearest two, the closest, and what they added. */
  example?: { similarity: number; text: string; bar: number; bonus: number };
  /** The message's similarity to small talk (greetings, thanks, questions about the agent). */
  smallTalk: number;
  /** What closeness (below any bar) added to the score only, for ranking (config MEANING.closeness). */
  closeness: number;
  /** With examples: the few-shot classifier's probability for the tool and what it added (≤ 0) to the score. */
  classifier?: { probability: number; added: number };
}

/** A tool's score plus what the decision needs but the explanation does not show. */
export interface ScoredTool extends ToolScore {
  /** The score with every word counted in full (no modifier or participle discount). */
  evidence: number;
  /** Position of the tool in the offered list. */
  index: number;
  /** Set when the sentence encoder was consulted for this decision. */
  meaning?: MeaningEvidence;
  /**
   * Message words matched only through the admin's example messages: they count in the score, but
   * `matched` (what explanations quote as matching the description) leaves them out.
   */
  exampleWords?: string[];
}

/** How well one message term matches one tool, and through which of the tool's keys. */
interface Match {
  term: QueryTerm;
  key: string;
  strength: number;
  /** Set when the match is only a relative of the tool's words: those words' keys and weights. */
  sources?: Map<string, number>;
  /** The key occurs in the tool's text only in its example messages. */
  exampleOnly?: boolean;
}

// Several message words that are all relatives of one description word ("money" and "back" of
// "refund", through its definition) are better evidence than each alone, as in Lesk's overlap.
const MOST_CORROBORATION = 3;

/** BM25's saturating term-frequency part, normalised so one occurrence in an average text gives 1. */
function saturate(termFrequency: number, length: number, averageLength: number): number {
  const { k1, b } = SCORING;
  return (termFrequency * (k1 + 1)) / (termFrequency + k1 * (1 - b + (b * length) / averageLength));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Keeps only the longest matched phrases' words: "money back" makes "money" and "back" redundant. */
function readableMatches(surfaces: string[]): string[] {
  const unique = [...new Set(surfaces)];
  return unique.filter((word) => !unique.some((other) => other !== word && other.split(' ').includes(word)));
}

/**
 * Each term's best match per tool, found through the index's postings: its own key (exactly, or as
 * a relative of the tool's words) or one of its variants. Only tools that match are touched.
 */
function matchesByTool(query: readonly QueryTerm[], index: ToolSetIndex): Map<number, Match[]> {
  const idfCache = new Map<string, number>();
  const weigh = (key: string, tool: number, frequency: number) => {
    let idf = idfCache.get(key);
    if (idf === undefined) idfCache.set(key, (idf = inverseDocumentFrequency(index, key)));
    const length = (index.profiles[tool]?.bag ?? index.own).length || index.averageLength;
    return idf * saturate(frequency, length, index.averageLength);
  };
  const byTool = new Map<number, Match[]>();
  for (const term of query) {
    const best = new Map<number, Match>();
    const offer = (tool: number, match: Match) => {
      if (match.strength > (best.get(tool)?.strength ?? 0)) best.set(tool, match);
    };
    for (const { tool, evidence } of index.postings.get(term.key) ?? []) {
      offer(tool, ownMatch(term, tool, evidence, weigh));
    }
    for (const variant of term.variants) {
      for (const { tool, evidence } of index.postings.get(variant.key) ?? []) {
        // Variants meet only the tool's own words: relative-to-relative would be two hops of noise.
        if (evidence.exact > 0) {
          offer(tool, { term, key: variant.key, strength: variant.weight * weigh(variant.key, tool, evidence.exact), ...exampleOnly(evidence) });
        }
      }
    }
    for (const [tool, match] of best) {
      const list = byTool.get(tool);
      if (list) list.push(match);
      else byTool.set(tool, [match]);
    }
  }
  return byTool;
}

/** Marks a match on a key that only the tool's example messages contain. */
function exampleOnly(evidence: Evidence): { exampleOnly?: true } {
  return evidence.related === 0 && evidence.exact <= evidence.fromExamples ? { exampleOnly: true } : {};
}

function ownMatch(term: QueryTerm, tool: number, evidence: Evidence, weigh: (key: string, tool: number, tf: number) => number): Match {
  if (evidence.exact > 0) return { term, key: term.key, strength: weigh(term.key, tool, evidence.exact), ...exampleOnly(evidence) };
  return { term, key: term.key, strength: evidence.related * weigh(term.key, tool, 1), sources: evidence.sources };
}

/** A relative's strength, raised when other message words are relatives of the same tool word. */
function corroborated(match: Match, corroboration: ReadonlyMap<string, number>): number {
  if (!match.sources) return match.strength;
  const related = Math.max(...match.sources.values());
  let factor = 1;
  for (const [source, weight] of match.sources) {
    const count = Math.min(MOST_CORROBORATION, corroboration.get(source) ?? 1);
    factor = Math.max(factor, (weight / related) * count);
  }
  return match.strength * factor;
}

/** One tool's score from its matches: each tool key credited once, modifiers as one qualifier. */
function scoreMatches(matches: readonly Match[]): { score: number; evidence: number; matched: string[]; exampleWords: string[] } {
  const corroboration = new Map<string, number>();
  for (const match of matches) {
    for (const source of match.sources?.keys() ?? []) corroboration.set(source, (corroboration.get(source) ?? 0) + 1);
  }
  // Credited once, to the best message term: "copy" and "invoice" can't both cash in on "account".
  const ranking = new Map<string, { value: number; surface: string; group?: string; exampleOnly?: boolean }>();
  const evidenceByKey = new Map<string, number>();
  for (const match of matches) {
    const strength = corroborated(match, corroboration);
    const value = match.term.weight * strength;
    if (value > (ranking.get(match.key)?.value ?? 0)) {
      ranking.set(match.key, { value, surface: match.term.surface, group: match.term.group, exampleOnly: match.exampleOnly });
    }
    evidenceByKey.set(match.key, Math.max(evidenceByKey.get(match.key) ?? 0, match.term.evidenceWeight * strength));
  }
  let score = 0;
  const groupBest = new Map<string, number>();
  for (const { value, group } of ranking.values()) {
    if (group === undefined) score += value;
    else groupBest.set(group, Math.max(groupBest.get(group) ?? 0, value));
  }
  for (const value of groupBest.values()) score += value;
  let evidence = 0;
  for (const value of evidenceByKey.values()) evidence += value;
  const credited = [...ranking.values()];
  const matched = readableMatches(credited.filter((entry) => !entry.exampleOnly).map((entry) => entry.surface));
  const shown = new Set(matched.flatMap((surface) => surface.split(' ')));
  const exampleWords = readableMatches(credited.filter((entry) => entry.exampleOnly).map((entry) => entry.surface)).filter((surface) => !shown.has(surface));
  return { score, evidence, matched, exampleWords };
}

/** How well the message matches the current agent's own description, scored as a tool would be. */
export interface OwnScore {
  score: number;
  evidence: number;
  matched: string[];
}

/**
 * Scores every tool against the message with BM25 over the tool set, exact words and WordNet
 * variants alike, and the current agent's own description the same way. Work grows with the
 * matches, and at worst linearly with the number of tools.
 */
export function scoreConversation(query: readonly QueryTerm[], index: ToolSetIndex): { ranked: ScoredTool[]; own: OwnScore } {
  const byTool = matchesByTool(query, index);
  const ownMatches = byTool.get(index.profiles.length);
  const own = ownMatches ? scoreMatches(ownMatches) : { score: 0, evidence: 0, matched: [] };
  return { ranked: rankTools(byTool, index), own: { score: round(own.score), evidence: round(own.evidence), matched: own.matched } };
}

/** Every tool scored against the message, best first (see scoreConversation). */
export function scoreTools(query: readonly QueryTerm[], index: ToolSetIndex): ScoredTool[] {
  return scoreConversation(query, index).ranked;
}

function rankTools(byTool: ReadonlyMap<number, Match[]>, index: ToolSetIndex): ScoredTool[] {
  const scores = index.profiles.map((profile, tool) => {
    const matches = byTool.get(tool);
    const { score, evidence, matched, exampleWords } = matches ? scoreMatches(matches) : { score: 0, evidence: 0, matched: [], exampleWords: [] };
    return { tool, toolName: profile.name, score: round(score), evidence: round(evidence), matched, exampleWords };
  });
  // Ties keep the order the tools were offered in, so the ranking is deterministic.
  return scores
    .sort((a, b) => b.score - a.score || a.tool - b.tool)
    .map(({ tool, toolName, score, evidence, matched, exampleWords }) => ({
      toolName,
      score,
      evidence,
      matched,
      index: tool,
      ...(exampleWords.length > 0 ? { exampleWords } : {}),
    }));
}
