'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';

const TABS = [
  { href: '/review', label: 'Functions and findings' },
  { href: '/review/map', label: 'Handoff map' },
  { href: '/review/history', label: 'History' },
];

/** The review section's tabs; each is its own URL, so a view can be shared. */
export function ReviewTabs() {
  const pathname = usePathname();
  const current = (href: string) => (href === '/review' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Review" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-4">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={current(tab.href) ? 'page' : undefined}
              className={`inline-block border-b-2 px-1 pb-2 text-sm font-medium ${
                current(tab.href) ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900'
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
