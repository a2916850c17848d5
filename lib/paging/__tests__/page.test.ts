import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, pageOf, PageQuerySchema } from '../page';

const items = Array.from({ length: 23 }, (_, i) => i);

describe('paging', () => {
  it('slices a page and says where it is', () => {
    expect(pageOf(items, { page: 2, size: 10 })).toEqual({ items: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19], total: 23, page: 2, size: 10, pageCount: 3, offset: 10 });
  });

  it('the last page holds the remainder, and a page past the end shows the last one', () => {
    expect(pageOf(items, { page: 3, size: 10 }).items).toEqual([20, 21, 22]);
    expect(pageOf(items, { page: 99, size: 10 })).toMatchObject({ page: 3, items: [20, 21, 22] });
  });

  it('an empty list is one empty page', () => {
    expect(pageOf([], { page: 4, size: 10 })).toEqual({ items: [], total: 0, page: 1, size: 10, pageCount: 1, offset: 0 });
  });

  it('exactly full pages have no empty page after them', () => {
    expect(pageOf(items.slice(0, 20), { page: 3, size: 10 })).toMatchObject({ page: 2, pageCount: 2, items: items.slice(10, 20) });
  });

  it('reads the URL forgivingly and never past the largest page', () => {
    expect(PageQuerySchema.parse({})).toEqual({ page: 1, size: 50 });
    expect(PageQuerySchema.parse({ page: '3', size: '20' })).toEqual({ page: 3, size: 20 });
    expect(PageQuerySchema.parse({ page: '-1', size: '100000' })).toEqual({ page: 1, size: 50 });
    expect(PageQuerySchema.parse({ page: 'x', size: String(MAX_PAGE_SIZE) })).toEqual({ page: 1, size: MAX_PAGE_SIZE });
  });
});
