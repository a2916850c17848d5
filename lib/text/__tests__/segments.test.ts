import { describe, expect, it } from 'vitest';
import { descriptionSegments } from '../segments';

describe('descriptionSegments', () => {
  it('splits a description into its clauses and list items', () => {
    expect(descriptionSegments('Hand off to claims if the policyholder reports an accident, theft, fire or water damage.')).toEqual([
      'Hand off to claims',
      'the policyholder reports an accident',
      'theft',
      'fire',
      'water damage',
    ]);
  });

  it('keeps parentheses with their item and reads "e.g." and "&" sensibly', () => {
    expect(descriptionSegments('Student visas, English tests (IELTS, TOEFL) & foreign qualifications')).toEqual([
      'Student visas',
      'English tests (IELTS TOEFL)',
      'foreign qualifications',
    ]);
    expect(descriptionSegments('Parts orders, e.g. roof racks, floor mats')).toEqual(['Parts orders', 'roof racks', 'floor mats']);
  });

  it('drops parts without content words and repeats, and caps the count', () => {
    expect(descriptionSegments('Refunds, or when, refunds; and')).toEqual(['Refunds']);
    expect(descriptionSegments('a1, a2, a3, a4, a5', 3)).toEqual(['a1', 'a2', 'a3']);
    expect(descriptionSegments('')).toEqual([]);
  });
});
