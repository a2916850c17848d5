'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

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
  { href: '/review', label: 'Review' },
];

export function Sidebar() {
  const pathname = usePathname();
  const isActive = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return (
    <aside className="w-60 shrink-0 border-r border-slate-200 bg-white">
      <div className="flex items-center gap-2 px-5 py-5">
        <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-indigo-600 text-sm font-bold text-white">
          S
        </span>
        <span className="text-lg font-semibold tracking-tight">Switchboard</span>
      </div>
      <nav aria-label="Main" className="px-3">
        <ul className="space-y-1">
          {NAV.map((item) => (
            <li key={item.href}>
              <NavLink item={item} active={isActive(item.href) && !item.children?.some((c) => isActive(c.href))} />
              {item.children && (
                <ul className="mt-1 space-y-1 pl-4">
                  {item.children.map((child) => (
                    <li key={child.href}>
                      <NavLink item={child} active={isActive(child.href)} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}

function NavLink({ item, active }: { item: NavItem; active: boolean }) {
  return (
    <Link
      href={item.href}
      aria-current={active ? 'page' : undefined}
      className={`block rounded-md px-3 py-2 text-sm font-medium ${
        active ? 'bg-indigo-50 text-indigo-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
      }`}
    >
      {item.label}
    </Link>
  );
}
