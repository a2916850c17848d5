import { isBackgroundWork, yieldToEventLoop } from '@/lib/conversation/background-work';

interface Job {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Runs jobs one at a time, a request's before background work's: a job started inside
 * `runAsBackgroundWork` (the warm-up) waits while any other is queued, and before each one the event
 * loop gets a turn, so requests that arrived meanwhile queue theirs first. A request then waits for at
 * most the one background job already running (one tool's passages, tens of milliseconds).
 */
export function createEncoderLanes(): <T>(run: () => Promise<T>) => Promise<T> {
  const foreground: Job[] = [];
  const backgroundJobs: Job[] = [];
  let running = false;

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    try {
      for (;;) {
        if (foreground.length === 0 && backgroundJobs.length > 0) await yieldToEventLoop();
        const job = foreground.shift() ?? backgroundJobs.shift();
        if (!job) break;
        await job.run().then(job.resolve, job.reject);
      }
    } finally {
      running = false;
    }
  }

  return <T>(run: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const job: Job = { run, resolve: resolve as (value: unknown) => void, reject };
      (isBackgroundWork() ? backgroundJobs : foreground).push(job);
      void pump();
    });
}
