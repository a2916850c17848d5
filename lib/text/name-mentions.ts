import { excludedTokenIndexes } from './scopes';
import { stem } from './stem';
import { isStopWord } from './stop-words';
import { tokenize, type Token } from './tokenize';

/** A name to look for under one key, written one or more ways ("Technical Support", "technical-support"). */
export interface NameToFind {
  key: string;
  forms: readonly string[];
}

/** Where a text names one of the names. */
export interface NameMention {
  key: string;
  /** The words as the text writes them. */
  surface: string;
  /** `destination` when the text sends the conversation there ("hand off to billing"), else `named`. */
  role: 'destination' | 'named';
  /** True when the text rules it out ("not to Billing", "except Billing questions", "rather than Billing"). */
  negated: boolean;
}

// Nouns that make the words before them a team's name ("the billing team", "technical support agent").
const AGENT_NOUNS = new Set([
  'agent', 'agents', 'team', 'teams', 'department', 'departments', 'dept', 'desk', 'specialist', 'specialists',
  'queue', 'group', 'unit', 'bot', 'assistant', 'staff', 'colleagues', 'people', 'folks', 'division',
]);
// Verbs that send a conversation somewhere ("hand off to", "transfer … to", "put them through to").
const HANDOFF_VERB_STEMS = new Set(
  ['hand', 'handoff', 'handover', 'transfer', 'pass', 'send', 'route', 'escalate', 'forward', 'connect', 'redirect', 'refer', 'move', 'switch', 'direct', 'put', 'bring', 'go'].map(stem),
);
// What may stand between such a verb and its "to": particles and the thing handed over.
const PARTICLES = new Set(['off', 'over', 'on', 'back', 'across', 'along', 'through', 'straight', 'directly', 'immediately', 'right']);
const VERB_TO_GAP = new Set([
  ...PARTICLES, 'them', 'him', 'her', 'it', 'the', 'a', 'an', 'this', 'that', 'their', 'conversation', 'chat',
  'call', 'session', 'ticket', 'case', 'request', 'query', 'person', 'people',
  ...['customer', 'caller', 'user', 'client', 'guest', 'patient', 'member', 'visitor', 'enquirer', 'applicant', 'traveller', 'buyer'].flatMap((noun) => [noun, `${noun}s`]),
]);
// Verbs after a capitalised word that make it the subject doing a team's work ("Concierge handles…").
const TEAM_PREDICATES = new Set(['handles', 'handle', 'deals', 'owns', 'covers', 'manages', 'answers', 'takes']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'your', 'its']);
// Words that rule out what follows them closely ("not to billing", "rather than Billing", "don't hand off to…").
const NEGATORS = new Set(['not', 'never', 'nor', 'except', 'excluding', 'than', 'instead', 'besides', 'unlike', 'don', 'doesn', 'shouldn', 'mustn', 'cannot']);
const NEGATION_WINDOW = 3;

interface Pattern {
  key: string;
  stems: string[];
}

interface Candidate {
  key: string;
  start: number;
  end: number;
}

/**
 * Where a text names any of `names`, matching whole words by stem, case-insensitively, longest name
 * first (so "technical support" is never also "Support"). An everyday word is not taken for a name of
 * the same spelling ("needs support", "asks about billing"): a match counts only as the object of a
 * handoff ("hand off to billing"), before a team noun ("the billing team"), or written with the name's
 * capitals where case tells (not a lone capital opening a sentence). Results are in text order.
 */
