import type { z } from 'zod';
import type { FieldErrors } from '@/lib/domain/errors';

/**
 * Field errors keyed by the dotted path of the field (`name`, `config.description`), the same key
 * the form's inputs use as their `name`, so forms and the API report errors identically.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    // An unknown field is reported on that field, so a typo ("descripton") points at itself.
    if (issue.code === 'unrecognized_keys') {
      for (const unknown of issue.keys) add(result, [...issue.path, unknown], 'Unknown field.');
    } else {
      add(result, issue.path, issue.message);
    }
  }
  return result;
}

function add(result: FieldErrors, path: readonly PropertyKey[], message: string): void {
  const key = path.length > 0 ? path.map(String).join('.') : '_form';
  (result[key] ??= []).push(message);
}
