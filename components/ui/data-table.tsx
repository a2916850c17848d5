import type { ReactNode } from 'react';
import { cn } from './cn';

export interface Column {
  label: string;
  align?: 'left' | 'right';
  /** Announced to screen readers but not shown (e.g. an actions column). */
  hidden?: boolean;
}

/**
 * A last column of actions (its label hidden: Remove, Revoke, Transcript) stays pinned to the right edge
 * while a table too wide for a phone scrolls under it, so what a row is for is never off-screen.
 */
const PINNED_ACTIONS =
  '[&_tr>*:last-child]:sticky [&_tr>*:last-child]:right-0 [&_tbody_tr>*:last-child]:bg-white [&_thead_tr>*:last-child]:bg-slate-50 [&_tr>*:last-child]:shadow-[-8px_0_8px_-8px_rgb(15_23_42/0.15)]';

/** The app's list table: a labelled header row and a body of rows the page renders. */
export function DataTable({ columns, children }: { columns: Column[]; children: ReactNode }) {
  const actionsLast = columns.at(-1)?.hidden === true;
  return (
    // Wide tables scroll in this box, not the page; `relative` keeps sr-only cells (absolute) inside it too.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={cn('w-full text-left text-sm', actionsLast && PINNED_ACTIONS)}>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={cn('px-4 py-3', column.align === 'right' && 'text-right')}>
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

/** What a list says when it has nothing to show yet. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{children}</div>;
}
