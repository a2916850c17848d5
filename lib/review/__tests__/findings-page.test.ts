import { describe, expect, it } from 'vitest';
import { filterFindings, parseReviewFilters, reviewHref } from '../filters';
import type { Finding, FindingKind } from '../finding';
import { FINDINGS_PAGE_SIZE, pageFindings, summariseFindings } from '../findings-page';

const finding = (kind: FindingKind, n: number, over: Partial<Finding> = {}): Finding => ({
  id: `${kind}:${n}`,
  kind,
  severity: kind === 'no_way_back' || kind === 'disabled_function' ? 'info' : 'warning',
  title: `${kind} ${n}`,
  reason: 'Because.',
  fix: { href: '/agents', label: 'Fix' },
  agentIds: ['agt_a'],
  functionIds: [],
  ...over,
});
const many = (kind: FindingKind, count: number) => Array.from({ length: count }, (_, i) => finding(kind, i + 1));
const ids = (page: { items: Finding[] }) => page.items.map((item) => item.id);

describe('findings summarised by kind', () => {
  it('counts each kind, warnings first and then the most numerous, leaving out kinds with none', () => {
    const findings = [...many('no_way_back', 9), ...many('vague_description', 2), ...many('overlapping_handoffs', 5), ...many('disabled_function', 9)];
    expect(summariseFindings(findings)).toEqual([
      { kind: 'overlapping_handoffs', label: 'Overlapping handoffs', severity: 'warning', count: 5 },
      { kind: 'vague_description', label: 'Vague description', severity: 'warning', count: 2 },
      { kind: 'no_way_back', label: 'No way back', severity: 'info', count: 9 },
      { kind: 'disabled_function', label: 'Disabled function', severity: 'info', count: 9 },
    ]);
    expect(summariseFindings([])).toEqual([]);
  });
});

describe('a page of findings', () => {
  const findings = [...many('vague_description', 7), ...many('no_way_back', 3)];
  const view = (params: Record<string, string>) => parseReviewFilters(params);

  it('answers no findings with one empty page', () => {
    expect(pageFindings([], view({}))).toEqual({ items: [], total: 0, page: 1, size: FINDINGS_PAGE_SIZE, pageCount: 1, offset: 0 });
  });

  it('shows every kind by default, a page at a time, in the order given', () => {
    const page = pageFindings(findings, view({}));
    expect(page).toMatchObject({ total: 10, pageCount: 1 });
    expect(ids(page)).toEqual(findings.map((f) => f.id));
  });

  it('pages one kind: exactly one page, a short last page, and past the end the last page', () => {
    expect(pageFindings(findings, view({ finding: 'no_way_back', fsize: '3' }))).toMatchObject({ total: 3, pageCount: 1 });
    const second = pageFindings(findings, view({ finding: 'vague_description', fsize: '3', fpage: '2' }));
    expect(ids(second)).toEqual(['vague_description:4', 'vague_description:5', 'vague_description:6']);
    const last = pageFindings(findings, view({ finding: 'vague_description', fsize: '3', fpage: '3' }));
    expect(ids(last)).toEqual(['vague_description:7']);
    expect(last).toMatchObject({ total: 7, page: 3, pageCount: 3 });
    expect(pageFindings(findings, view({ finding: 'vague_description', fsize: '3', fpage: '12' }))).toEqual(last);
  });

  it('counts within the view’s agent, so the kinds and the page agree', () => {
    const mixed = [...many('vague_description', 4), finding('vague_description', 9, { agentIds: ['agt_b'] })];
    const filters = view({ agent: 'agt_b', finding: 'vague_description' });
    const inView = filterFindings(mixed, filters);
    expect(summariseFindings(inView)).toEqual([expect.objectContaining({ kind: 'vague_description', count: 1 })]);
    expect(ids(pageFindings(inView, filters))).toEqual(['vague_description:9']);
  });

  it('reads an unknown kind as every kind, and a bad page or size as the first page of the default size', () => {
    expect(view({ finding: 'nonsense', fpage: '-1', fsize: '1000' })).toMatchObject({ finding: undefined });
    expect(pageFindings(findings, view({ finding: 'nonsense', fpage: '-1', fsize: '1000' }))).toMatchObject({ total: 10, page: 1, size: FINDINGS_PAGE_SIZE });
  });
});

describe('links of the review keep both lists where they are', () => {
  const filters = parseReviewFilters({ agent: 'agt_a', page: '3', finding: 'no_way_back', fpage: '2', fsize: '5' });

  it('a findings page keeps the table’s page; a table page keeps the findings page', () => {
    expect(reviewHref(filters, { fpage: 3 })).toBe('/review?agent=agt_a&page=3&finding=no_way_back&fpage=3&fsize=5');
    expect(reviewHref(filters, { page: 4 })).toBe('/review?agent=agt_a&page=4&finding=no_way_back&fpage=2&fsize=5');
  });

  it('another kind starts at its first page; a filter or sort starts both lists again, keeping the kind', () => {
    expect(reviewHref(filters, { finding: 'vague_description' })).toBe('/review?agent=agt_a&page=3&finding=vague_description&fsize=5');
    expect(reviewHref(filters, { finding: undefined })).toBe('/review?agent=agt_a&page=3&fsize=5');
    expect(reviewHref(filters, { sort: 'changed' })).toBe('/review?agent=agt_a&sort=changed&finding=no_way_back&fsize=5');
    expect(reviewHref(filters, { agent: undefined })).toBe('/review?finding=no_way_back&fsize=5');
  });
});
