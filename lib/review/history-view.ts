import { describeAgentDeleteEffects } from '@/lib/agents/delete-effects';
import { getFunctionType } from '@/lib/function-types/registry';
import { snapshotOf, type AuditRecord } from '@/lib/functions/history';
import type { AgenticFunction } from '@/lib/functions/service';
import type { FieldChange, HistoryEntryView } from './history-entry';
import { agentHref, functionHistoryHref } from './hrefs';
import { routingTestEntry } from './history-routing-test';
import { stableStringify } from './stable-json';
import { diffWords, type DiffSegment } from './word-diff';

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  instructions: 'Instructions',
  greeting: 'Greeting',
  toolName: 'Tool name',
  transferMessage: 'Transfer message',
  greetOnArrival: 'Target greets on arrival',
  context: 'Context passed',
  enabled: 'Enabled',
  phase: 'Phase',
  target: 'Target Agent',
};

/**
 * Turns audit records into readable entries. `names` resolves agent ids (deleted ones included);
 * `current` holds the functions as saved now, so entries equal to the present offer no Restore.
 */
export function toHistoryEntries(records: AuditRecord[], names: Map<string, string>, current: Map<string, AgenticFunction | null>): HistoryEntryView[] {
  const entries = records.map((record) => {
    if (record.entityType === 'function') return functionEntry(record, names, current);
    if (record.entityType === 'routing_test') return routingTestEntry(record, names);
    if (record.entityType === 'agent') return agentEntry(record);
    return accessEntry(record);
  });
  return withOneRestorePerVersion(entries);
}

/**
 * A version is offered for restore once, on its newest entry: a deleted function's last version is
 * both what its delete removed and what the save before it wrote, and two "Restore version 4"
 * buttons that do the same would read as two different versions.
 */
function withOneRestorePerVersion(entries: HistoryEntryView[]): HistoryEntryView[] {
  const offered = new Set<string>();
  return entries.map((entry) => {
    if (!entry.restorable || entry.version === null) return entry;
    const key = `${entry.entityId}@${entry.version}`;
    if (offered.has(key)) return { ...entry, restorable: false };
    offered.add(key);
    return entry;
  });
}

function functionEntry(record: AuditRecord, names: Map<string, string>, current: Map<string, AgenticFunction | null>): HistoryEntryView {
  const snapshot = snapshotOf(record);
  const before = record.before ? snapshotOf({ before: record.before, after: null }) : null;
  const after = record.after ? snapshotOf({ before: null, after: record.after }) : null;
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? 'an unknown agent') : null);
  const describe = (s: typeof snapshot) => (s ? getFunctionType(s.type).describe(s.config) : null);
  let subject = 'A function';
  if (snapshot) {
    const target = nameOf(snapshot.targetAgentId);
    const head = target ? `${nameOf(snapshot.agentId)} → ${target}` : `${nameOf(snapshot.agentId)}: ${getFunctionType(snapshot.type).label}`;
    subject = snapshot.toolName ? `${head} (${snapshot.toolName})` : head;
  }
  const changes: FieldChange[] = [];
  let descriptionDiff: DiffSegment[] | null = null;
  if (before && after) {
    const oldText = describe(before) ?? '';
    const newText = describe(after) ?? '';
    if (oldText !== newText) descriptionDiff = diffWords(oldText, newText);
    if (before.targetAgentId !== after.targetAgentId) {
      changes.push({ field: FIELD_LABELS.target as string, before: nameOf(before.targetAgentId) ?? '—', after: nameOf(after.targetAgentId) ?? '—' });
    }
    if (before.enabled !== after.enabled) changes.push({ field: 'Enabled', before: yesNo(before.enabled), after: yesNo(after.enabled) });
    if (before.phase !== after.phase) changes.push({ field: 'Phase', before: before.phase, after: after.phase });
    const keys = new Set([...Object.keys(before.config), ...Object.keys(after.config)]);
    for (const key of keys) {
      if (key === 'description' || key === 'targetAgentId') continue;
      const was = before.config[key];
      const now = after.config[key];
      if (stableStringify(was) !== stableStringify(now)) changes.push({ field: FIELD_LABELS[key] ?? key, before: show(was), after: show(now) });
    }
  }
  const saved = current.get(record.entityId);
  const restorable =
    snapshot !== null &&
    (saved === null || saved === undefined || stableStringify({ c: saved.config, e: saved.enabled }) !== stableStringify({ c: snapshot.config, e: snapshot.enabled }));
  return {
    ...base(record),
    subject,
    href: functionHistoryHref(record.entityId),
    description: describe(snapshot),
    descriptionDiff,
    changes,
    effects: null,
    version: snapshot?.version ?? null,
    restorable,
  };
}

