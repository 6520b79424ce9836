// The timeline of a match in words: who took each step, named only where the double opt-in allows, and
// the engine's steps credited to the platform, never to a person.
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { MatchEventRow } from '../db/schema.ts';
import type { MatchRoles } from './parties.ts';
import type { MatchRecord } from './schemas.ts';

type TimelineEntry = MatchRecord['timeline'][number];
type By = TimelineEntry['by'];

const STEPS = [
  'engine',
  'ambassador',
  'application',
  'request',
  'accepted_by_one_side',
  'accepted',
  'declined',
  'introduced',
  'pilot',
  'deployed',
  'expired',
  'moved',
  'meeting_next_step',
  'meeting_pilot_agreed',
  'meeting_not_a_fit',
  'event',
  'call',
];
// A moved match's note is the duplicate item's id: nothing a person reads. A meeting's outcome is said
// by its step; its note only repeats that in the language of whoever clicked. A match from a matchmaking
// day names the event in its step, one from an open call the call; the note holds that name.
const NOTELESS = ['moved', 'meeting_next_step', 'meeting_pilot_agreed', 'meeting_not_a_fit', 'event', 'call'];

function byWords(t: Translator, by: By, actor: string | null): string {
  if (by === 'platform') return t.t('matches.by.platform');
  return actor ? t.t('matches.by_named', { name: actor, role: t.t(`matches.role.${by}`) }) : t.t(`matches.by.${by}`);
}

export function stepText(t: Translator, action: string, by: By, actor: string | null, note?: string | null): string {
  const key = STEPS.includes(action) ? action : 'other';
  return t.t(`matches.step.${key}` as MessageKey, { by: byWords(t, by, actor), event: note ?? '' });
}

/** Who took a step, named unless they acted for a side the reader is not on and the sides have not both accepted. */
export function entryOf(
  t: Translator,
  event: MatchEventRow & { actor_name: string | null },
  roles: MatchRoles,
  bothAccepted: boolean,
): TimelineEntry {
  const by: By = event.actor_side ?? (event.actor_id ? 'curator' : 'platform');
  const otherSide = (by === 'challenge' && !roles.challengeSide) || (by === 'solution' && !roles.solutionSide);
  const actor = by !== 'platform' && (!otherSide || roles.curator || bothAccepted) ? event.actor_name : null;
  return {
    action: event.action,
    text: stepText(t, event.action, by, actor, event.note),
    actor,
    by,
    note: NOTELESS.includes(event.action) ? null : event.note,
    at: event.occurred_at.toISOString(),
  };
}
