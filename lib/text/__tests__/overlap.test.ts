import { describe, expect, it } from 'vitest';
import { descriptionOverlap } from '../overlap';

const BILLING = 'Transfer to billing when the customer asks about invoices, unexpected charges or refunds.';

describe('descriptionOverlap', () => {
  it('is high for near-duplicate descriptions and names the shared words as written', () => {
    const overlap = descriptionOverlap(BILLING, 'Hand off to payments for questions about charges, invoices and refunds.');
    expect(overlap.score).toBeGreaterThan(0.6);
    expect(overlap.sharedWords).toEqual(['invoices', 'charges', 'refunds']);
  });

  it('is 1 for the same description reworded only in word forms', () => {
    const overlap = descriptionOverlap(BILLING, 'Transfer to billing when customers ask about an invoice, an unexpected charge or a refund.');
    expect(overlap.score).toBe(1);
  });

  it('is low for unrelated descriptions, even though both use the handoff template', () => {
    const overlap = descriptionOverlap(BILLING, 'Transfer to technical support when the customer asks about a slow internet connection.');
    expect(overlap.score).toBeLessThan(0.1);
    expect(overlap.sharedWords).toEqual([]);
  });

  it('is 0 when either description has no topic words', () => {
    expect(descriptionOverlap('', BILLING)).toEqual({ score: 0, sharedWords: [] });
  });

  it('is symmetric in score', () => {
    const other = 'Transfer to disputes for unrecognised charges and refunds from merchants.';
    expect(descriptionOverlap(BILLING, other).score).toBe(descriptionOverlap(other, BILLING).score);
  });
});
