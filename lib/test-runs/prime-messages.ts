import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { RunnableCase } from './read-cases';

/** Messages an engine is asked to prepare at once: the built-in encoder is fastest at about this batch. */
export const MESSAGES_PER_BATCH = 16;

/**
 * Lets the engine prepare the cases' messages a batch at a time, just ahead of the cases that send
 * them: `ready(index)` resolves once case `index`'s batch is prepared, and starts the next batch's,
 * so the encoder embeds a batch while the cases of the one before are decided. A failure is ignored:
 * each decision then embeds its own message.
 */
export function messagePrimer(cases: readonly RunnableCase[], engine: LlmEngine): (index: number) => Promise<void> {
  const prepare = engine.prepareMessages?.bind(engine);
  if (!prepare) return async () => {};
  const batchOf: number[] = [];
  const batches: string[][] = [];
  for (const testCase of cases) {
    const current = batches.at(-1);
    if (!current || current.length + testCase.messages.length > MESSAGES_PER_BATCH) batches.push([...testCase.messages]);
    else current.push(...testCase.messages);
    batchOf.push(batches.length - 1);
  }
  const started = new Map<number, Promise<void>>();
  const start = (batch: number) => {
    let promise = started.get(batch);
    if (!promise) {
      promise = batch < batches.length ? prepare(batches[batch] as string[]).catch(() => undefined) : Promise.resolve();
      started.set(batch, promise);
    }
    return promise;
  };
  return async (index) => {
    const batch = batchOf[index] ?? 0;
    const ready = start(batch);
    void start(batch + 1);
    await ready;
  };
}
