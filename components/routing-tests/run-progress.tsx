/** How far a run got: a progress bar screen readers announce as "12 of 40". */
export function RunProgress({ done, total, label }: { done: number; total: number; label: string }) {
  const share = total > 0 ? Math.min(100, (100 * done) / total) : 0;
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total}`}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-indigo-600 transition-[width]" style={{ width: `${share}%` }} />
      </div>
      <p className="text-xs text-slate-600" aria-hidden>
        {done} of {total}
      </p>
    </div>
  );
}
