import { z } from 'zod';

/** Forms send '' for an untouched optional field; the API may omit it. Both mean "not given". */
export const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * A boolean from JSON (`true`) or from a form. Forms send a hidden "false" before the checkbox, so
 * an unticked box still says false instead of disappearing.
 */
export const formBoolean = z.union([z.boolean(), z.enum(['true', 'false', 'on']).transform((value) => value !== 'false')], {
  // Said of the field, not zod's "Invalid input" for a union none of whose members matched.
  error: 'Must be true or false.',
});
