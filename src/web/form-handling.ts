// Form posts: validation problems re-render the form with the person's input and the errors tied
// to their fields (400); anything else goes to the error handler.
import type { FastifyReply } from 'fastify';
import { isAppError, errors, type FieldProblem } from '../shared/errors.ts';
import type { FormValues } from './forms.tsx';

export async function submitForm(
  reply: FastifyReply,
  values: FormValues,
  action: () => Promise<string>,
  rerender: (values: FormValues, problems: FieldProblem[]) => FastifyReply,
): Promise<FastifyReply> {
  try {
    const location = await action();
    return reply.redirect(location, 303);
  } catch (error) {
    if (isAppError(error) && error.id === 'validation_failed') return rerender(values, error.fields);
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Page addresses with a malformed id are simply not found. */
export function pageId(value: string): string {
  if (!UUID.test(value)) throw errors.notFound();
  return value;
}

/** Destructive actions posted from a page need the explicit confirmation box ticked. */
export function requireConfirmation(body: Record<string, unknown>, destructive: boolean): void {
  if (destructive && body.confirm !== 'yes') throw errors.validation([{ field: 'confirm', message: 'field.required' }]);
}
