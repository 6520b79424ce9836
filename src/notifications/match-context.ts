// The context lines of an e-mail about a match that waits on an answer: the ambassador's note, what
// accepting shares, the deadline, and an invitation to answer by the link (matches/mail-context.ts
// stores what they need with the notice).
import type { Translator } from '../i18n/translator.ts';
import type { NotificationRow } from '../db/schema.ts';

const MATCH_KINDS = ['match_step', 'reminder_waiting'];

export interface MatchContext {
  lines: string[];
  /** Said before the link. */
  linkLabel: string;
}

export function matchContext(t: Translator, entry: Pick<NotificationRow, 'kind' | 'params'>): MatchContext | null {
  if (!MATCH_KINDS.includes(entry.kind)) return null;
  const { note, deadline, open } = entry.params;
  if (open !== 'yes') return { lines: [], linkLabel: t.t('notification.match.view') };
  return {
    lines: [
      ...(note ? [t.t('notification.match.note', { note })] : []),
      t.t('notification.match.sharing'),
      ...(deadline ? [t.t('notification.match.deadline', { date: t.date(deadline) })] : []),
    ],
    linkLabel: t.t('notification.match.answer'),
  };
}
