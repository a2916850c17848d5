import type { AuditAction, AuditEntity } from '@/lib/domain/constants';
import type { DiffSegment } from './word-diff';

/** One field that changed, in words: "Enabled: yes → no". */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A history entry as the history pages show it: plain data, safe to hand to client components. */
export interface HistoryEntryView {
  id: string;
  at: string;
  actor: string;
  action: AuditAction;
  /** What to call the action where the audit's word would mislead ("Revoked" for a key's delete). */
  actionLabel?: string;
  entityType: AuditEntity;
  entityId: string;
  subject: string;
  /** Where this entity's own history (functions) or page (agents) is. */
  href: string | null;
  /** The description after the change (before it, for a delete). */
  description: string | null;
  /** Word-level, when the description changed. */
  descriptionDiff: DiffSegment[] | null;
  changes: FieldChange[];
  /** What else the change did, in words: "2 functions removed, 5 test transcripts kept". */
  effects: string | null;
  /** The function version this entry holds, which Restore would bring back. */
  version: number | null;
  /** True when restoring this entry would change the function (it differs from what is saved now). */
  restorable: boolean;
}
