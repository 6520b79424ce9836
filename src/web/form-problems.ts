// Turns a refused form post into messages next to its fields; anything else is not the form's to show.
import { isAppError, type FieldProblem } from '../shared/errors.ts';

export function formProblems(error: unknown): FieldProblem[] {
  if (!isAppError(error)) throw error;
  if (error.id === 'validation_failed') return error.fields;
  if (error.id === 'email_taken') return [{ field: 'email', message: 'account.email_taken' }];
  throw error;
}

/** Only a path on this site may follow a login, so a link cannot send people elsewhere. */
export function localPath(next: unknown, fallback: string): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
    return fallback;
  const url = new URL(next, 'http://local.invalid');
  return url.origin === 'http://local.invalid' ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

/**
 * The schema is checked before the service's rules, so a form with a malformed e-mail would hide a
 * wrong KBO check digit until the next try. This adds the rules' problems for the fields the schema
 * let through, and orders everything as the form shows its fields.
 */
export function allProblems(
  problems: FieldProblem[],
  ruleProblems: FieldProblem[],
  fieldOrder: string[],
): FieldProblem[] {
  const named = new Set(problems.map((p) => p.field));
  const all = [...problems, ...ruleProblems.filter((p) => !named.has(p.field))];
  const position = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);
  return all.sort((a, b) => position(a.field) - position(b.field));
}
