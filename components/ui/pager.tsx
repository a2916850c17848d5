import type { Page } from '@/lib/paging/page';
import { ButtonLink, buttonClasses } from './button';

interface PagerProps {
  page: Omit<Page<unknown>, 'items'>;
  /** What the pages are of, for the landmark's name: "Functions" → "Functions pages". */
  label: string;
  /** The URL of another page, keeping the view's filters and sort. */
  hrefFor: (page: number) => string;
}

/** Previous / next links under a paged list, with where this page sits ("51–100 of 3,000"). */
export function Pager({ page, label, hrefFor }: PagerProps) {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = Math.min(page.offset + page.size, page.total);
  const format = (n: number) => n.toLocaleString('en-US');
  return (
    <nav aria-label={`${label} pages`} className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p aria-live="polite">
        {format(first)}–{format(last)} of {format(page.total)}
        {page.pageCount > 1 && <span className="text-slate-500"> · page {page.page} of {page.pageCount}</span>}
      </p>
      {page.pageCount > 1 && (
        <div className="flex gap-2">
          {page.page > 1 ? (
            <ButtonLink variant="secondary" href={hrefFor(page.page - 1)} scroll={false} rel="prev">
              Previous page
            </ButtonLink>
          ) : (
            <span aria-disabled="true" className={buttonClasses('secondary', 'cursor-not-allowed opacity-50')}>Previous page</span>
          )}
          {page.page < page.pageCount ? (
            <ButtonLink variant="secondary" href={hrefFor(page.page + 1)} scroll={false} rel="next">
              Next page
            </ButtonLink>
          ) : (
            <span aria-disabled="true" className={buttonClasses('secondary', 'cursor-not-allowed opacity-50')}>Next page</span>
          )}
        </div>
      )}
    </nav>
  );
}
