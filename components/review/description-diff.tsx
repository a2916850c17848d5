import type { DiffSegment } from '@/lib/review/word-diff';

/** A word-level diff: removed words struck through, added ones highlighted, each announced as such. */
export function DescriptionDiff({ segments }: { segments: DiffSegment[] }) {
  return (
    <p aria-label="Description changes" className="rounded-md bg-slate-50 px-3 py-2 text-sm leading-relaxed text-slate-700">
      {segments.map((segment, index) =>
        segment.kind === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === 'removed' ? (
          <del key={index} className="rounded bg-rose-100 px-0.5 text-rose-800">
            <span className="sr-only">[removed: </span>
            {segment.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={index} className="rounded bg-emerald-100 px-0.5 text-emerald-900 no-underline">
            <span className="sr-only">[added: </span>
            {segment.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
