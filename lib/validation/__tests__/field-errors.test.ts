import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AgentCreateSchema } from '@/lib/agents/schema';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { fieldErrorsOf } from '../field-errors';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

describe('fieldErrorsOf', () => {
  it.each(PROTOTYPE_NAMES)('reports a field named %s as unknown, on that field, in a plain object', (key) => {
    const parsed = AgentCreateSchema.safeParse(JSON.parse(`{"name":"Billing","description":"Invoices",${JSON.stringify(key)}:1}`));
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!);
    expect(Object.hasOwn(errors, key)).toBe(true);
    expect(errors[key]).toEqual(['Unknown field.']);
    // A plain object, so a server action can hand it to the client as form state.
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
  });

  it('reports a prototype-named key inside a function config (the schema runs fieldErrorsOf itself)', () => {
    const parsed = FunctionCreateSchema.safeParse(
      JSON.parse('{"phase":"during_session","type":"agent_handoff","config":{"constructor":1,"toString":"x"}}'),
    );
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!);
    expect(errors['config.constructor']).toEqual(['Unknown field.']);
    expect(errors['config.toString']).toEqual(['Unknown field.']);
  });

  it('gathers every message for one field and keys form-level ones _form', () => {
    const schema = z
      .strictObject({ name: z.string().min(3, 'Too short.').regex(/^[a-z]+$/, 'Letters only.') })
      .refine(() => false, 'Never valid.');
    const errors = fieldErrorsOf(schema.safeParse({ name: '1' }).error!);
    expect(errors).toEqual({ name: ['Too short.', 'Letters only.'], _form: ['Never valid.'] });
    expect(fieldErrorsOf(schema.safeParse({ name: 'abcd' }).error!)).toEqual({ _form: ['Never valid.'] });
  });
});
