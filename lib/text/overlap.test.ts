import { describe, expect, it } from 'vitest';
import { descriptionOverlap } from './overlap';

describe('descriptionOverlap', () => {
  it('is high for two handoffs covering the same requests, naming the shared words', () => {
    const result = descriptionOverlap(
      'Transfer to billing when the customer asks about invoices, payments or refunds.',
      'Hand off to finance when the caller wants refunds, payment plans or invoice copies.',
    );
    expect(result.score).toBeGreaterThanOrEqual(0.5);
    expect(result.sharedWords).toEqual(expect.arrayContaining(['invoices', 'payments', 'refunds']));
  });

  it('ignores the wording every handoff shares', () => {
    const result = descriptionOverlap(
      'Transfer to the agent when the customer asks about invoices.',
      'Transfer to the agent when the customer asks about passwords.',
    );
    expect(result.score).toBe(0);
    expect(result.sharedWords).toEqual([]);
  });

  it('is low for unrelated topics and zero for empty text', () => {
    expect(descriptionOverlap('When a parcel is late or lost.', 'When the app crashes or shows an error.').score).toBeLessThan(0.2);
    expect(descriptionOverlap('', 'anything')).toEqual({ score: 0, sharedWords: [] });
  });
});
