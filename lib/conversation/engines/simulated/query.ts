import { ALLOWANCE_CONCEPTS, findAllowanceQuestion } from '@/lib/text/frames';
import { adjacentPairs } from '@/lib/text/phrases';
import { modifierPhrases } from '@/lib/text/scopes';
import { specificity } from '@/lib/text/specificity';
import { stem } from '@/lib/text/stem';
import { tokenize } from '@/lib/text/tokenize';
import { isParticiple } from '@/lib/text/wordnet/participle';
import { lemmaPhrases } from '@/lib/text/wordnet/phrases';
import { relatedWords, type Relation } from '@/lib/text/wordnet/related';
import type { EngineMessage } from '../types';
import { SCORING } from './config';
import { LruCache } from './lru-cache';
import { keyedTerms, lemmaKeys, phraseKey } from './term-bag';

/** Another key that stands for a message word, at a discount ("billed" → "charge"). */
export interface Variant {
  key: string;
  weight: number;
}

/** One thing the user said, weighted by how much it should count toward a handoff. */
export interface QueryTerm {
  key: string;
  /** The user's own words, for the "matched" list ("charged", "money back"). */
  surface: string;
  /** Weight for ranking tools: words in a modifier ("…for the cancelled flight") count less. */
  weight: number;
  /** Weight for deciding whether to hand off at all, where a modifier's words count in full. */
  evidenceWeight: number;
  /** Terms of one modifier share a group: together they count as much as their best word. */
  group?: string;
  variants: Variant[];
}

// On the message side only close relatives: synonyms, word-family members and one step up
// ("suitcase" → "luggage"). Definitions and hyponyms stay on the tool side, where they are cached.
const MESSAGE_RELATIONS: readonly Relation[] = ['synonym', 'derivation', 'hypernym'];
const variantCache = new LruCache<string, Variant[]>(20_000);

function variantsOf(word: string): Variant[] {
  return variantCache.getOrCreate(word, () => {
    const best = new Map<string, number>();
    for (const related of relatedWords(word, { senses: SCORING.senses, relations: MESSAGE_RELATIONS })) {
      for (const key of lemmaKeys(related.word)) best.set(key, Math.max(best.get(key) ?? 0, related.weight));
    }
    return [...best].map(([key, weight]) => ({ key, weight }));
  });
}

function messageTerms(text: string, turnWeight: number, turn: number): QueryTerm[] {
  const tokens = tokenize(text);
  const groupOf = new Map<number, string>();
  modifierPhrases(tokens).forEach((phrase, n) => phrase.forEach((index) => groupOf.set(index, `${turn}:${n}`)));
  const place = (index: number) => (groupOf.has(index) ? SCORING.modifierWeight : 1);
  const terms = keyedTerms(text);
  const result: QueryTerm[] = terms.map((term) => {
    const evidenceWeight = turnWeight * specificity(term.word);
    return {
      key: term.stem,
      surface: term.surface.toLowerCase(),
      weight: evidenceWeight * place(term.index) * (isParticiple(term.word) ? SCORING.participleWeight : 1),
      evidenceWeight,
      group: groupOf.get(term.index),
      variants: variantsOf(term.word),
    };
  });
  const phraseWeight = (indexes: readonly number[]) => {
    const evidenceWeight = turnWeight * SCORING.phraseWeight;
    const group = indexes.map((index) => groupOf.get(index)).find((found) => found !== undefined);
    return { evidenceWeight, weight: evidenceWeight * Math.min(...indexes.map(place)), group };
  };
  for (const pair of adjacentPairs(terms)) {
    result.push({ key: pair.key, surface: pair.surface, ...phraseWeight(pair.indexes), variants: [] });
  }
  for (const phrase of lemmaPhrases(tokens)) {
    const key = phraseKey(phrase.lemma);
    result.push({ key, surface: phrase.surface, ...phraseWeight(phrase.indexes), variants: variantsOf(phrase.lemma) });
  }
  const allowance = findAllowanceQuestion(tokens);
  if (allowance) {
    // The question names no topic word for "allowance", so it stands in for one, at a discount.
    const [concept = '', ...alternatives] = ALLOWANCE_CONCEPTS.map((word) => stem(word));
    const evidenceWeight = turnWeight * SCORING.frameWeight;
    result.push({
      key: concept,
      surface: allowance.surface,
      weight: evidenceWeight,
      evidenceWeight,
      variants: alternatives.map((key) => ({ key, weight: 1 })),
    });
  }
  return result;
}

/**
 * The weighted terms of the conversation from the user's side: the newest user message in full,
 * a few earlier user turns at a discount. Repeated keys keep their strongest occurrence.
 */
export function buildQuery(messages: readonly EngineMessage[]): QueryTerm[] {
  const userTexts = messages.filter((message) => message.role === 'user').map((message) => message.content);
  const recent = userTexts.slice(-(1 + SCORING.earlierTurns)).reverse();
  const byKey = new Map<string, QueryTerm>();
  recent.forEach((text, age) => {
    for (const term of messageTerms(text, SCORING.earlierTurnWeight ** age, age)) {
      const known = byKey.get(term.key);
      if (!known || known.weight < term.weight) byKey.set(term.key, term);
    }
  });
  return [...byKey.values()];
}
