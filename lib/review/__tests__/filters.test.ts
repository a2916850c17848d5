import { describe, expect, it } from 'vitest';
import { filterRows, parseReviewFilters, reviewHref, sortRows } from '../filters';
import type { ReviewRow } from '../rows';

const row = (over: Partial<ReviewRow>): ReviewRow => ({
  id: 'fn_1',
  agentId: 'agt_a',
  agentName: 'General Support',
  phase: 'during_session',
  phaseLabel: 'During-Session',
  type: 'agent_handoff',
  typeLabel: 'Agent Handoff',
  targetId: 'agt_b',
  targetName: 'Billing',
  description: 'Hand off when the customer asks about invoices.',
  toolName: 'transfer_to_billing',
  enabled: true,
  version: 1,
  updatedAt: '2026-01-01T10:00:00.000Z',
  ...over,
});

const rows = [
  row({}),
  row({ id: 'fn_2', targetId: 'agt_c', targetName: 'Technical Support', toolName: 'transfer_to_technical_support', description: 'When the app crashes.', enabled: false, updatedAt: '2026-01-03T10:00:00.000Z' }),
  row({ id: 'fn_3', agentId: 'agt_b', agentName: 'Billing', targetId: 'agt_a', targetName: 'General Support', toolName: 'back_to_front', updatedAt: '2026-01-02T10:00:00.000Z' }),
];

describe('review filters', () => {
  it('reads the URL, ignoring unknown or malformed values instead of failing', () => {
    expect(parseReviewFilters({ agent: 'agt_a', enabled: 'no', q: ' invoices ', sort: 'changed', dir: 'desc' })).toEqual({
      agent: 'agt_a',
      enabled: 'no',
      q: 'invoices',
      sort: 'changed',
      dir: 'desc',
      page: 1,
      size: 50,
    });
    expect(parseReviewFilters({ type: 'webhook', phase: 'later', enabled: 'maybe', sort: 'nonsense', dir: 'up', q: ['a', 'b'] })).toEqual({
      q: 'a',
      sort: 'agent',
      dir: 'asc',
      page: 1,
      size: 50,
    });
  });

  it('filters by agent, enabled and text across agent, target, description and tool name', () => {
    const ids = (filters: Record<string, string>) => filterRows(rows, parseReviewFilters(filters)).map((r) => r.id);
    expect(ids({ agent: 'agt_a' })).toEqual(['fn_1', 'fn_2']);
    expect(ids({ enabled: 'no' })).toEqual(['fn_2']);
    expect(ids({ q: 'TECHNICAL' })).toEqual(['fn_2']);
    expect(ids({ q: 'back_to' })).toEqual(['fn_3']);
    expect(ids({ phase: 'pre_session' })).toEqual([]);
    expect(ids({ type: 'agent_handoff', agent: 'agt_b' })).toEqual(['fn_3']);
  });

  it('sorts by a column either way, ties in a stable order', () => {
    expect(sortRows(rows, 'changed', 'desc').map((r) => r.id)).toEqual(['fn_2', 'fn_3', 'fn_1']);
    expect(sortRows(rows, 'agent', 'asc').map((r) => r.id)).toEqual(['fn_3', 'fn_1', 'fn_2']);
    expect(sortRows(rows, 'enabled', 'asc').map((r) => r.id)[0]).toBe('fn_2');
  });

  it('writes shareable links without defaults', () => {
    const filters = parseReviewFilters({ agent: 'agt_a', q: 'refund now' });
    expect(reviewHref(filters)).toBe('/review?agent=agt_a&q=refund+now');
    expect(reviewHref(filters, { sort: 'changed', dir: 'desc', agent: undefined })).toBe('/review?q=refund+now&sort=changed&dir=desc');
    expect(reviewHref(parseReviewFilters({}))).toBe('/review');
  });

  it('pages keep the view; a new filter or sort starts at the first page, keeping the page size', () => {
    const filters = parseReviewFilters({ agent: 'agt_a', page: '3', size: '20' });
    expect(reviewHref(filters, { page: 4 })).toBe('/review?agent=agt_a&page=4&size=20');
    expect(reviewHref(filters, { sort: 'changed' })).toBe('/review?agent=agt_a&sort=changed&size=20');
    expect(reviewHref(filters, { q: 'refund' })).toBe('/review?agent=agt_a&q=refund&size=20');
  });
});
