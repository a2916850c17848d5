import type { ToolScore } from '../types';
import { SCORING } from './config';
import type { QueryTerm } from './query';
import type { TermBag } from './term-bag';
import { inverseDocumentFrequency, type ToolSetIndex } from './tool-set-index';

/** A tool's score plus what the decision needs but the explanation does not show. */
export interface ScoredTool extends ToolScore {
  /** The score with every word counted in full (no modifier or participle discount). */
  evidence: number;
}

/** How well one message term matches one tool, and through which of the tool's keys. */
interface Match {
  key: string;
  strength: number;
}

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

/** The term's best match in a tool: its own key (exactly or as a relative), or one of its variants. */
function bestMatch(term: QueryTerm, bag: TermBag, weigh: (key: string, frequency: number) => number): Match {
  let match: Match = { key: term.key, strength: 0 };
  const own = bag.entries.get(term.key);
  if (own) match.strength = own.exact > 0 ? weigh(term.key, own.exact) : own.related * weigh(term.key, 1);
  for (const variant of term.variants) {
    const evidence = bag.entries.get(variant.key);
    // Variants meet only the tool's own words: relative-to-relative would be two hops of noise.
    if (!evidence || evidence.exact === 0) continue;
    const strength = variant.weight * weigh(variant.key, evidence.exact);
    if (strength > match.strength) match = { key: variant.key, strength };
  }
  return match;
}

/**
 * Scores every tool against the message: for each message term, the best of its exact match and its
 * WordNet variants, weighted by BM25 over the tool set. Linear in tools × message terms.
 */
export function scoreTools(query: readonly QueryTerm[], index: ToolSetIndex): ScoredTool[] {
  const idfCache = new Map<string, number>();
  const idf = (key: string) => {
    let value = idfCache.get(key);
    if (value === undefined) {
      value = inverseDocumentFrequency(index, key);
      idfCache.set(key, value);
    }
    return value;
  };
  const scores = index.profiles.map((profile, order) => {
    const weigh = (key: string, frequency: number) =>
      idf(key) * saturate(frequency, profile.bag.length, index.averageLength);
    // Each of the tool's keys is credited once, to the message term that matches it best, so
    // "copy" and "invoice" cannot both cash in on one "account" through their synonyms.
    const ranking = new Map<string, { value: number; surface: string; group?: string }>();
    const evidenceByKey = new Map<string, number>();
    for (const term of query) {
      const { key, strength } = bestMatch(term, profile.bag, weigh);
      if (strength === 0) continue;
      const value = term.weight * strength;
      if (value > (ranking.get(key)?.value ?? 0)) ranking.set(key, { value, surface: term.surface, group: term.group });
      evidenceByKey.set(key, Math.max(evidenceByKey.get(key) ?? 0, term.evidenceWeight * strength));
    }
    // A modifier is one qualifier however many words it has: it adds only its best-matching word.
    let score = 0;
    const groupBest = new Map<string, number>();
    for (const { value, group } of ranking.values()) {
      if (group === undefined) score += value;
      else groupBest.set(group, Math.max(groupBest.get(group) ?? 0, value));
    }
    for (const value of groupBest.values()) score += value;
    const evidence = [...evidenceByKey.values()].reduce((sum, value) => sum + value, 0);
    const matched = readableMatches([...ranking.values()].map((credited) => credited.surface));
    return { order, toolName: profile.name, score: round(score), evidence: round(evidence), matched };
  });
  // Ties keep the order the tools were offered in, so the ranking is deterministic.
  return scores
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ toolName, score, evidence, matched }) => ({ toolName, score, evidence, matched }));
}
