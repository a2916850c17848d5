import { z } from 'zod';
import { FUNCTION_TYPES, PHASES } from '@/lib/domain/constants';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageQuerySchema } from '@/lib/paging/page';
import { FINDING_KINDS, type Finding } from './finding';
import { FINDINGS_PAGE_SIZE } from './findings-page';
import type { ReviewRow } from './rows';

export const SORT_KEYS = ['agent', 'phase', 'type', 'target', 'description', 'tool', 'enabled', 'changed'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

// A shared link with a stale or mistyped parameter still opens, showing everything that parameter hid.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The review table's view, as it lives in the URL (`/review?agent=…&enabled=no&sort=changed`). */
export const ReviewFiltersSchema = z.object({
  agent: optional(z.string().trim().min(1).max(100)),
  type: optional(z.enum(FUNCTION_TYPES)),
  phase: optional(z.enum(PHASES)),
  enabled: optional(z.enum(['yes', 'no'])),
  q: optional(z.string().trim().min(1).max(200)),
  sort: z.enum(SORT_KEYS).catch('agent').default('agent'),
  dir: z.enum(['asc', 'desc']).catch('asc').default('asc'),
  // The findings list: one kind (every kind without it), paged on its own (see findings-page.ts).
  finding: optional(z.enum(FINDING_KINDS)),
  fpage: optional(z.coerce.number().int().min(1)),
  fsize: optional(z.coerce.number().int().min(1).max(MAX_PAGE_SIZE)),
}).extend(PageQuerySchema.shape);
export type ReviewFilters = z.output<typeof ReviewFiltersSchema>;

/** Reads the page's search params (a repeated parameter counts once: its first value). */
export function parseReviewFilters(params: Record<string, string | string[] | undefined>): ReviewFilters {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return ReviewFiltersSchema.parse(first);
}

/**
 * The URL of a view, omitting defaults so links stay short. A change of filter or sort starts both lists
 * (functions and findings) again at their first page, keeping the page sizes and the findings' kind; a
 * page of one list keeps the other's, and another kind of finding keeps the functions' page.
 */
export function reviewHref(filters: ReviewFilters, change: Partial<ReviewFilters> = {}): string {
  const keys = Object.keys(change);
  const findingsOnly = keys.length > 0 && keys.every((key) => key === 'finding' || key === 'fpage' || key === 'fsize');
  const pageOnly = keys.length > 0 && keys.every((key) => key === 'page');
  const next = { ...filters, page: findingsOnly ? filters.page : 1, fpage: pageOnly ? filters.fpage : undefined, ...change };
  const params = new URLSearchParams();
  for (const key of ['agent', 'type', 'phase', 'enabled', 'q'] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  if (next.sort !== 'agent') params.set('sort', next.sort);
  if (next.dir !== 'asc') params.set('dir', next.dir);
  if (next.page > 1) params.set('page', String(next.page));
  if (next.size !== DEFAULT_PAGE_SIZE) params.set('size', String(next.size));
  if (next.finding) params.set('finding', next.finding);
  if (next.fpage && next.fpage > 1) params.set('fpage', String(next.fpage));
  if (next.fsize && next.fsize !== FINDINGS_PAGE_SIZE) params.set('fsize', String(next.fsize));
  const query = params.toString();
  return query ? `/review?${query}` : '/review';
}

/** Whether free text matches a row: agent, target, description or tool name, ignoring case. */
export function matchesText(row: ReviewRow, q: string): boolean {
  const needle = q.toLowerCase();
  return [row.agentName, row.targetName ?? '', row.description, row.toolName ?? ''].some((field) => field.toLowerCase().includes(needle));
}

export function filterRows(rows: ReviewRow[], filters: ReviewFilters): ReviewRow[] {
  return rows.filter(
    (row) =>
      (!filters.agent || row.agentId === filters.agent) &&
      (!filters.type || row.type === filters.type) &&
      (!filters.phase || row.phase === filters.phase) &&
      (!filters.enabled || row.enabled === (filters.enabled === 'yes')) &&
      (!filters.q || matchesText(row, filters.q)),
  );
}

const SORT_VALUE: Record<SortKey, (row: ReviewRow) => string | number> = {
  agent: (row) => row.agentName.toLowerCase(),
  phase: (row) => PHASES.indexOf(row.phase),
  type: (row) => row.typeLabel.toLowerCase(),
  target: (row) => (row.targetName ?? '').toLowerCase(),
  description: (row) => row.description.toLowerCase(),
  tool: (row) => (row.toolName ?? '').toLowerCase(),
  enabled: (row) => (row.enabled ? 1 : 0),
  changed: (row) => row.updatedAt,
};

/** A stable sort by one column; ties keep agent, then target order, so the table never shuffles. */
export function sortRows(rows: ReviewRow[], sort: SortKey, dir: 'asc' | 'desc'): ReviewRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const value = SORT_VALUE[sort];
  const tieBreak = (row: ReviewRow) => `${row.agentName.toLowerCase()}\u0000${(row.targetName ?? '').toLowerCase()}\u0000${row.id}`;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return tieBreak(a) < tieBreak(b) ? -1 : 1;
  });
}

/** The findings of the view: its agent and search apply; the other filters are about functions only. */
export function filterFindings(findings: Finding[], filters: ReviewFilters): Finding[] {
  const needle = filters.q?.toLowerCase();
  return findings.filter(
    (finding) =>
      (!filters.agent || finding.agentIds.includes(filters.agent)) &&
      (!needle || finding.title.toLowerCase().includes(needle) || finding.reason.toLowerCase().includes(needle)),
  );
}
