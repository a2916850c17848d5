/** One word of a text, with what later steps need to know about where it stood. */
export interface Token {
  /** The word as written, for showing back to people ("Charged"). */
  surface: string;
  /** Lower case with any clitic removed ("I'd" → "i", "customer's" → "customer"). */
  word: string;
  /** Position among the text's tokens, counting from 0. */
  index: number;
  /** True when punctuation (or the start of the text) comes right before, so phrases stop there. */
  clauseStart: boolean;
  /** True when written joined to the previous word by a hyphen or slash ("check-in"). */
  joined: boolean;
}

// Letters and digits, optionally with an apostrophe inside ("don't", "customer's", "I’d").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CLAUSE_BREAK = /[.,;:!?()"\n]/;

/** Splits text into word tokens; punctuation is dropped but remembered as clause breaks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const surface = match[0];
    const lower = surface.toLowerCase();
    const apostrophe = lower.search(/['’]/);
    tokens.push({
      surface,
      // The clitic carries grammar, not topic; the part before it is what stemming and WordNet know.
      word: apostrophe > 0 ? lower.slice(0, apostrophe) : lower,
      index: tokens.length,
      clauseStart: tokens.length === 0 || CLAUSE_BREAK.test(gap),
      joined: tokens.length > 0 && /^[-/]$/.test(gap),
    });
    previousEnd = start + surface.length;
  }
  return tokens;
}
