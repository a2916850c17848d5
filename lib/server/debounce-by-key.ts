/**
 * A function that runs `run(key)` once `delayMs` after its last call for that key: a burst of calls for
 * one key (an import's saves, a bench's) runs it once, after the last; other keys wait on their own.
 * The timers do not keep the process alive. Pending timers are kept on globalThis under `name`, since
 * Next bundles the server into several chunks and a burst may come through more than one of them.
 */
export function debounceByKey(name: string, delayMs: number, run: (key: string) => void): (key: string) => void {
  const shared = globalThis as unknown as { switchboardDebounced?: Map<string, Map<string, NodeJS.Timeout>> };
  const all = (shared.switchboardDebounced ??= new Map());
  let pending = all.get(name);
  if (!pending) all.set(name, (pending = new Map()));
  const timers = pending;
  return (key) => {
    clearTimeout(timers.get(key));
    const timer = setTimeout(() => {
      timers.delete(key);
      run(key);
    }, delayMs);
    timer.unref();
    timers.set(key, timer);
  };
}
