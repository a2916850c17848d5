import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounceByKey } from '../debounce-by-key';

describe('debounceByKey', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once per key, the delay after the last call of a burst', () => {
    const run = vi.fn();
    const quiet = debounceByKey('test-burst', 1000, run);
    quiet('w1');
    vi.advanceTimersByTime(600);
    quiet('w1');
    vi.advanceTimersByTime(600);
    quiet('w1');
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('w1');
  });

  it('keys wait on their own, and a key runs again after a later call', () => {
    const run = vi.fn();
    const quiet = debounceByKey('test-keys', 1000, run);
    quiet('w1');
    vi.advanceTimersByTime(500);
    quiet('w2');
    vi.advanceTimersByTime(500);
    expect(run.mock.calls).toEqual([['w1']]);
    vi.advanceTimersByTime(500);
    expect(run.mock.calls).toEqual([['w1'], ['w2']]);
    quiet('w1');
    vi.advanceTimersByTime(1000);
    expect(run.mock.calls).toEqual([['w1'], ['w2'], ['w1']]);
  });

  it('two debouncers of one name share their pending calls, as two chunks of the server would', () => {
    const first = vi.fn();
    const second = vi.fn();
    debounceByKey('test-shared', 1000, first)('w1');
    vi.advanceTimersByTime(500);
    debounceByKey('test-shared', 1000, second)('w1');
    vi.advanceTimersByTime(1000);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
