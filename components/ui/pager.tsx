import { formatCount as format } from '@/lib/domain/workspace-limits';
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
  return (
    <nav aria-label={`${label} pages`} className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p aria-live="polite">
        {format(first)}–{format(last)} of {format(page.total)}
        {page.pageCount > 1 && <span className="text-slate-500"> · page {page.page} of {page.pageCount}</span>}
      </p>
      {page.pageCount > 1 && (
        <div className="flex gap-2">
          <PageLink href={page.page > 1 ? hrefFor(page.page - 1) : null} rel="prev" label="Previous page" />
          <PageLink href={page.page < page.pageCount ? hrefFor(page.page + 1) : null} rel="next" label="Next page" />
        </div>
      )}
    </nav>
  );
}

/** A link to a neighbouring page, or the same words marked disabled when there is none. */
function PageLink({ href, rel, label }: { href: string | null; rel: 'prev' | 'next'; label: string }) {
  if (href === null) return <span aria-disabled="true" className={buttonClasses('secondary', 'cursor-not-allowed opacity-50')}>{label}</span>;
  return (
    <ButtonLink variant="secondary" href={href} scroll={false} rel={rel}>
      {label}
    </ButtonLink>
  );
}
