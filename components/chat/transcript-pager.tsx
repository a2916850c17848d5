import { Link } from '@/components/ui/link';
import type { EventsPage } from '@/lib/sessions/service';

const COUNT = new Intl.NumberFormat('en-US');

interface TranscriptPagerProps {
  page: EventsPage;
  /** Events on this page. */
  shown: number;
  /** The transcript's own address, without a page: its newest events. */
  href: string;
  /** True when this page asked for earlier events (`?before=`), so a way back to the newest is offered. */
  paged: boolean;
}

/** Where a page sits in a long transcript — exact counts — with links to earlier events and back to the newest. */
export function TranscriptPager({ page, shown, href, paged }: TranscriptPagerProps) {
  const from = page.earlier + 1;
  const to = page.earlier + shown;
  const whole = shown === page.total;
  return (
    <nav aria-label="Transcript pages" className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <p data-testid="transcript-count">
        {page.total === 0
          ? 'No events yet'
          : whole
            ? `Showing all ${COUNT.format(page.total)} events`
            : `Showing ${COUNT.format(shown)} of ${COUNT.format(page.total)} events (${COUNT.format(from)}–${COUNT.format(to)})`}
      </p>
      <p className="flex gap-4">
        {page.earlierBefore !== null && (
          <Link href={`${href}?before=${page.earlierBefore}`} className="font-medium text-indigo-700 hover:underline">
            Show earlier messages
          </Link>
        )}
        {paged && (
          <Link href={href} className="font-medium text-indigo-700 hover:underline">
            Show newest messages
          </Link>
        )}
      </p>
    </nav>
  );
}
