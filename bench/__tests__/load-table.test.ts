import { describe, expect, it } from 'vitest';
import { formatShares } from '../load-table';

describe('formatShares', () => {
  it('gives one round as it is', () => {
    expect(formatShares([0.744])).toBe('74 %');
  });

  it('gives several as their median with the lowest and highest, whatever their order', () => {
    expect(formatShares([0.83, 0.69, 0.74])).toBe('74 % (69-83)');
  });

  it('takes the middle two of an even number of rounds', () => {
    expect(formatShares([0.7, 0.8, 0.9, 0.6])).toBe('75 % (60-90)');
  });
});
