'use client';

import { Button } from '@/components/ui/button';
import { listOf, ROW_CONTROL, useFormRows } from './form-rows';
import { RowListField } from './row-list-field';

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
  const { rows, update, remove, add } = useFormRows<HeaderRow>(() =>
    listOf(initial).map((item, index) => ({ key: index, name: String(item.name ?? ''), value: '', saved: item.hasValue === true })),
  );
  return (
    <RowListField
      legend="Headers"
      name="config.headers"
      value={rows.map(({ name, value }) => ({ name, value }))}
      hint="Sent with every call, e.g. an Authorization key. Values are secret: never shown again after saving and never exported. Leave a saved value empty to keep it."
      rows={rows}
      errors={errors}
      addLabel="Add header"
      onAdd={() => add((key) => ({ key, name: '', value: '', saved: false }))}
      renderRow={(row, { n, errors: at, errorId }) => (
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
          <Button variant="ghost-danger" size="xs" aria-label={`Remove header ${n}`} onClick={() => remove(row.key)}>
            Remove
          </Button>
        </div>
      )}
    />
  );
}
