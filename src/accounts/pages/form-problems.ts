// Turns a refused form post into messages next to its fields; anything else is not the form's to show.
import { isAppError, type FieldProblem } from '../../shared/errors.ts';

export function formProblems(error: unknown): FieldProblem[] {
  if (!isAppError(error)) throw error;
  if (error.id === 'validation_failed') return error.fields;
  if (error.id === 'email_taken') return [{ field: 'email', message: 'account.email_taken' }];
  throw error;
}

/** Only a path on this site may follow a login, so a link cannot send people elsewhere. */
export function localPath(next: unknown, fallback: string): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  const url = new URL(next, 'http://local.invalid');
  return url.origin === 'http://local.invalid' ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
