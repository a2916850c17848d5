/**
 * What failed in a webhook call, in a few words for a sentence: "HTTP 500", "timed out", "connection
 * refused". The full error (send-webhook.ts's words) is said beside it; this only names the kind, so a
 * summary of a status is the status itself and anything else is read from those words.
 */
export function webhookFailureSummary(outcome: { status: number | null; error: string | null }): string {
  const { status, error } = outcome;
  const text = error ?? '';
  if (status !== null && (status < 200 || status >= 300)) return `HTTP ${status}`;
  if (status !== null) {
    if (/not valid JSON/.test(text)) return `HTTP ${status}, not JSON`;
    if (/larger than/.test(text)) return `HTTP ${status}, answer too large`;
    return `HTTP ${status}, invalid answer`;
  }
  if (/did not answer within/.test(text)) return 'timed out';
  if (/refused the connection/.test(text)) return 'connection refused';
  if (/closed the connection/.test(text)) return 'connection closed';
  if (/^Refused:/.test(text)) return 'address refused';
  if (/Could not resolve/.test(text)) return 'host not found';
  if (/not a valid URL|must start with http/.test(text)) return 'invalid URL';
  return 'no answer';
}
