/**
 * Typed domain errors. Services throw them; server actions turn them into form state and route
 * handlers into status codes, each in one place. Nothing here knows about HTTP.
 */

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {}

export class NotFoundError extends DomainError {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found.`);
  }
}

/** The request is well-formed but clashes with what is stored (a name taken, a stale version…). */
export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly code: 'conflict' | 'stale_version' | 'session_ended' = 'conflict',
  ) {
    super(message);
  }
}

/** Input that passed the schema but breaks a rule only the stored data can check. */
export class ValidationError extends DomainError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors,
  ) {
    super(message);
  }
}

/** Nobody is signed in (no session, an expired one, or an unknown API key). */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super(message);
  }
}

/** Signed in, but the role may not do this. Never used for another workspace's ids: those are NotFound. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(message);
  }
}

/** Too many attempts in a short time (sign-in); try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
