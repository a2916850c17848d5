import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { formDataToObject } from '@/lib/validation/form-data';
import { RoutingTestFormSchema, RoutingTestSchema, RoutingTestUpdateFormSchema, RoutingTestUpdateSchema } from '../schema';

function errorsOf(input: unknown) {
  const result = RoutingTestSchema.safeParse(input);
  expect(result.success).toBe(false);
  return fieldErrorsOf(result.error!);
}

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return formDataToObject(data);
};

describe('RoutingTestSchema (API and action)', () => {
  it('trims, drops a blank or null name, and keeps messages in order', () => {
    expect(RoutingTestSchema.parse({ name: '  Refund  ', messages: [' hi ', 'I was charged twice'], expect: { handoffTo: 'agt_b' } })).toEqual({
      name: 'Refund',
      messages: ['hi', 'I was charged twice'],
      expect: { handoffTo: 'agt_b' },
    });
    expect(RoutingTestSchema.parse({ name: '   ', messages: ['x'], expect: { handoffTo: null } }).name).toBeUndefined();
    expect(RoutingTestSchema.parse({ name: null, messages: ['x'], expect: { handoffTo: null } }).name).toBeUndefined();
  });

  it('names each bad field: empty message, too many, too long, missing outcome, unknown keys', () => {
    expect(errorsOf({ messages: ['ok', '  '], expect: { handoffTo: null } })).toEqual({ 'messages.1': ['Write the customer message.'] });
    expect(errorsOf({ messages: [], expect: { handoffTo: null } })).toEqual({ messages: ['Add at least one customer message.'] });
    expect(errorsOf({ messages: Array(21).fill('x'), expect: { handoffTo: null } })).toEqual({
      messages: ['A test has at most 20 customer messages.'],
    });
    expect(errorsOf({ messages: ['x'.repeat(2001)], expect: { handoffTo: null } })).toEqual({
      'messages.0': ['A message can be at most 2,000 characters.'],
    });
    expect(errorsOf({ messages: ['x'.repeat(2000), 'y'.repeat(2000), 'z'], expect: { handoffTo: null } })).toEqual({
      messages: ["A test's messages together can be at most 4,000 characters (these have 4,001)."],
    });
    expect(errorsOf({ name: 'n'.repeat(121), messages: ['x'], expect: { handoffTo: null } })).toEqual({
      name: ['Name must be at most 120 characters.'],
    });
    expect(errorsOf({ messages: ['x'], expect: {} })).toEqual({
      'expect.handoffTo': ['Choose the expected outcome: the agent it hands off to, or no handoff (null).'],
    });
    expect(errorsOf({ messages: ['x'] })).toEqual({ expect: ['expect must be an object such as { "handoffTo": null }.'] });
    expect(errorsOf({ messages: ['x'], expect: { handoffTo: null, via: 'x' }, agentId: 'a' })).toEqual({
      'expect.via': ['Unknown field.'],
      agentId: ['Unknown field.'],
    });
    expect(errorsOf({ messages: 'hello', expect: { handoffTo: null } })).toEqual({ messages: ['messages must be a list of customer messages.'] });
  });

  it('refuses text that is not valid Unicode (a lone surrogate), on the field', () => {
    expect(Object.keys(errorsOf({ messages: ['ok', 'bad \ud800'], expect: { handoffTo: null } }))).toEqual(['messages.1']);
    expect(Object.keys(errorsOf({ name: '\udfff', messages: ['ok'], expect: { handoffTo: null } }))).toEqual(['name']);
  });

  it('takes an optional version on update, and no other extra field', () => {
    expect(RoutingTestUpdateSchema.parse({ messages: ['x'], expect: { handoffTo: null }, version: 3 }).version).toBe(3);
    expect(RoutingTestUpdateSchema.parse({ messages: ['x'], expect: { handoffTo: null } }).version).toBeUndefined();
    expect(RoutingTestUpdateSchema.safeParse({ messages: ['x'], expect: { handoffTo: null }, version: 0 }).success).toBe(false);
    // The API reads JSON: numbered keys are a form's way, not the API's.
    expect(RoutingTestSchema.safeParse({ messages: { 0: 'x' }, expect: { handoffTo: null } }).success).toBe(false);
  });
});

describe('RoutingTestFormSchema (the dialog)', () => {
  it('reads numbered message fields in number order and "" as No handoff', () => {
    const sent = form([['name', ''], ['messages.1', 'second'], ['messages.0', 'first'], ['messages.10', 'eleventh'], ['expect.handoffTo', '']]);
    expect(RoutingTestFormSchema.parse(sent)).toEqual({ messages: ['first', 'second', 'eleventh'], expect: { handoffTo: null } });
    const update = form([['messages.0', 'hi'], ['expect.handoffTo', 'agt_b'], ['version', '2']]);
    expect(RoutingTestUpdateFormSchema.parse(update)).toEqual({ messages: ['hi'], expect: { handoffTo: 'agt_b' }, version: 2 });
  });

  it('keys errors like the inputs, so each shows under its own field', () => {
    const result = RoutingTestFormSchema.safeParse(form([['messages.0', 'fine'], ['messages.1', ' '], ['expect.handoffTo', '']]));
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ 'messages.1': ['Write the customer message.'] });
  });

  it('refuses message fields that are not numbered, and prototype-named fields', () => {
    expect(RoutingTestFormSchema.safeParse(form([['messages.first', 'x'], ['expect.handoffTo', '']])).success).toBe(false);
    const polluted = RoutingTestFormSchema.safeParse(form([['messages.0', 'x'], ['expect.handoffTo', ''], ['__proto__.x', 'y']]));
    expect(polluted.success).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
