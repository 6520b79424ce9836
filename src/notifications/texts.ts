// A notification's sentence in the reader's language, built from its kind and stored parameters,
// with the items it names titled as this reader may see them (titles.ts).
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { NotificationRow } from '../db/schema.ts';
import { ITEM_REFERENCES, type Titles } from './titles.ts';

export function notificationText(t: Translator, row: Pick<NotificationRow, 'kind' | 'params'>, titles: Titles): string {
  const params = { ...row.params };
  for (const { key, placeholder } of ITEM_REFERENCES) {
    if (key in params) params[placeholder] = titles.get(params[key] ?? '') ?? t.t('notification.unavailable');
  }
  if (row.kind === 'match_step') params.step = t.t(`notification.step.${params.step}` as MessageKey);
  // A conversation alert says how many files came with the message, never their names or content.
  if (row.kind === 'conversation_message')
    params.attachments = params.attachments ? t.plural('notification.attachments', Number(params.attachments)) : '';
  // Dates are stored as ISO timestamps and shown in the reader's own format.
  if (params.date) params.date = t.date(params.date);
  return t.t(`notification.${row.kind}` as MessageKey, params);
}

export const kindHeading = (t: Translator, kind: string) => t.t(`notification.kind.${kind}` as MessageKey);
