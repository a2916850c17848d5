'use client';

import { PARAMETER_TYPES } from '@/lib/function-types/custom-function-limits';
import { Button } from '@/components/ui/button';
import { listOf, ROW_CONTROL, useFormRows } from './form-rows';
import { RowListField } from './row-list-field';

type ParameterType = (typeof PARAMETER_TYPES)[number];

interface ParameterRow {
  key: number;
  name: string;
  type: ParameterType;
  description: string;
  required: boolean;
  /** Enum values, comma-separated as typed. */
  values: string;
}

/**
 * The Parameters of a Custom Function: one row each (name, type, description, required, enum values).
 * The rows travel as one JSON list in `config.parameters` (the shared schema reads it so); its errors
 * come back as `config.parameters.<n>.<field>`, shown on that row.
 */
export function ParameterBuilder({ initial, errors }: { initial: unknown; errors: Record<string, string[]> }) {
  const { rows, update, remove, add } = useFormRows<ParameterRow>(() => listOf(initial).map((item, index) => toRow(item, index)));
  return (
    <RowListField
      legend="Parameters"
      name="config.parameters"
      value={rows.map(toParameter)}
      hint="What the LLM fills in when it calls the function (During-Session), sent as the call’s arguments. The built-in simulated model fills numbers, enum values and quoted or obvious words it finds in the customer’s message; it cannot infer a value that is not written there, so it leaves such a parameter out."
      rows={rows}
      errors={errors}
      emptyText="No parameters."
      addLabel="Add parameter"
      onAdd={() => add((key) => toRow({}, key))}
      rowClassName="rounded-md border border-slate-200 p-3"
      renderRow={(row, { n, errors: at, errorId }) => (
        <>
          <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_9rem]">
            <input
              aria-label={`Parameter ${n} name`}
              value={row.name}
              onChange={(event) => update(row.key, { name: event.target.value })}
              placeholder="order_id"
              autoComplete="off"
              aria-invalid={at.name ? true : undefined}
              aria-describedby={errorId}
              className={ROW_CONTROL}
            />
            <select
              aria-label={`Parameter ${n} type`}
              value={row.type}
              onChange={(event) => update(row.key, { type: event.target.value as ParameterType })}
              aria-invalid={at.type ? true : undefined}
              aria-describedby={errorId}
              className={ROW_CONTROL}
            >
              {PARAMETER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </div>
          <input
            aria-label={`Parameter ${n} description`}
            value={row.description}
            onChange={(event) => update(row.key, { description: event.target.value })}
            placeholder="The order number the customer gives"
            aria-invalid={at.description ? true : undefined}
            aria-describedby={errorId}
            className={ROW_CONTROL}
          />
          {row.type === 'enum' && (
            <input
              aria-label={`Parameter ${n} values`}
              value={row.values}
              onChange={(event) => update(row.key, { values: event.target.value })}
              placeholder="Values, comma-separated: small, medium, large"
              aria-invalid={at.values ? true : undefined}
              aria-describedby={errorId}
              className={ROW_CONTROL}
            />
          )}
          <div className="flex items-center justify-between gap-2">
            <label className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                value="true"
                checked={row.required}
                onChange={(event) => update(row.key, { required: event.target.checked })}
                aria-label={`Parameter ${n} required`}
                className="size-4 rounded border-slate-300"
              />
              Required
            </label>
            <Button variant="ghost-danger" size="xs" aria-label={`Remove parameter ${n}`} onClick={() => remove(row.key)}>
              Remove
            </Button>
          </div>
        </>
      )}
    />
  );
}

function toRow(item: Record<string, unknown>, key: number): ParameterRow {
  const type = PARAMETER_TYPES.find((known) => known === item.type) ?? 'string';
  const values = Array.isArray(item.values) ? item.values.map(String).join(', ') : String(item.values ?? '');
  return {
    key,
    name: String(item.name ?? ''),
    type,
    description: String(item.description ?? ''),
    required: item.required === true || item.required === 'true',
    values,
  };
}

/** A row as the schema reads it: enum values split on commas, and only an enum carries them. */
function toParameter(row: ParameterRow) {
  const { name, type, description, required } = row;
  if (type !== 'enum') return { name, type, description, required };
  return { name, type, description, required, values: row.values.split(',').map((value) => value.trim()).filter((value) => value !== '') };
}
