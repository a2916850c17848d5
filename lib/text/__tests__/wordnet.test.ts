import { describe, expect, it } from 'vitest';
import { specificity } from '../specificity';
import { lemmaStem } from '../wordnet/lemma-stem';
import { baseForms } from '../wordnet/morphy';
import { isParticiple } from '../wordnet/participle';
import { lemmaPhrases } from '../wordnet/phrases';
import { phraseLemma, relatedWords } from '../wordnet/related';
import { tokenize } from '../tokenize';

const related = (word: string) => relatedWords(word).map((found) => found.word);

describe('WordNet helpers', () => {
  it('finds base forms, irregular ones included', () => {
    expect(baseForms('charged', 'v')).toEqual(['charge']);
    expect(baseForms('stolen', 'v')).toEqual(['steal']);
    expect(baseForms('cancelled', 'v')).toEqual(['cancel']);
    expect(lemmaStem('stolen')).toBe(lemmaStem('steal'));
  });

  it('relates words through their main senses', () => {
    expect(related('refund')).toEqual(expect.arrayContaining(['give back', 'repay', 'money', 'back']));
    expect(related('suitcase')).toEqual(expect.arrayContaining(['bag', 'luggage']));
    expect(related('billed')).toContain('charge');
  });

  it('weighs synonyms above definition words', () => {
    const refund = relatedWords('refund');
    const weightOf = (word: string) => refund.find((found) => found.word === word)?.weight ?? 0;
    expect(weightOf('repay')).toBeGreaterThan(weightOf('money'));
  });

  it('follows only the senses asked for', () => {
    // "charge" as in an electric charge is a rare sense, past the first.
    expect(relatedWords('charge', { senses: 1 }).map((found) => found.word)).not.toContain('electric charge');
  });

  it('knows multi-word lemmas, inflected', () => {
    expect(phraseLemma(['checked', 'in'])).toBe('check_in');
    expect(phraseLemma(['credit', 'cards'])).toBe('credit_card');
    expect(phraseLemma(['money', 'back'])).toBeUndefined();
    expect(lemmaPhrases(tokenize('I want to log in with my credit card')).map((phrase) => phrase.lemma)).toEqual([
      'log_in',
      'credit_card',
    ]);
  });

  it('rates rare words as more specific than everyday ones', () => {
    expect(specificity('refund')).toBeGreaterThan(specificity('charge'));
    expect(specificity('charge')).toBeGreaterThan(specificity('time'));
    expect(specificity('wifi')).toBe(1);
  });

  it('recognises participles', () => {
    expect(['missing', 'charged', 'stolen', 'broken'].map(isParticiple)).toEqual([true, true, true, true]);
    expect(['thing', 'need', 'card'].map(isParticiple)).toEqual([false, false, false]);
  });
});
