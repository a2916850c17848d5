'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

interface NavItem {
  href: string;
  label: string;
  children?: NavItem[];
}

const NAV: NavItem[] = [
  { href: '/agents', label: 'Agents' },
  {
    href: '/integrations',
    label: 'Integrations',
    children: [{ href: '/integrations/agentic-functions', label: 'Agentic Functions' }],
  },
  { href: '/test-chat', label: 'Test Chat' },
  { href: '/routing-tests', label: 'Routing tests' },
  { href: '/review', label: 'Review' },
];

/** The app's sections; `onNavigate` runs when a link is chosen (the phone menu closes then). */
export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  const isActive = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label="Main" className="px-3">
      <ul className="space-y-1">
        {NAV.map((item) => (
          <li key={item.href}>
            <NavLink item={item} active={isActive(item.href) && !item.children?.some((c) => isActive(c.href))} onNavigate={onNavigate} />
            {item.children && (
              <ul className="mt-1 space-y-1 pl-4">
                {item.children.map((child) => (
                  <li key={child.href}>
                    <NavLink item={child} active={isActive(child.href)} onNavigate={onNavigate} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NavLink({ item, active, onNavigate }: { item: NavItem; active: boolean; onNavigate?: () => void }) {
  return (
    <Link
      href={item.href}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      className={cn(
        'block rounded-md px-3 py-2 text-sm font-medium',
        active ? 'bg-indigo-50 text-indigo-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
      )}
    >
      {item.label}
    </Link>
  );
}
