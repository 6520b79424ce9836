// A notification's sentence in the reader's language, built from its kind and stored parameters.
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { NotificationRow } from '../db/schema.ts';

export function notificationText(t: Translator, row: Pick<NotificationRow, 'kind' | 'params'>): string {
  const params = { ...row.params };
  if (row.kind === 'match_step') params.step = t.t(`notification.step.${params.step}` as MessageKey);
  // Dates are stored as ISO timestamps and shown in the reader's own format.
  if (params.date) params.date = t.date(params.date);
  return t.t(`notification.${row.kind}` as MessageKey, params);
}

export const kindHeading = (t: Translator, kind: string) => t.t(`notification.kind.${kind}` as MessageKey);
