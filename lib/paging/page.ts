import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

// A stale or mistyped link still opens: a bad page number reads as the first page, a bad size as the default.
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).catch(1).default(1),
  size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(DEFAULT_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
export type PageQuery = z.output<typeof PageQuerySchema>;

/** One page of a list, with the exact total so the page can say "51–100 of 3,000". */
export interface Page<T> {
  items: T[];
  total: number;
  /** 1-based, clamped to the last page. */
  page: number;
  size: number;
  pageCount: number;
  /** 0-based index of the first item. */
  offset: number;
}

/** Where a page starts once the total is known: a page past the end shows the last one. */
export function pageBounds(total: number, query: PageQuery): Omit<Page<never>, 'items'> {
  const pageCount = Math.max(1, Math.ceil(total / query.size));
  const page = Math.min(query.page, pageCount);
  return { total, page, size: query.size, pageCount, offset: (page - 1) * query.size };
}

/** A page of a list already in memory (sorted and filtered by the caller). */
export function pageOf<T>(items: readonly T[], query: PageQuery): Page<T> {
  const bounds = pageBounds(items.length, query);
  return { ...bounds, items: items.slice(bounds.offset, bounds.offset + bounds.size) };
}
