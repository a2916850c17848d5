import type { Token } from './tokenize';

/** Words that turn "how many/much" into a question about what is permitted. */
const PERMISSION = new Set(['can', 'could', 'may', 'allowed', 'permitted', 'allow']);

/**
 * What a question about a permitted amount is about, whatever the domain ("How many kilos can I
 * check in?", "How much can I withdraw?", "How many users may we add?"): an allowance or a limit.
 */
export const ALLOWANCE_CONCEPTS: readonly string[] = ['allowance', 'limit', 'maximum', 'quota'];

/** A run of the message that asks what amount is allowed, with the words that say so. */
export interface AllowanceQuestion {
  surface: string;
  indexes: number[];
}

/** Finds "how many|much … can|may|allowed" within one clause. */
export function findAllowanceQuestion(tokens: readonly Token[]): AllowanceQuestion | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const how = tokens[i];
    const amount = tokens[i + 1];
    if (how?.word !== 'how' || (amount?.word !== 'many' && amount?.word !== 'much') || amount.clauseStart) continue;
    for (let j = i + 2; j < tokens.length; j++) {
      const token = tokens[j];
      if (!token || token.clauseStart) break;
      if (PERMISSION.has(token.word)) {
        return { surface: `how ${amount.word} … ${token.word}`, indexes: [how.index, amount.index, token.index] };
      }
    }
  }
  return undefined;
}
