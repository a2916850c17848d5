import type { z } from 'zod';
import type { FieldErrors } from '@/lib/domain/errors';

/**
 * Field errors keyed by the dotted path of the field (`name`, `config.description`), the same key
 * the form's inputs use as their `name`, so forms and the API report errors identically.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  // A Map, not an object: a field named `constructor` or `__proto__` must not meet Object.prototype.
  const result = new Map<string, string[]>();
  for (const issue of error.issues) {
    // An unknown field is reported on that field, so a typo ("descripton") points at itself.
    if (issue.code === 'unrecognized_keys') {
      for (const unknown of issue.keys) add(result, [...issue.path, unknown], 'Unknown field.');
    } else {
      add(result, issue.path, issue.message);
    }
  }
  // fromEntries defines own properties, so even `__proto__` becomes a plain key of a plain object.
  return Object.fromEntries(result);
}

function add(result: Map<string, string[]>, path: readonly PropertyKey[], message: string): void {
  const key = path.length > 0 ? path.map(String).join('.') : '_form';
  const messages = result.get(key);
  if (messages) messages.push(message);
  else result.set(key, [message]);
}
