import { describe, expect, it } from 'vitest';
import { findAllowanceQuestion } from '../frames';
import { excludedTokenIndexes, modifierPhrases } from '../scopes';
import { tokenize } from '../tokenize';

const words = (text: string, indexes: Iterable<number>) => {
  const tokens = tokenize(text);
  return [...indexes].map((index) => tokens[index]?.word);
};

describe('modifierPhrases', () => {
  it('finds what a preposition adds to the request, up to the next clause or auxiliary', () => {
    const text = 'I want a refund for the cancelled order, please';
    expect(modifierPhrases(tokenize(text)).map((phrase) => words(text, phrase))).toEqual([['the', 'cancelled', 'order']]);
  });

  it('leaves topic-introducing prepositions alone', () => {
    expect(modifierPhrases(tokenize('I need help with my password and a question about my bill'))).toEqual([]);
  });
});

describe('excludedTokenIndexes', () => {
  it('covers the words an exclusion governs, to the end of the clause', () => {
    const text = 'Transfer back when the question has nothing to do with invoices. Otherwise stay.';
    expect(words(text, excludedTokenIndexes(tokenize(text)))).toEqual(['invoices']);
  });

  it('does not treat a described problem ("won\'t load") as an exclusion', () => {
    expect(excludedTokenIndexes(tokenize("when pages won't load or the app is not working")).size).toBe(0);
  });
});

describe('findAllowanceQuestion', () => {
  it('recognises a question about a permitted amount in any domain', () => {
    expect(findAllowanceQuestion(tokenize('How much can I withdraw in one day?'))?.surface).toBe('how much … can');
    expect(findAllowanceQuestion(tokenize('How many users may we add?'))?.surface).toBe('how many … may');
  });

  it('ignores price and count questions without permission', () => {
    expect(findAllowanceQuestion(tokenize('How much is an extra seat?'))).toBeUndefined();
    expect(findAllowanceQuestion(tokenize('How many points do I have?'))).toBeUndefined();
  });
});
