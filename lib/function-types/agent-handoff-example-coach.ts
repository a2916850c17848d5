import { isHandoffWordingStem } from '@/lib/text/handoff-wording';
import { specificity } from '@/lib/text/specificity';
import { analyseTerms } from '@/lib/text/terms';
import type { DescriptionHint, SiblingFunction } from './types';

/** Share of an example's topic weight a sibling must hold before it can be said to own the example. */
const SIBLING_MIN = 0.3;
/** …and by how much more than the example's own handoff, so a shared word or two is not a finding. */
const MARGIN = 0.2;
/** Examples named one by one; the rest are counted, so 50 misplaced examples do not bury the other hints. */
const NAMED_AT_MOST = 3;
/**
 * A word found only among a handoff's examples counts half as much as one its description or target
 * name holds: the description is what the admin states, and misplaced examples must not vouch for each other.
 */
const EXAMPLE_CREDIT = 0.5;

/** The handoff an example belongs to, as the coach compares: its description, name and other examples. */
export interface ExampleOwner {
  description: string;
  /** The target agent's name, when known: a customer who names it is asking for it. */
  targetName: string | null;
  examples: readonly string[];
}

interface Match {
  score: number;
  words: string[];
}

/** An example that reads like a sibling's, with the words it shares with that sibling. */
export interface MisplacedExample {
  example: string;
  sibling: SiblingFunction;
  siblingScore: number;
  ownScore: number;
  sharedWords: string[];
}

/**
 * The examples whose topic words are better found in a sibling handoff (its description, target name
 * and, at half weight, examples) than in their own (the same, with its other examples).
 * Words count by how specific they are in general English ("refund" more than "time"), and the
 * words every handoff description uses ("transfer", "customer", "help") not at all. Lexical only.
 */
export function findMisplacedExamples(owner: ExampleOwner, siblings: readonly SiblingFunction[]): MisplacedExample[] {
  if (siblings.length === 0) return [];
  const siblingProfiles = siblings.map((sibling) => ({ sibling, profile: profileOf([sibling.description, sibling.targetName ?? ''], sibling.examples ?? []) }));
  const misplaced: MisplacedExample[] = [];
  owner.examples.forEach((example, index) => {
    const terms = topicTerms(example);
    if (terms.size === 0) return;
    // Its other examples, not itself (nor a repeat of it, as a form being typed may hold).
    const key = example.toLowerCase();
    const others = owner.examples.filter((other, at) => at !== index && other.toLowerCase() !== key);
    const ownMatch = match(terms, profileOf([owner.description, owner.targetName ?? ''], others));
    let best: { sibling: SiblingFunction; match: Match } | null = null;
    for (const { sibling, profile } of siblingProfiles) {
      const candidate = match(terms, profile);
      if (!best || candidate.score > best.match.score) best = { sibling, match: candidate };
    }
    if (best && best.match.score >= SIBLING_MIN && best.match.score >= ownMatch.score + MARGIN) {
      misplaced.push({ example, sibling: best.sibling, siblingScore: best.match.score, ownScore: ownMatch.score, sharedWords: best.match.words });
    }
  });
  return misplaced;
}

/** The coach's hints for misplaced examples: the first few quoted, the rest counted. */
export function coachHandoffExamples(owner: ExampleOwner, siblings: readonly SiblingFunction[]): DescriptionHint[] {
  const misplaced = findMisplacedExamples(owner, siblings);
  const hints: DescriptionHint[] = misplaced.slice(0, NAMED_AT_MOST).map(({ example, sibling, sharedWords }) => {
    const name = siblingName(sibling);
    return {
      code: 'example_like_sibling',
      message: `Example “${example}” reads like ${name}'s (shared: ${sharedWords.slice(0, 4).join(', ')}): move it to the handoff to ${name}, or say in this description why it belongs here.`,
    };
  });
  const rest = misplaced.length - NAMED_AT_MOST;
  if (rest > 0) {
    hints.push({ code: 'example_like_sibling', message: `${rest} more ${rest === 1 ? 'example reads' : 'examples read'} like another handoff's.` });
  }
  return hints;
}

function siblingName(sibling: SiblingFunction): string {
  return sibling.targetName ?? sibling.toolName ?? 'another function';
}

/** Topic stems of an example with their weight and the first way each was written. */
function topicTerms(text: string): Map<string, { weight: number; surface: string }> {
  const terms = new Map<string, { weight: number; surface: string }>();
  for (const term of analyseTerms(text)) {
    if (isHandoffWordingStem(term.stem) || terms.has(term.stem)) continue;
    terms.set(term.stem, { weight: specificity(term.word), surface: term.surface.toLowerCase() });
  }
  return terms;
}

/** A handoff's topic stems, each with its credit: 1 from what it states, EXAMPLE_CREDIT from its examples alone. */
function profileOf(stated: readonly string[], examples: readonly string[]): Map<string, number> {
  const profile = new Map<string, number>();
  const add = (texts: readonly string[], credit: number) => {
    for (const text of texts) {
      for (const term of analyseTerms(text)) {
        if (!isHandoffWordingStem(term.stem)) profile.set(term.stem, Math.max(profile.get(term.stem) ?? 0, credit));
      }
    }
  };
  add(stated, 1);
  add(examples, EXAMPLE_CREDIT);
  return profile;
}

/** The share of the example's topic weight a handoff's profile holds, and which words. */
function match(terms: Map<string, { weight: number; surface: string }>, profile: ReadonlyMap<string, number>): Match {
  let total = 0;
  let found = 0;
  const words: string[] = [];
  for (const [stem, { weight, surface }] of terms) {
    total += weight;
    const credit = profile.get(stem);
    if (credit === undefined) continue;
    found += weight * credit;
    words.push(surface);
  }
  return { score: total === 0 ? 0 : found / total, words };
}