function agentEntry(record: AuditRecord): HistoryEntryView {
  const state = record.after ?? record.before ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const changes: FieldChange[] = [];
  let descriptionDiff: DiffSegment[] | null = null;
  if (record.before && record.after) {
    if (text(record.before.description) !== text(record.after.description)) {
      descriptionDiff = diffWords(text(record.before.description), text(record.after.description));
    }
    for (const key of ['name', 'instructions', 'greeting']) {
      const was = text(record.before[key]);
      const now = text(record.after[key]);
      if (was !== now) changes.push({ field: FIELD_LABELS[key] as string, before: was || '—', after: now || '—' });
    }
  }
  return {
    ...base(record),
    subject: `Agent ${text(state.name) || record.entityId}`,
    href: record.action === 'delete' ? null : agentHref(record.entityId),
    description: text(state.description) || null,
    descriptionDiff,
    changes,
    effects: record.action === 'delete' ? describeAgentDeleteEffects(record.effects) : null,
    version: null,
    restorable: false,
  };
}

const ACCESS_SUBJECTS = {
  member: (state: Record<string, unknown>) => `Member ${String(state.email ?? '')}`,
  invitation: () => 'Invitation link',
  api_key: (state: Record<string, unknown>) => `API key “${String(state.name ?? '')}”`,
  webhook_secret: () => 'Webhook signing secret',
} as const;

/**
 * Who may get in: a member joined, changed role or left; an invitation link or an API key made or
 * revoked; the webhook signing secret rotated (the entry says when, never the secret).
 */
function accessEntry(record: AuditRecord): HistoryEntryView {
  const state = record.after ?? record.before ?? {};
  const subject = ACCESS_SUBJECTS[record.entityType as keyof typeof ACCESS_SUBJECTS]?.(state) ?? record.entityType;
  if (record.entityType === 'webhook_secret') {
    return { ...base(record), subject, href: null, description: null, descriptionDiff: null, changes: [], effects: null, version: null, restorable: false };
  }
  const role = (value: Record<string, unknown> | null) => (typeof value?.role === 'string' ? value.role : '—');
  // A role that changed is a change; one given at the start (a key made, a member joined) is just said.
  const changes: FieldChange[] =
    record.before && record.after && role(record.before) !== role(record.after) ? [{ field: 'Role', before: role(record.before), after: role(record.after) }] : [];
  const description = !record.before && record.after ? `Role: ${role(record.after)}` : null;
  // A key or link is revoked, not deleted: it stays listed, marked revoked.
  const revoked = record.action === 'delete' && (record.entityType === 'api_key' || record.entityType === 'invitation');
  return {
    ...base(record),
    ...(revoked ? { actionLabel: 'Revoked' } : {}),
    subject,
    href: null,
    description,
    descriptionDiff: null,
    changes,
    effects: null,
    version: null,
    restorable: false,
  };
}

function base(record: AuditRecord) {
  return {
    id: record.id,
    at: record.at.toISOString(),
    actor: record.actor,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
  };
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'object') {
    const context = value as { mode?: unknown; lastN?: unknown };
    if (context.mode === 'full') return 'Full conversation';
    if (context.mode === 'last_n') return `Last ${String(context.lastN)} messages`;
    return stableStringify(value);
  }
  return String(value);
}
