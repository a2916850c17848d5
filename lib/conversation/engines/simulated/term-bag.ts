import { isHandoffWordingStem } from '@/lib/text/handoff-wording';
import { adjacentPairs } from '@/lib/text/phrases';
import { excludedTokenIndexes } from '@/lib/text/scopes';
import { specificity } from '@/lib/text/specificity';
import { stem } from '@/lib/text/stem';
import { analyseTerms, isContentWord, type Term } from '@/lib/text/terms';
import { tokenize } from '@/lib/text/tokenize';
import { lemmaStem } from '@/lib/text/wordnet/lemma-stem';
import { lemmaPhrases } from '@/lib/text/wordnet/phrases';
import { relatedWords } from '@/lib/text/wordnet/related';
import { SCORING } from './config';

/** What one text offers for one key (a stem, or two stems joined by a space for a phrase). */
export interface Evidence {
  /** Sum of field weights of exact occurrences: the term frequency BM25 saturates. */
  exact: number;
  /** The part of `exact` that comes from example messages only (see `addText`). */
  fromExamples: number;
  /** Best weight at which a WordNet relative of a word in the text reaches this key. */
  related: number;
  /** The word as the text wrote it, or the word it is related to, for explanations. */
  surface: string;
  /** For relatives: each of the text's words it is related to, by key, with that relation's weight. */
  sources?: Map<string, number>;
}

/** A text reduced to weighted keys: what a tool is about, ready to score against any message. */
export interface TermBag {
  entries: Map<string, Evidence>;
  /** Weighted count of content words, for BM25's length normalisation. */
  length: number;
}

export function createTermBag(): TermBag {
  return { entries: new Map(), length: 0 };
}

function entry(bag: TermBag, key: string, surface: string): Evidence {
  let evidence = bag.entries.get(key);
  if (!evidence) {
    evidence = { exact: 0, fromExamples: 0, related: 0, surface };
    bag.entries.set(key, evidence);
  }
  return evidence;
}

/** A text's content words keyed for matching: irregular forms meet their base ("stolen" → "steal"). */
export function keyedTerms(text: string): Term[] {
  return analyseTerms(text).map((term) => ({ ...term, stem: lemmaStem(term.word) }));
}

/** The key of a multi-word lemma: every word's stem, particles included ("check in", "give back"). */
export function phraseKey(lemma: string): string {
  return lemma
    .split(/[\s_]+/)
    .map((word) => stem(word.toLowerCase()))
    .join(' ');
}

/** Keys a lemma contributes: each content word's stem, plus the whole phrase when multi-word. */
export function lemmaKeys(lemma: string): string[] {
  const words = lemma.split(/[\s_]+/);
  const stems = words.filter((word) => isContentWord(word)).map((word) => stem(word));
  return words.length > 1 ? [...stems, phraseKey(lemma)] : stems;
}

function addRelated(bag: TermBag, word: string, source: string, fieldWeight: number, own: ReadonlySet<string>) {
  // Relatives of an everyday word ("help", "customer") are mostly noise; of a rare one, meaning.
  const sourceWeight = fieldWeight * specificity(word);
  for (const related of relatedWords(word, { senses: SCORING.senses })) {
    for (const key of lemmaKeys(related.word)) {
      if (own.has(key)) continue;
      const evidence = entry(bag, key, word);
      const weight = related.weight * sourceWeight;
      evidence.related = Math.max(evidence.related, weight);
      evidence.sources ??= new Map();
      evidence.sources.set(source, Math.max(evidence.sources.get(source) ?? 0, weight));
    }
  }
}

/**
 * Adds one field of a tool's text to its bag: exact stems, phrases, and (when `expand`) the WordNet
 * relatives of its words, so "refund" in a description also answers "money back" in a message.
 * Words an exclusion governs ("nothing to do with reservations") are left out entirely. An `example`
 * text (an admin's example customer message) counts as evidence but is recorded apart, so that
 * explanations can keep quoting only the words the description matched.
 */
export function addText(bag: TermBag, text: string, fieldWeight: number, expand: boolean, example = false): void {
  const tokens = tokenize(text);
  const excluded = excludedTokenIndexes(tokens);
  const terms = keyedTerms(text).filter((term) => !excluded.has(term.index));
  const own = new Set(terms.map((term) => term.stem));
  const count = (key: string, surface: string) => {
    const evidence = entry(bag, key, surface);
    evidence.exact += fieldWeight;
    if (example) evidence.fromExamples += fieldWeight;
  };
  for (const term of terms) {
    count(term.stem, term.surface.toLowerCase());
    bag.length += fieldWeight;
  }
  const phraseKeys = new Set<string>();
  for (const pair of adjacentPairs(terms)) {
    count(pair.key, pair.surface);
    phraseKeys.add(pair.key);
  }
  const phrases = lemmaPhrases(tokens.filter((token) => !excluded.has(token.index)));
  for (const phrase of phrases) {
    const key = phraseKey(phrase.lemma);
    // "credit card" is both an adjacent pair and a WordNet lemma: count it once.
    if (!phraseKeys.has(key)) count(key, phrase.surface);
  }
  if (!expand) return;
  const seen = new Set<string>();
  // Template words ("Transfer to…", "the customer asks…") say nothing about the topic: no relatives.
  const topical = terms.filter((term) => !isHandoffWordingStem(term.stem));
  const sources = [
    ...topical.map((term) => [term.word, term.stem] as const),
    ...phrases.map((phrase) => [phrase.lemma, phraseKey(phrase.lemma)] as const),
  ];
  for (const [word, key] of sources) {
    if (seen.has(word)) continue;
    seen.add(word);
    addRelated(bag, word, key, fieldWeight, own);
  }
}
