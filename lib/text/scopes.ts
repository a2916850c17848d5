import type { Token } from './tokenize';

// Prepositions that open a modifier ("charged for a flight", "a refund from the shop"). Left out are
// those that often introduce the topic itself ("the handle of my bag", "a question about my bill",
// "help with my password", "interested in a loan", "advice on sofas", "pay by direct debit") and
// "to", which mostly marks an infinitive ("I want to book").
const MODIFIER_OPENERS = new Set(['for', 'from', 'at', 'after', 'before', 'during', 'since', 'until', 'via']);
// Words that close a modifier: auxiliaries start a new predicate, conjunctions a new clause.
const MODIFIER_CLOSERS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'have', 'has', 'had', 'do', 'does', 'did', 'will',
  'can', 'could', 'would', 'should', 'and', 'but', 'or', 'because', 'when', 'while', 'if', 'so', 'that',
  'which', 'who', 'where',
]);

/**
 * The prepositional modifiers of a text, each as the token indexes it spans after its preposition:
 * they qualify a request ("…for the cancelled flight") rather than state it.
 */
export function modifierPhrases(tokens: readonly Token[]): number[][] {
  const phrases: number[][] = [];
  let current: number[] | undefined;
  for (const token of tokens) {
    if (token.clauseStart || MODIFIER_CLOSERS.has(token.word)) current = undefined;
    if (MODIFIER_OPENERS.has(token.word)) {
      current = [];
      phrases.push(current);
      continue;
    }
    current?.push(token.index);
  }
  return phrases.filter((phrase) => phrase.length > 0);
}

// How an admin says "except": the words after these are what a handoff is NOT for.
const EXCLUSION_CUES: readonly (readonly string[])[] = [
  ['nothing', 'to', 'do', 'with'],
  ['not', 'related', 'to'],
  ['unrelated', 'to'],
  ['not', 'about'],
  ['other', 'than'],
  ['apart', 'from'],
  ['except'],
];

/** Indexes of tokens an exclusion governs, up to the end of its clause ("…nothing to do with X"). */
export function excludedTokenIndexes(tokens: readonly Token[]): Set<number> {
  const excluded = new Set<number>();
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.clauseStart) open = false;
    const cue = EXCLUSION_CUES.find((words) => words.every((word, k) => tokens[i + k]?.word === word));
    if (cue) {
      open = true;
      i += cue.length - 1;
      continue;
    }
    if (open) excluded.add(token.index);
  }
  return excluded;
}
