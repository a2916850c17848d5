import { Link } from '@/components/ui/link';
import { UrlTargetItem } from '@/components/ui/url-target-item';
import type { HistoryEntryView } from '@/lib/review/history-entry';
import { DescriptionDiff } from './description-diff';
import { RestoreButton } from './restore-button';
import { TimeAgo } from './time-ago';

const ACTION_LABELS: Record<HistoryEntryView['action'], string> = {
  create: 'Created',
  update: 'Updated',
  enable: 'Enabled',
  disable: 'Disabled',
  delete: 'Deleted',
  restore: 'Restored',
};

interface HistoryListProps {
  entries: HistoryEntryView[];
  now: number;
  /** On a function's own history: offer Restore on entries that differ from the saved version. */
  restore?: { functionId: string; currentVersion: number | null };
  /** On the workspace history: each entry links to its subject. */
  linkSubjects?: boolean;
}

/** History entries, newest first: who did what when, and what changed, word by word. */
export function HistoryList({ entries, now, restore, linkSubjects = false }: HistoryListProps) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing has changed yet.</p>;
  return (
    <ol aria-label="History" className="space-y-3">
      {entries.map((entry) => (
        <UrlTargetItem
          key={entry.id}
          id={entry.id}
          label={`${entry.actionLabel ?? ACTION_LABELS[entry.action]}: ${entry.subject}`}
          className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="flex flex-wrap items-baseline gap-2">
              <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-700">{entry.actionLabel ?? ACTION_LABELS[entry.action]}</span>
              {linkSubjects && entry.href ? (
                <Link href={entry.href} className="font-medium text-indigo-700 wrap-anywhere hover:underline">
                  {entry.subject}
                </Link>
              ) : (
                <span className="font-medium wrap-anywhere">{entry.subject}</span>
              )}
              {entry.version !== null && <span className="text-xs text-slate-500">version {entry.version}</span>}
            </p>
            <p className="text-xs text-slate-500">
              <TimeAgo iso={entry.at} now={now} /> by {entry.actor}
            </p>
          </div>
          <div className="mt-2 space-y-2">
            {entry.descriptionDiff ? (
              <DescriptionDiff segments={entry.descriptionDiff} />
            ) : (
              entry.description && entry.action !== 'enable' && entry.action !== 'disable' && <p className="text-slate-600">{entry.description}</p>
            )}
            {entry.effects && <p className="font-medium text-slate-700">{entry.effects}</p>}
            {entry.changes.length > 0 && (
              <ul aria-label="Other changes" className="space-y-0.5 text-slate-700">
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {change.field}: <span className="text-slate-500 line-through">{change.before}</span> <span aria-hidden>→</span>
                    <span className="sr-only"> changed to </span> {change.after}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {restore && entry.restorable && entry.version !== null && (
            <div className="mt-3">
              <RestoreButton functionId={restore.functionId} eventId={entry.id} version={entry.version} currentVersion={restore.currentVersion} />
            </div>
          )}
        </UrlTargetItem>
      ))}
    </ol>
  );
}
