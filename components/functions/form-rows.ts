import { useState } from 'react';

/** The look of a row's inputs in the list fields (parameters, headers). */
export const ROW_CONTROL =
  'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-indigo-500 aria-[invalid=true]:border-rose-500';

/**
 * Rows of a list field (parameters, headers) as a form starts them: a saved config holds an array, the
 * values echoed after a refused save hold the JSON text the form sent in its hidden field.
 */
export function listOf(value: unknown): Record<string, unknown>[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? parsedList(value) : [];
  return items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}

function parsedList(text: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The errors of one row (`config.parameters.2.name` → `name`), and all of them in order, each named by its field. */
export function fieldErrorsAt(errors: Record<string, string[]>, prefix: string): Record<string, string[] | undefined> & { all: string[] } {
  const byField: Record<string, string[]> = {};
  const all: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    if (key === prefix) all.push(...messages);
    if (!key.startsWith(`${prefix}.`)) continue;
    const field = key.slice(prefix.length + 1);
    byField[field] = messages;
    all.push(...messages.map((message) => `${capitalise(field)}: ${message}`));
  }
  return { ...byField, all };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A key no row of the list has: rows keep their key (and their inputs) when another is removed. */
export function nextKey(rows: ReadonlyArray<{ key: number }>): number {
  return rows.reduce((max, row) => Math.max(max, row.key + 1), 0);
}

/** A list field's rows in state, each known by its key: change one, remove one, add one at the end. */
export function useFormRows<Row extends { key: number }>(initial: () => Row[]) {
  const [rows, setRows] = useState<Row[]>(initial);
  return {
    rows,
    update: (key: number, change: Partial<Row>) => setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row))),
    remove: (key: number) => setRows((all) => all.filter((row) => row.key !== key)),
    add: (make: (key: number) => Row) => setRows((all) => [...all, make(nextKey(all))]),
  };
}
