import { describe, expect, it } from 'vitest';
import { runAsBackgroundWork } from '@/lib/conversation/background-work';
import { createEncoderLanes } from '../meaning/encoder-lanes';

describe('the encoder’s turns', () => {
  it('runs one job at a time, a request’s before the queued background work', async () => {
    const inTurn = createEncoderLanes();
    const order: string[] = [];
    let running = 0;
    const job = (name: string) => async () => {
      running += 1;
      expect(running).toBe(1);
      order.push(name);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return name;
    };
    const warm = runAsBackgroundWork(async () => Promise.all([inTurn(job('warm 1')), inTurn(job('warm 2')), inTurn(job('warm 3'))]));
    await new Promise((resolve) => setTimeout(resolve, 2));
    const request = inTurn(job('request'));
    expect(await request).toBe('request');
    expect(await warm).toEqual(['warm 1', 'warm 2', 'warm 3']);
    // The request waited for at most the background job already running.
    expect(order.indexOf('request')).toBeLessThanOrEqual(1);
    expect(order.filter((name) => name.startsWith('warm'))).toEqual(['warm 1', 'warm 2', 'warm 3']);
  });

  it('passes a failure to its caller and goes on with the next job', async () => {
    const inTurn = createEncoderLanes();
    const failing = inTurn(async () => Promise.reject(new Error('graph failed')));
    const next = inTurn(async () => 'next');
    await expect(failing).rejects.toThrow('graph failed');
    expect(await next).toBe('next');
  });
});
