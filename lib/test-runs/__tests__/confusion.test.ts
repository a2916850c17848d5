import { describe, expect, it } from 'vitest';
import { confusionTable } from '../confusion';

const result = (expected: string | null, reached: string | null) => ({ expect: { handoffTo: expected }, reached });

describe('confusionTable', () => {
  it('counts expected against reached agent, with No handoff as its own row and column', () => {
    const table = confusionTable([
      result('billing', 'billing'),
      result('billing', 'sales'),
      result('billing', 'sales'),
      result('sales', 'sales'),
      result(null, 'billing'),
      result('sales', null),
      result(null, null),
    ]);
    expect(table.agents).toEqual(['billing', 'sales', null]);
    expect(table.counts).toEqual([
      [1, 2, 0],
      [0, 1, 1],
      [1, 0, 1],
    ]);
  });

  it('adds an agent only reached (never expected) as a column and an empty row', () => {
    const table = confusionTable([result('billing', 'tech')]);
    expect(table.agents).toEqual(['billing', 'tech']);
    expect(table.counts).toEqual([
      [0, 1],
      [0, 0],
    ]);
  });

  it('is empty for no results', () => {
    expect(confusionTable([])).toEqual({ agents: [], counts: [] });
  });
});
