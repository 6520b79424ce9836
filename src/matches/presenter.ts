// Shapes a match record for one reader: an item they may not read is named only by its neutral
// description, the other side's people stay unnamed until both sides accepted, and both sides'
// contacts appear once both accepted. It explains itself: the score and reasons in words, the
// ambassador's note, what accepting shares with whom, the deadline, and what the reader may do now.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { MatchRow } from '../db/schema.ts';
import { errors } from '../shared/errors.ts';
import { revealedContacts } from './contacts.ts';
import { contactsOf, type SideContacts } from './contacts-repository.ts';
import { scoreInWords, scorePercent, storedReasons } from '../matching/presenter.ts';
import * as repository from './repository.ts';
import { rolesOf, type MatchParties, type MatchRoles } from './parties.ts';
import { loadItemFacts, mayRead, withheldTitle, type ItemFacts } from '../items/withheld.ts';
import { answerDeadline, outcomesFrom, UNDECIDED } from './lifecycle.ts';
import { entryOf } from './timeline.ts';
import type { MatchRecord } from './schemas.ts';

type Side = MatchRecord['challenge'];
type Contacts = NonNullable<MatchRecord['sharing']['yours']>;

const SHARED_FIELDS: MatchRecord['sharing']['fields'] = ['organisation', 'website', 'address', 'contact_name', 'email'];

function sideOf(item: ItemFacts | undefined, acceptedAt: Date | null, reader: Viewer | null, t: Translator): Side {
  if (!item) throw errors.notFound();
  const readable = mayRead(reader, item);
  return {
    id: item.id,
    title: readable ? item.title : withheldTitle(t, item),
    organisation: readable ? item.organisationName : null,
    accepted: acceptedAt !== null,
    acceptedAt: acceptedAt?.toISOString() ?? null,
    readable,
  };
}

const publicContacts = (contacts: SideContacts): Contacts => ({
  ...contacts,
  people: contacts.people.map(({ name, email }) => ({ name, email })),
});

function yourPart(match: MatchRow, roles: MatchRoles): MatchRecord['yourPart'] {
  const sides = [
    ...(roles.challengeSide ? ['challenge' as const] : []),
    ...(roles.solutionSide ? ['solution' as const] : []),
  ];
  const acceptedAt = sides.map((side) => match[`${side}_accepted_at`]);
  const undecided = UNDECIDED.includes(match.status);
  return {
    sides,
    acceptedAt: sides.length && acceptedAt.every((at) => at !== null) ? (acceptedAt[0] as Date).toISOString() : null,
    mayAccept: undecided && acceptedAt.some((at) => at === null),
    mayDecline: undecided && sides.length > 0,
    outcomes: roles.curator ? outcomesFrom(match.status) : [],
  };
}

/** What the reader's own side will hand over once both accepted, and to whom, named as the reader may name them. */
async function sharingFor(
  services: Services,
  parties: MatchParties,
  roles: MatchRoles,
  other: Side,
  t: Translator,
): Promise<MatchRecord['sharing']> {
  const own = roles.challengeSide
    ? parties.challenge.owner_organisation_id
    : roles.solutionSide
      ? parties.solution.provider_organisation_id
      : null;
  return {
    fields: SHARED_FIELDS,
    yours: own ? publicContacts(await contactsOf(services.db, own)) : null,
    withWhom: other.organisation ?? t.t('matches.other_party', { title: other.title }),
  };
}

function ambassadorNote(events: Awaited<ReturnType<typeof repository.matchEvents>>): MatchRecord['ambassadorNote'] {
  const proposal = events.find((event) => event.action === 'ambassador' && event.note);
  return proposal?.note ? { by: proposal.actor_name, text: proposal.note } : null;
}

export async function presentMatch(
  services: Services,
  parties: MatchParties,
  reader: Viewer | null,
  t: Translator,
): Promise<MatchRecord> {
  const { match, challenge, solution } = parties;
  const [events, contacts, facts] = await Promise.all([
    repository.matchEvents(services.db, match.id),
    revealedContacts(services, parties),
    loadItemFacts(services.db, { challenge: [challenge.id], solution: [solution.id] }),
  ]);
  const roles = rolesOf(reader, parties);
  const bothAccepted = match.challenge_accepted_at !== null && match.solution_accepted_at !== null;
  const sides = {
    challenge: sideOf(facts.get(challenge.id), match.challenge_accepted_at, reader, t),
    solution: sideOf(facts.get(solution.id), match.solution_accepted_at, reader, t),
  };
  const deadline = answerDeadline(match, services.config.reminders.matchExpiryDays);
  return {
    id: match.id,
    ...sides,
    origin: match.origin,
    status: match.status,
    statusText: t.t(`matches.status.${match.status}` as MessageKey),
    score: match.score,
    scoreInWords: match.score === null ? null : scoreInWords(t, match.score),
    scorePercent: match.score === null ? null : scorePercent(t, match.score),
    reasons: storedReasons(t, match.explanation, sides.challenge.readable && sides.solution.readable),
    ambassadorNote: ambassadorNote(events),
    deadline: deadline?.toISOString() ?? null,
    sharing: await sharingFor(services, parties, roles, roles.challengeSide ? sides.solution : sides.challenge, t),
    yourPart: yourPart(match, roles),
    declineReason: match.decline_reason,
    createdAt: match.created_at.toISOString(),
    updatedAt: match.updated_at.toISOString(),
    timeline: events.map((event) => entryOf(t, event, roles, bothAccepted)),
    contacts: contacts && {
      challenge: publicContacts(contacts.challenge),
      solution: publicContacts(contacts.solution),
    },
  };
}
