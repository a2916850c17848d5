import { describe, expect, it } from 'vitest';
import { timeAgo } from '@/lib/domain/time-ago';
import { webhookFailureSummary } from '../failure-summary';

describe('webhookFailureSummary', () => {
  it('names a status, or what kept an answer from coming, in a few words', () => {
    expect(webhookFailureSummary({ status: 500, error: 'The webhook answered 500: boom.' })).toBe('HTTP 500');
    expect(webhookFailureSummary({ status: 302, error: 'The webhook redirected (302); redirects are not followed.' })).toBe('HTTP 302');
    expect(webhookFailureSummary({ status: 200, error: 'The webhook answered, but its body is not valid JSON.' })).toBe('HTTP 200, not JSON');
    expect(webhookFailureSummary({ status: 200, error: 'The response was larger than 64 KB.' })).toBe('HTTP 200, answer too large');
    expect(webhookFailureSummary({ status: null, error: 'The webhook did not answer within 5000 ms.' })).toBe('timed out');
    expect(webhookFailureSummary({ status: null, error: 'The webhook refused the connection (nothing listens there).' })).toBe('connection refused');
    expect(webhookFailureSummary({ status: null, error: 'Refused: example.internal resolves to 10.0.0.1, a private, loopback or link-local address.' })).toBe('address refused');
    expect(webhookFailureSummary({ status: null, error: 'Could not resolve nowhere.invalid (ENOTFOUND).' })).toBe('host not found');
    expect(webhookFailureSummary({ status: null, error: 'The webhook URL is not a valid URL.' })).toBe('invalid URL');
    expect(webhookFailureSummary({ status: null, error: null })).toBe('no answer');
  });
});

describe('timeAgo', () => {
  const at = new Date('2026-01-01T12:00:00Z');
  it('says a short age against the given now', () => {
    expect(timeAgo(at, at.getTime() + 20_000)).toBe('just now');
    expect(timeAgo(at, at.getTime() + 3 * 60_000 + 59_000)).toBe('3 min ago');
    expect(timeAgo(at, at.getTime() + 2 * 3600_000)).toBe('2 h ago');
    expect(timeAgo(at, at.getTime() + 24 * 3600_000)).toBe('1 day ago');
    expect(timeAgo(at, at.getTime() + 5 * 24 * 3600_000)).toBe('5 days ago');
    // A clock a little behind never says "in 2 seconds".
    expect(timeAgo(at, at.getTime() - 2_000)).toBe('just now');
  });
});
