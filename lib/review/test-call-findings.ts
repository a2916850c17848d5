import { timeAgo } from '@/lib/domain/time-ago';
import type { LastTestCall } from '@/lib/webhooks/test-call';
import { webhookFailureSummary } from '@/lib/webhooks/failure-summary';
import type { Finding } from './finding';
import { functionHref } from './hrefs';
import { functionLabel, type ReviewRow } from './rows';

/**
 * A function whose webhook failed its last Test call: only the last one counts (function_test_calls
 * keeps one row per function), so a later successful call clears it.
 */
export function testCallFindings(rows: readonly ReviewRow[], lastCalls: ReadonlyMap<string, LastTestCall>, now: number): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    const call = lastCalls.get(row.id);
    if (!call || call.ok) continue;
    const label = functionLabel(row);
    const name = row.toolName ?? label;
    const what = `${webhookFailureSummary(call)}, ${timeAgo(call.calledAt, now)}`;
    findings.push({
      id: `webhook_test_failed:${row.id}`,
      kind: 'webhook_test_failed',
      severity: 'warning',
      title: `Webhook failed its last test call: ${label}`,
      reason: `${name}'s webhook failed its last test call (${what}).${call.error ? ` ${call.error}` : ''} Conversations calling it get the same answer; fix the receiver or the URL, then run Test call again.`,
      fix: { href: functionHref(row), label: `Edit ${label}` },
      agentIds: [row.agentId],
      functionIds: [row.id],
    });
  }
  return findings;
}
