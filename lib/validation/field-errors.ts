import type { z } from 'zod';
import type { FieldErrors } from '@/lib/domain/errors';

/**
 * Field errors keyed by the dotted path of the field (`name`, `config.description`), the same key
 * the form's inputs use as their `name`, so forms and the API report errors identically.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
    (result[key] ??= []).push(issue.message);
  }
  return result;
}
