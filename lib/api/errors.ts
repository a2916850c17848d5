import { NextResponse } from 'next/server';
import type { z } from 'zod';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
  type FieldErrors,
} from '@/lib/domain/errors';
import { fieldErrorsOf } from '@/lib/validation/field-errors';

/** An error that already knows its HTTP status (malformed JSON, a body too large). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The one JSON error shape of API v1: `{"error":{"message","code"?,"fieldErrors"?}}`. */
export function errorResponse(
  status: number,
  message: string,
  extra: { code?: string; fieldErrors?: FieldErrors } = {},
  headers?: Record<string, string>,
) {
  return NextResponse.json({ error: { message, ...extra } }, { status, headers });
}

/** Maps every error a route can meet to its status code, in one place; the unexpected is logged. */
export function toErrorResponse(error: unknown): NextResponse {
  if (error instanceof HttpError) return errorResponse(error.status, error.message);
  if (error instanceof ValidationError) {
    return errorResponse(422, error.message, { code: 'invalid', fieldErrors: error.fieldErrors });
  }
  if (error instanceof NotFoundError) return errorResponse(404, error.message, { code: 'not_found' });
  if (error instanceof UnauthenticatedError) {
    return errorResponse(401, error.message, { code: 'unauthenticated' }, { 'WWW-Authenticate': 'Bearer' });
  }
  if (error instanceof ForbiddenError) return errorResponse(403, error.message, { code: 'forbidden' });
  if (error instanceof RateLimitedError) {
    return errorResponse(429, error.message, { code: 'rate_limited' }, { 'Retry-After': String(error.retryAfterSeconds) });
  }
  if (error instanceof ConflictError) {
    const fieldErrors = Object.keys(error.fieldErrors).length > 0 ? error.fieldErrors : undefined;
    return errorResponse(409, error.message, { code: error.code, fieldErrors });
  }
  console.error('[api] unexpected error', error);
  return errorResponse(500, 'Something went wrong on our side. The change was not saved.');
}

/** Parses with the shared schema; a failure becomes a 422 with field-level messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ValidationError('The request has invalid fields.', fieldErrorsOf(parsed.error));
  }
  return parsed.data;
}
