// Shapes a match record for one reader: an item they may not read is named only by its neutral
// description, the other side's people stay unnamed until both sides accepted, and both sides'
// contacts appear once both accepted.
import type { Services } from '../app-types.ts';
import type { Viewer } from '../accounts/viewer.ts';
import type { Translator } from '../i18n/translator.ts';
import type { MatchEventRow } from '../db/schema.ts';
import { errors } from '../shared/errors.ts';
import { revealedContacts } from '../introductions/service.ts';
import * as repository from './repository.ts';
import { rolesOf, type MatchParties, type MatchRoles } from './parties.ts';
import { loadItemFacts, mayRead, withheldTitle, type ItemFacts } from './withheld.ts';
import type { MatchRecord } from './schemas.ts';

type Side = MatchRecord['challenge'];
type TimelineEntry = MatchRecord['timeline'][number];

function sideOf(item: ItemFacts | undefined, acceptedAt: Date | null, reader: Viewer | null, t: Translator): Side {
  if (!item) throw errors.notFound();
  const readable = mayRead(reader, item);
  return {
    id: item.id, title: readable ? item.title : withheldTitle(t, item), organisation: readable ? item.organisationName : null,
    accepted: acceptedAt !== null, readable,
  };
}

/** Who took a step, named unless they acted for a side the reader is not on and the sides have not both accepted. */
function entryOf(event: MatchEventRow & { actor_name: string | null }, roles: MatchRoles, bothAccepted: boolean): TimelineEntry {
  const by = event.actor_side ?? (event.actor_id ? 'curator' : 'platform');
  const otherSide = (by === 'challenge' && !roles.challengeSide) || (by === 'solution' && !roles.solutionSide);
  const named = !otherSide || roles.curator || bothAccepted;
  return { action: event.action, actor: named ? event.actor_name : null, by, note: event.note, at: event.occurred_at.toISOString() };
}

export async function presentMatch(services: Services, parties: MatchParties, reader: Viewer | null, t: Translator): Promise<MatchRecord> {
  const { match, challenge, solution } = parties;
  const [events, contacts, facts] = await Promise.all([
    repository.matchEvents(services.db, match.id), revealedContacts(services, parties),
    loadItemFacts(services.db, { challenge: [challenge.id], solution: [solution.id] }),
  ]);
  const roles = rolesOf(reader, parties);
  const bothAccepted = match.challenge_accepted_at !== null && match.solution_accepted_at !== null;
  return {
    id: match.id,
    challenge: sideOf(facts.get(challenge.id), match.challenge_accepted_at, reader, t),
    solution: sideOf(facts.get(solution.id), match.solution_accepted_at, reader, t),
    origin: match.origin,
    status: match.status,
    score: match.score,
    declineReason: match.decline_reason,
    createdAt: match.created_at.toISOString(),
    updatedAt: match.updated_at.toISOString(),
    timeline: events.map((event) => entryOf(event, roles, bothAccepted)),
    contacts: contacts && {
      challenge: { ...contacts.challenge, people: contacts.challenge.people.map(({ name, email }) => ({ name, email })) },
      solution: { ...contacts.solution, people: contacts.solution.people.map(({ name, email }) => ({ name, email })) },
    },
  };
}
