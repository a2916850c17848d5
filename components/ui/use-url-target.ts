'use client';

import { useEffect, useState } from 'react';

/**
 * Whether the address points at the element with this id (`#fn-…`). CSS `:target` would say so only on a
 * page loaded with that hash: a link followed inside the app (a review finding's "Edit …") changes the
 * address without the browser moving its target, and the row it meant looked like every other.
 */
export function useUrlTarget(id: string): boolean {
  const [targeted, setTargeted] = useState(false);
  useEffect(() => {
    const check = () => setTargeted(window.location.hash === `#${id}`);
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, [id]);
  return targeted;
}
