import type { z } from 'zod';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
  type FieldErrors,
} from '@/lib/domain/errors';
import { echoableValues } from './echoed-values';
import { fieldErrorsOf } from './field-errors';
import { formDataToObject } from './form-data';

/** What a server action hands back to its form: field errors plus the values, so nothing typed is lost. */
export interface FormState {
  status: 'idle' | 'error' | 'success';
  message?: string;
  code?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, unknown>;
}

export const IDLE_FORM_STATE: FormState = { status: 'idle' };

export type FormOutcome<R> = { ok: true; result: R } | { ok: false; state: FormState };

/**
 * The whole body of a form action but its redirect: parse with the shared schema, run the service,
 * and turn any refusal into form state. Unexpected errors are logged and reported without detail.
 */
export async function runFormAction<S extends z.ZodType, R>(
  schema: S,
  formData: FormData,
  run: (input: z.output<S>) => Promise<R>,
): Promise<FormOutcome<R>> {
  const sent = formDataToObject(formData);
  const parsed = schema.safeParse(sent);
  const values = echoableValues(sent);
  if (!parsed.success) {
    return {
      ok: false,
      state: { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error), values },
    };
  }
  try {
    return { ok: true, result: await run(parsed.data) };
  } catch (error) {
    return { ok: false, state: errorToFormState(error, values) };
  }
}

export function errorToFormState(error: unknown, values?: Record<string, unknown>): FormState {
  if (error instanceof ValidationError || error instanceof ConflictError) {
    const code = error instanceof ConflictError ? error.code : 'invalid';
    return { status: 'error', message: error.message, code, fieldErrors: error.fieldErrors, values };
  }
  // Any other domain refusal: say what it is, no field to point at.
  if (error instanceof DomainError) {
    return { status: 'error', message: error.message, code: refusalCode(error), values };
  }
  console.error('[action] unexpected error', error);
  return { status: 'error', message: 'Something went wrong on our side. Nothing was saved; please try again.', values };
}

function refusalCode(error: DomainError): string {
  if (error instanceof UnauthenticatedError) return 'unauthenticated';
  if (error instanceof ForbiddenError) return 'forbidden';
  if (error instanceof RateLimitedError) return 'rate_limited';
  if (error instanceof NotFoundError) return 'not_found';
  return 'refused';
}
