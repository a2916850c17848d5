import { AsyncLocalStorage } from 'node:async_hooks';

// Marks work nobody is waiting for (the LLM engine's warm-up at start and after a save), so shared
// resources (the sentence encoder's one-at-a-time queue) can let a request's work go first.
const background = new AsyncLocalStorage<true>();

/** Runs `fn` (and everything it starts) as background work. */
export function runAsBackgroundWork<T>(fn: () => Promise<T>): Promise<T> {
  return background.run(true, fn);
}

/** Whether the caller is running inside `runAsBackgroundWork`. */
export function isBackgroundWork(): boolean {
  return background.getStore() === true;
}

/** Lets I/O callbacks waiting behind the current task (incoming requests) run before it goes on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
