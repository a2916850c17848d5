import { describe, expect, it } from 'vitest';
import { contentTerms } from '../terms';
import { tokenize } from '../tokenize';

describe('tokenize', () => {
  it('drops clitics, keeps surface forms and marks clause starts and hyphen joins', () => {
    const tokens = tokenize("I'd like a check-in. Customer's bag");
    expect(tokens.map((token) => token.word)).toEqual(['i', 'like', 'a', 'check', 'in', 'customer', 'bag']);
    expect(tokens.map((token) => token.surface)).toContain("Customer's");
    expect(tokens.find((token) => token.word === 'in')?.joined).toBe(true);
    expect(tokens.find((token) => token.word === 'customer')?.clauseStart).toBe(true);
    expect(tokens.find((token) => token.word === 'bag')?.clauseStart).toBe(false);
  });
});

describe('contentTerms', () => {
  it('removes stop words and indefinite pronouns and stems what is left', () => {
    expect(contentTerms('Someone charged me for the charges I never made')).toEqual(['charg', 'charg', 'never', 'made']);
  });

  it('gives word forms one stem', () => {
    const [charge, charged, charges] = ['charge', 'charged', 'charges'].map((word) => contentTerms(word)[0]);
    expect(charged).toBe(charge);
    expect(charges).toBe(charge);
    expect(contentTerms('refunds')).toEqual(contentTerms('refund'));
  });

  it('keeps repeats so callers can count', () => {
    expect(contentTerms('invoice, invoices and more invoices')).toEqual(['invoic', 'invoic', 'invoic']);
  });

  it('returns nothing for a text of function words only', () => {
    expect(contentTerms("It's what they don't do")).toEqual([]);
  });
});