export function findNameMentions(text: string, names: readonly NameToFind[]): NameMention[] {
  const tokens = tokenize(text);
  const stems = tokens.map((token) => stem(token.word));
  const sentenceStarts = sentenceStartIndexes(text);
  const excluded = excludedTokenIndexes(tokens);
  const accepted: Candidate[] = [];
  const byFirstStem = patternIndex(names);
  const candidates: Candidate[] = [];
  stems.forEach((first, start) => {
    for (const pattern of byFirstStem.get(first) ?? []) {
      const end = matchEnd(pattern, tokens, stems, start);
      if (end !== undefined) candidates.push({ key: pattern.key, start, end });
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of candidates) {
    if (accepted.some((other) => candidate.start <= other.end && other.start <= candidate.end)) continue;
    accepted.push(candidate);
  }
  const mentions: NameMention[] = [];
  for (const { key, start, end } of accepted.sort((a, b) => a.start - b.start)) {
    const span = tokens.slice(start, end + 1);
    const verb = handoffVerbBefore(tokens, start);
    const after = tokens[end + 1]?.clauseStart ? undefined : tokens[end + 1];
    const beforeAgentNoun = AGENT_NOUNS.has(after?.word ?? '');
    const doesTeamWork = TEAM_PREDICATES.has(after?.word ?? '') && /^\p{Lu}/u.test(tokens[start]?.surface ?? '');
    // A capital in the name makes a capital in the text a sign that the name is meant.
    const capitalised = names.find((name) => name.key === key)?.forms.some((form) => /\p{Lu}/u.test(form)) ?? false;
    const written = capitalised && span.some((token) => capitalTells(token, sentenceStarts));
    if (verb === undefined && !beforeAgentNoun && !doesTeamWork && !written) continue;
    mentions.push({
      key,
      surface: span.map((token) => token.surface).join(' '),
      role: verb === undefined ? 'named' : 'destination',
      negated: excluded.has(start) || negatedBefore(tokens, verb ?? start),
    });
  }
  return mentions;
}

/** Each form as stems of its content words, and again without a trailing team noun ("Claims Team" → "claims"). */
function patternsOf(name: NameToFind): Pattern[] {
  const patterns = new Map<string, Pattern>();
  for (const form of name.forms) {
    const words = tokenize(form).map((token) => token.word);
    const content = words.filter((word) => !isStopWord(word));
    const base = content.length > 0 ? content : words;
    const core = [...base];
    while (core.length > 1 && AGENT_NOUNS.has(core.at(-1) ?? '')) core.pop();
    for (const variant of [base, core]) {
      if (variant.length === 0) continue;
      const stems = variant.map(stem);
      patterns.set(stems.join(' '), { key: name.key, stems });
    }
  }
  return [...patterns.values()];
}

/** Where the pattern spelt from `start` ends, within one clause; one stop word may sit between its words ("Sales and Marketing"). */
function matchEnd(pattern: Pattern, tokens: readonly Token[], stems: readonly string[], start: number): number | undefined {
  let position = start;
  for (const wanted of pattern.stems.slice(1)) {
    let next = position + 1;
    if (stems[next] !== wanted && isStopWord(tokens[next]?.word ?? '')) next += 1;
    if (stems[next] !== wanted || tokens[next]?.clauseStart || tokens[position + 1]?.clauseStart) return undefined;
    position = next;
  }
  return position;
}

// The same names are looked for in many texts (a review coaches every function against every agent's
// name, passing one list for all): their patterns are built once per list, indexed by first stem, so a
// text's words find theirs directly instead of every pattern scanning every text.
const indexes = new WeakMap<readonly NameToFind[], Map<string, Pattern[]>>();

function patternIndex(names: readonly NameToFind[]): Map<string, Pattern[]> {
  const known = indexes.get(names);
  if (known) return known;
  const index = new Map<string, Pattern[]>();
  for (const pattern of names.flatMap(patternsOf)) {
    const first = pattern.stems[0] ?? '';
    const list = index.get(first);
    if (list) list.push(pattern);
    else index.set(first, [pattern]);
  }
  indexes.set(names, index);
  return index;
}

/** The index of the handoff verb whose "to" the name at `start` follows ("hand [it] off to [the] …"), if any. */
function handoffVerbBefore(tokens: readonly Token[], start: number): number | undefined {
  if (tokens[start]?.clauseStart) return undefined;
  let to = start - 1;
  while (to >= 0 && start - to <= 2 && DETERMINERS.has(tokens[to]?.word ?? '')) {
    if (tokens[to]?.clauseStart) return undefined;
    to -= 1;
  }
  if (tokens[to]?.word !== 'to' || tokens[to]?.clauseStart) return undefined;
  for (let k = to - 1; k >= 0 && to - k <= 5; k--) {
    const token = tokens[k];
    if (!token) return undefined;
    if (HANDOFF_VERB_STEMS.has(stem(token.word))) return k;
    // "Back to reception for…", "Over to billing when…": the verb left out.
    if (token.clauseStart && PARTICLES.has(token.word) && k === to - 1) return k;
    if (token.clauseStart || !VERB_TO_GAP.has(token.word)) return undefined;
  }
  return undefined;
}

/** True when a negating word stands shortly before `index` in the same clause. */
function negatedBefore(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.clauseStart) return false;
  for (let k = index - 1; k >= 0 && index - k <= NEGATION_WINDOW; k--) {
    const token = tokens[k];
    if (!token) break;
    if (NEGATORS.has(token.word)) return true;
    if (token.clauseStart) break;
  }
  return false;
}

/** A capital says "name" unless it only opens a sentence: "Billing" mid-sentence, "IT" anywhere, not "Billing questions…". */
function capitalTells(token: Token, sentenceStarts: ReadonlySet<number>): boolean {
  if (/\p{Lu}/u.test(token.surface.slice(1))) return true;
  return /^\p{Lu}/u.test(token.surface) && !sentenceStarts.has(token.index);
}

/** Token indexes that open a sentence (after . ! ? : or a line break), counted the way `tokenize` counts. */
function sentenceStartIndexes(text: string): Set<number> {
  const starts = new Set<number>();
  let count = 0;
  for (const sentence of text.split(/(?<=[.!?:])\s+|\n+/)) {
    starts.add(count);
    count += tokenize(sentence).length;
  }
  return starts;
}
