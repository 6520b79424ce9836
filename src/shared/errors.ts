// Errors that reach people come from these factories: a stable id, an HTTP status and a message key
// that is translated on the way out. Anything else is a 5xx whose details stay in the log.
import type { MessageKey } from '../i18n/messages.ts';

export interface FieldProblem {
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly id: string,
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly fields: FieldProblem[] = [],
  ) {
    super(id);
    this.name = 'AppError';
  }
}

export const errors = {
  validation: (fields: FieldProblem[]) => new AppError('validation_failed', 400, 'error.validation', fields),
  badRequest: (id: string, key: MessageKey) => new AppError(id, 400, key),
  unauthenticated: () => new AppError('unauthenticated', 401, 'error.unauthenticated'),
  /** Signed in with a password, the second factor still to come. */
  secondFactorRequired: () => new AppError('second_factor_required', 403, 'second_factor.required'),
  forbidden: () => new AppError('forbidden', 403, 'error.forbidden'),
  /** A specific refusal the person should understand, e.g. contact the other side does not accept. */
  refused: (id: string, key: MessageKey) => new AppError(id, 403, key),
  notFound: () => new AppError('not_found', 404, 'error.not_found'),
  conflict: (id: string, key: MessageKey) => new AppError(id, 409, key),
  invalidTransition: () => new AppError('invalid_transition', 409, 'error.invalid_transition'),
  tooManyRequests: () => new AppError('rate_limited', 429, 'error.rate_limited'),
  csrf: () => new AppError('csrf_failed', 403, 'error.csrf'),
  invalidCredentials: () => new AppError('invalid_credentials', 401, 'account.login_failed'),
  invalidToken: () => new AppError('invalid_token', 400, 'account.token_invalid'),
};

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
