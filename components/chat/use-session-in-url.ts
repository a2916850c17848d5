'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';

/**
 * Test Chat keeps its conversation in the address, `?session=<id>`, so a reload, Back and Forward come back
 * to it; without one, `?agent=` keeps the chosen start agent. The entry is replaced, never pushed: Back then
 * leaves Test Chat instead of stepping through the conversation's messages. Replaced through the router, so
 * the page the router keeps for Back is the one rendered for the session. Off (a no-op) where the pane is not
 * the page's subject, as beside an agent's functions.
 */
export function useSessionInUrl(enabled: boolean): (sessionId: string | null, startAgentId: string) => void {
  const router = useRouter();
  return useCallback(
    (sessionId, startAgentId) => {
      if (!enabled) return;
      const url = new URL(window.location.href);
      if (sessionId) {
        url.searchParams.set('session', sessionId);
        // The session decides its start agent.
        url.searchParams.delete('agent');
      } else {
        url.searchParams.delete('session');
        url.searchParams.set('agent', startAgentId);
      }
      if (url.href === window.location.href) return;
      // The conversation stays where the admin is reading it.
      router.replace(`${url.pathname}${url.search}`, { scroll: false });
    },
    [enabled, router],
  );
}
