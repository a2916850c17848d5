import type { ReactNode } from 'react';
import { cn } from './cn';

export interface Column {
  label: string;
  align?: 'left' | 'right';
  /** Announced to screen readers but not shown (e.g. an actions column). */
  hidden?: boolean;
}

/** The app's list table: a labelled header row and a body of rows the page renders. */
export function DataTable({ columns, children }: { columns: Column[]; children: ReactNode }) {
  return (
    // Wide tables scroll in this box, not the page; `relative` keeps sr-only cells (absolute) inside it too.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
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
