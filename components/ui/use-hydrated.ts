import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true from then on. A control whose choice lives
 * in React state is disabled until then: a choice made before hydration (the chat pane's code arrives
 * after the page's) would be shown by the browser and then silently ignored.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
