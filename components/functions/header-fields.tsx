'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { fieldErrorsAt, listOf, ROW_CONTROL, useFormRows } from './form-rows';

interface HeaderRow {
  key: number;
  name: string;
  value: string;
  /** A value is stored for this header: it never comes back, and an empty field keeps it. */
  saved: boolean;
}

/**
 * The webhook's Headers, name and value, sent as one JSON list in `config.headers`. Values are secrets:
 * a stored one (the view's `hasValue`) shows as "•••• saved" with the field empty, which means "keep it".
 */
export function HeaderFields({ initial, errors }: { initial: unknown; errors: Record<string, string[]> }) {
  const ids = useId();
  const { rows, update, remove, add } = useFormRows<HeaderRow>(() =>
    listOf(initial).map((item, index) => ({ key: index, name: String(item.name ?? ''), value: '', saved: item.hasValue === true })),
  );
  const listErrors = errors['config.headers'] ?? [];

  return (
    <fieldset className="space-y-2" aria-describedby={`${ids}-hint ${ids}-error`}>
      <legend className="text-sm font-medium text-slate-800">Headers</legend>
      <input type="hidden" name="config.headers" value={JSON.stringify(rows.map(({ name, value }) => ({ name, value })))} />
      <p id={`${ids}-hint`} className="text-xs text-slate-500">
        Sent with every call, e.g. an Authorization key. Values are secret: never shown again after saving and never exported. Leave a saved value
        empty to keep it.
      </p>
      {rows.length > 0 && (
        <ol className="space-y-2">
          {rows.map((row, index) => {
            const n = index + 1;
            const at = fieldErrorsAt(errors, `config.headers.${index}`);
            const errorId = `${ids}-${row.key}-error`;
            return (
              <li key={row.key} className="space-y-1">
                <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-center gap-2">
                  <input
                    aria-label={`Header ${n} name`}
                    value={row.name}
                    onChange={(event) => update(row.key, { name: event.target.value })}
                    placeholder="Authorization"
                    autoComplete="off"
                    aria-invalid={at.name ? true : undefined}
                    aria-describedby={errorId}
                    className={ROW_CONTROL}
                  />
                  <input
                    aria-label={`Header ${n} value`}
                    type="password"
                    value={row.value}
                    onChange={(event) => update(row.key, { value: event.target.value })}
                    autoComplete="off"
                    placeholder={row.saved ? '•••• saved' : 'Bearer …'}
                    aria-invalid={at.value ? true : undefined}
                    aria-describedby={errorId}
                    className={ROW_CONTROL}
                  />
                  <Button
                    variant="ghost-danger"
                    size="xs"
                    aria-label={`Remove header ${n}`}
                    onClick={() => remove(row.key)}
                  >
                    Remove
                  </Button>
                </div>
                <p id={errorId} aria-live="polite" className="text-sm text-rose-700 empty:hidden">
                  {at.all.join(' ')}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <p id={`${ids}-error`} aria-live="polite" className="text-sm text-rose-700 empty:hidden">
        {listErrors.join(' ')}
      </p>
      <Button variant="secondary" onClick={() => add((key) => ({ key, name: '', value: '', saved: false }))}>
        <span aria-hidden>+</span> Add header
      </Button>
    </fieldset>
  );
}
