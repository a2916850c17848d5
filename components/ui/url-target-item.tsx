'use client';

import type { ReactNode } from 'react';
import { cn } from './cn';
import { useUrlTarget } from './use-url-target';

/**
 * A list item the address can point at (`#id`): marked as the current one, with a ring, whether the
 * page was loaded with that hash or a link inside the app led here (which CSS `:target` misses).
 */
export function UrlTargetItem({ id, label, className, children }: { id: string; label: string; className?: string; children: ReactNode }) {
  const targeted = useUrlTarget(id);
  return (
    <li id={id} aria-label={label} aria-current={targeted ? 'true' : undefined} className={cn(className, targeted && 'ring-2 ring-indigo-400')}>
      {children}
    </li>
  );
}
