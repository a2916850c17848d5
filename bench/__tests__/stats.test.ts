import { describe, expect, it } from 'vitest';
import { median } from '../stats';

describe('median', () => {
  it('is the middle number, or the mean of the middle two, in any order; nothing has none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
