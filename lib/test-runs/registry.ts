/** A run this process is executing: how to cancel it and how far it got. */
export interface ActiveRun {
  controller: AbortController;
  done: number;
  total: number;
  /** Resolves once the run's row is ended, whatever the outcome. */
  settled: Promise<void>;
}

// On globalThis, as db/transaction.ts does: Next bundles this module into several server chunks (the
// route that starts a run, the one that cancels it) and all must see the same runs.
const shared = globalThis as unknown as { switchboardTestRuns?: Map<string, ActiveRun> };
shared.switchboardTestRuns ??= new Map();
const active = shared.switchboardTestRuns;

const settle = new WeakMap<ActiveRun, () => void>();

export function registerRun(runId: string, total: number): ActiveRun {
  let resolve = () => {};
  const settled = new Promise<void>((done) => (resolve = done));
  const run: ActiveRun = { controller: new AbortController(), done: 0, total, settled };
  settle.set(run, resolve);
  active.set(runId, run);
  return run;
}

export function activeRun(runId: string): ActiveRun | undefined {
  return active.get(runId);
}

/** Forgets a run whose row is ended, and wakes whoever waits on it. */
export function unregisterRun(runId: string): void {
  const run = active.get(runId);
  active.delete(runId);
  if (run) settle.get(run)?.();
}
