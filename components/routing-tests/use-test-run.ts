'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { cancelTestRunAction, startTestRunAction, testRunStatusAction } from '@/app/routing-tests/runs/actions';
import type { TestRunView } from '@/lib/test-runs/view';

type Outcome<T> = { ok: true; value: T } | { ok: false; state: { message?: string } };

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(outcome.state.message ?? 'Something went wrong.');
  return outcome.value;
}

/** How often a running run's progress is read. */
const POLL_MS = 500;

export const testRunKey = (runId: string | null) => ['test-run', runId] as const;

/**
 * Starts, follows and cancels a run: the run's status is polled while it runs, and once it ends the
 * page is refreshed so its lists (latest run, run list) show it.
 */
export function useTestRun(agentId: string | null, initialRunId: string | null = null) {
  const router = useRouter();
  const [runId, setRunId] = useState<string | null>(initialRunId);
  const status = useQuery({
    queryKey: testRunKey(runId),
    queryFn: async () => unwrap(await testRunStatusAction(runId as string)),
    enabled: runId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
    staleTime: 0,
  });
  const start = useMutation({
    mutationFn: async () => unwrap(await startTestRunAction(agentId)),
    onSuccess: (id) => setRunId(id),
  });
  const cancel = useMutation({
    mutationFn: async () => unwrap(await cancelTestRunAction(runId as string)),
  });
  const run: TestRunView | undefined = cancel.data?.id === runId && cancel.data ? cancel.data : status.data;
  const ended = run !== undefined && run.status !== 'running';
  useEffect(() => {
    if (ended) router.refresh();
  }, [ended, router]);
  return {
    run,
    running: start.isPending || (runId !== null && !ended),
    error: start.error?.message ?? cancel.error?.message ?? status.error?.message ?? null,
    start: () => {
      cancel.reset();
      start.mutate();
    },
    cancel: () => cancel.mutate(),
    cancelling: cancel.isPending,
  };
}
