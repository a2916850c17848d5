import { afterEach, describe, expect, it } from 'vitest';
import { AgentCreateSchema } from '@/lib/agents/schema';
import { formDataToObject } from '../form-data';
import { runFormAction } from '../form-state';

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
};

const POLLUTING_FIELDS: [string, string][] = [
  ['__proto__.polluted', 'yes'],
  ['__proto__', 'yes'],
  ['constructor.prototype.polluted', 'yes'],
  ['__proto__.__proto__.polluted', 'yes'],
  ['toString', 'yes'],
  ['hasOwnProperty.polluted', 'yes'],
];

describe('formDataToObject', () => {
  afterEach(() => {
    // Clean up should a test fail by polluting, so the others still tell the truth.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('nests dotted names and skips the $ACTION fields', () => {
    expect(formDataToObject(form([['name', 'Billing'], ['config.description', 'Invoices'], ['config.context.mode', 'full'], ['$ACTION_ID_1', 'x']]))).toEqual({
      name: 'Billing',
      config: { description: 'Invoices', context: { mode: 'full' } },
    });
  });

  it.each(POLLUTING_FIELDS)('leaves Object.prototype clean for a field named %s', (key, value) => {
    const result = formDataToObject(form([[key, value]]));
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The field lands as an own property of a plain object, where the strict schemas can refuse it.
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual([key.split('.')[0]]);
  });

  it('hands a prototype-named field to the schema, which refuses it on that field', async () => {
    for (const [key] of POLLUTING_FIELDS) {
      const outcome = await runFormAction(AgentCreateSchema, form([['name', 'Billing'], ['description', 'Invoices'], [key, 'x']]), async () => 'saved');
      expect(outcome.ok, key).toBe(false);
      if (!outcome.ok) expect(outcome.state.fieldErrors?.[key.split('.')[0] as string], key).toEqual(['Unknown field.']);
    }
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('gives well-formed text for a lone surrogate in a name or a value (FormData holds USVStrings)', () => {
    const result = formDataToObject(form([['name', 'Bill\uD800ing'], ['desc\uDC00', 'x']]));
    expect(result).toEqual({ name: 'Bill\uFFFDing', 'desc\uFFFD': 'x' });
  });
});
