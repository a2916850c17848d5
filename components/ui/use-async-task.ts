'use client';

import { useRef, useState } from 'react';

interface TaskState<T> {
  isPending: boolean;
  data: T | undefined;
  error: Error | null;
}

const IDLE = { isPending: false, data: undefined, error: null } as const;

/**
 * One async task a button starts (an upload, say): pending, its result or its error. Starting it again
 * or `reset` forgets the one before, whose late answer is then ignored. A few lines instead of
 * react-query's useMutation, for a page that needs nothing else of it.
 */
export function useAsyncTask<A, T>(task: (arg: A) => Promise<T>) {
  const [state, setState] = useState<TaskState<T>>(IDLE);
  const latest = useRef(0);
  // Called from event handlers, never during render.
  const run = (arg: A) => {
    const attempt = ++latest.current;
    setState({ isPending: true, data: undefined, error: null });
    task(arg).then(
      (data) => attempt === latest.current && setState({ isPending: false, data, error: null }),
      (error: unknown) => attempt === latest.current && setState({ isPending: false, data: undefined, error: error instanceof Error ? error : new Error(String(error)) }),
    );
  };
  const reset = () => {
    latest.current += 1;
    setState(IDLE);
  };
  return { ...state, run, reset };
}
