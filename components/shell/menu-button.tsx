import type { Ref } from 'react';

/** The phone's "Menu" button: a disclosure for the panel it controls. */
export function MenuButton({ open, controls, onClick, ref }: { open: boolean; controls: string; onClick: () => void; ref: Ref<HTMLButtonElement> }) {
  return (
    <button
      ref={ref}
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onClick}
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
    >
      <svg aria-hidden viewBox="0 0 20 20" className="size-4 fill-none stroke-current" strokeWidth={1.75} strokeLinecap="round">
        {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5.5h14M3 10h14M3 14.5h14" />}
      </svg>
      Menu
    </button>
  );
}
