import { describe, expect, it } from 'vitest';
import { diffWords } from '../word-diff';

const render = (before: string, after: string) =>
  diffWords(before, after)
    .map((s) => (s.kind === 'same' ? s.text : s.kind === 'added' ? `[+${s.text}+]` : `[-${s.text}-]`))
    .join('');

describe('diffWords', () => {
  it('marks replaced words as one phrase, removed before added', () => {
    expect(render('Hand off when the customer asks about invoices.', 'Hand off when a caller asks about invoices.')).toBe(
      'Hand off when [-the customer-][+a caller+] asks about invoices.',
    );
  });

  it('shows pure additions and removals', () => {
    expect(render('about invoices', 'about invoices or payments')).toBe('about invoices[+ or payments+]');
    expect(render('about invoices or payments', 'about payments')).toBe('about [-invoices or -]payments');
  });

  it('rebuilds both texts exactly from its segments', () => {
    const before = 'Transfer  when the\ncustomer reports an error, or cannot log in.';
    const after = 'Transfer when the customer reports an error message or says the app is down.';
    const segments = diffWords(before, after);
    expect(segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(before);
    expect(segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(after);
  });

  it('handles empty sides and identical texts', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(diffWords('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
    expect(diffWords('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }]);
  });
});
