import type { ReactNode } from 'react';

/** A form-level message; role="alert" so it is announced, tagged so tests can tell it from Next's announcer. */
export function FormAlert({ tone = 'error', children }: { tone?: 'error' | 'success' | 'warning'; children: ReactNode }) {
  const tones = {
    error: 'border-rose-200 bg-rose-50 text-rose-800',
    success: 'border-emerald-200 bg-emerald-50 text-emerald-800',
    warning: 'border-amber-200 bg-amber-50 text-amber-900',
  };
  return (
    <div role="alert" data-form-alert className={`rounded-md border px-3 py-2 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}
