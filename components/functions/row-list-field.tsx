'use client';

import { useId, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { fieldErrorsAt } from './form-rows';

/** What a row's inputs need: its number as people count (labels), its errors by field, and the id of its error line. */
export interface RowContext {
  n: number;
  errors: ReturnType<typeof fieldErrorsAt>;
  errorId: string;
}

interface RowListFieldProps<Row extends { key: number }> {
  legend: string;
  /** `config.<list>`: the hidden field the rows travel in as one JSON list, and the prefix of their errors. */
  name: string;
  /** What the hidden field holds: the rows as the shared schema reads them. */
  value: unknown[];
  hint: ReactNode;
  rows: Row[];
  errors: Record<string, string[]>;
  /** Shown instead of the list when it is empty. */
  emptyText?: string;
  addLabel: string;
  onAdd: () => void;
  rowClassName?: string;
  renderRow: (row: Row, context: RowContext) => ReactNode;
}

/**
 * A list field of a function's config (a Custom Function's Parameters, a webhook's Headers): a fieldset
 * whose rows are edited in place, sent as one JSON list in a hidden field, each row's errors
 * (`config.<list>.<n>.<field>`) under that row and the list's own under the list, and an Add button.
 */
export function RowListField<Row extends { key: number }>(props: RowListFieldProps<Row>) {
  const { legend, name, value, hint, rows, errors, emptyText, addLabel, onAdd, rowClassName, renderRow } = props;
  const ids = useId();
  return (
    <fieldset className="space-y-3" aria-describedby={`${ids}-hint ${ids}-error`}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <input type="hidden" name={name} value={JSON.stringify(value)} />
      <p id={`${ids}-hint`} className="text-xs text-slate-500">
        {hint}
      </p>
      {rows.length === 0 ? (
        emptyText && <p className="text-sm text-slate-500">{emptyText}</p>
      ) : (
        <ol className="space-y-3">
          {rows.map((row, index) => {
            const context = { n: index + 1, errors: fieldErrorsAt(errors, `${name}.${index}`), errorId: `${ids}-${row.key}-error` };
            return (
              <li key={row.key} className={cn('space-y-2', rowClassName)}>
                {renderRow(row, context)}
                <p id={context.errorId} aria-live="polite" className="text-sm text-rose-700 empty:hidden">
                  {context.errors.all.join(' ')}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <p id={`${ids}-error`} aria-live="polite" className="text-sm text-rose-700 empty:hidden">
        {(errors[name] ?? []).join(' ')}
      </p>
      <Button variant="secondary" onClick={onAdd}>
        <span aria-hidden>+</span> {addLabel}
      </Button>
    </fieldset>
  );
}
