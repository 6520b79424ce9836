// Shapes a match record with its timeline and, after both sides accepted, both sides' contacts.
import type { Services } from '../app-types.ts';
import { revealedContacts } from '../introductions/service.ts';
import * as repository from './repository.ts';
import type { MatchParties } from './parties.ts';
import type { MatchRecord } from './schemas.ts';

export async function presentMatch(services: Services, parties: MatchParties): Promise<MatchRecord> {
  const { match, challenge, solution } = parties;
  const [events, contacts] = await Promise.all([repository.matchEvents(services.db, match.id), revealedContacts(services, parties)]);
  return {
    id: match.id,
    challenge: { id: challenge.id, title: challenge.title, organisation: challenge.organisation_name, accepted: match.challenge_accepted_at !== null },
    solution: { id: solution.id, title: solution.title, organisation: solution.organisation_name, accepted: match.solution_accepted_at !== null },
    origin: match.origin,
    status: match.status,
    score: match.score,
    declineReason: match.decline_reason,
    createdAt: match.created_at.toISOString(),
    updatedAt: match.updated_at.toISOString(),
    timeline: events.map((e) => ({ action: e.action, actor: e.actor_name, note: e.note, at: e.occurred_at.toISOString() })),
    contacts: contacts && {
      challenge: { ...contacts.challenge, people: contacts.challenge.people.map(({ name, email }) => ({ name, email })) },
      solution: { ...contacts.solution, people: contacts.solution.people.map(({ name, email }) => ({ name, email })) },
    },
  };
}
