import { z } from 'zod';
import type { AuditRecord } from '@/lib/functions/history';
import { routingTestsHref } from '@/lib/routing-tests/hrefs';
import type { FieldChange, HistoryEntryView } from './history-entry';

/** A routing test as its audit row recorded it, checked on read. */
const RoutingTestSnapshotSchema = z.object({
  agentId: z.string(),
  name: z.string().nullable(),
  messages: z.array(z.string()),
  expectHandoffTo: z.string().nullable(),
  version: z.number().int().positive(),
});
type RoutingTestSnapshot = z.infer<typeof RoutingTestSnapshotSchema>;

function read(state: Record<string, unknown> | null): RoutingTestSnapshot | null {
  const parsed = RoutingTestSnapshotSchema.safeParse(state);
  return parsed.success ? parsed.data : null;
}

/** The agent ids a routing test's audit row mentions, so their names (deleted ones too) can be read. */
export function routingTestAgentIds(record: AuditRecord): string[] {
  const snapshot = read(record.after ?? record.before);
  return snapshot ? [snapshot.agentId, ...(snapshot.expectHandoffTo ? [snapshot.expectHandoffTo] : [])] : [];
}

/** A routing test's audit row in words: "Routing test of General Support: “I was charged twice”", what changed. */
export function routingTestEntry(record: AuditRecord, names: Map<string, string>): HistoryEntryView {
  const snapshot = read(record.after ?? record.before);
  const before = read(record.before);
  const after = read(record.after);
  const nameOf = (id: string) => names.get(id) ?? 'an unknown agent';
  const outcome = (s: RoutingTestSnapshot) => (s.expectHandoffTo ? `Hands off to ${nameOf(s.expectHandoffTo)}` : 'No handoff');
  const messages = (s: RoutingTestSnapshot) => s.messages.map((m) => `“${m}”`).join(' then ');
  const changes: FieldChange[] = [];
  if (before && after) {
    if (before.name !== after.name) changes.push({ field: 'Name', before: before.name ?? '—', after: after.name ?? '—' });
    if (messages(before) !== messages(after)) changes.push({ field: 'Customer messages', before: messages(before), after: messages(after) });
    if (before.expectHandoffTo !== after.expectHandoffTo) changes.push({ field: 'Expected outcome', before: outcome(before), after: outcome(after) });
  }
  const title = snapshot ? (snapshot.name ?? `“${snapshot.messages[0] ?? ''}”`) : record.entityId;
  return {
    id: record.id,
    at: record.at.toISOString(),
    actor: record.actor,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    subject: snapshot ? `Routing test of ${nameOf(snapshot.agentId)}: ${title}` : `Routing test ${record.entityId}`,
    href: snapshot && record.action !== 'delete' ? routingTestsHref(snapshot.agentId) : null,
    description: snapshot && changes.length === 0 ? `${messages(snapshot)} → ${outcome(snapshot)}` : null,
    descriptionDiff: null,
    changes,
    effects: null,
    version: null,
    restorable: false,
  };
}
