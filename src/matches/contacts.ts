// Who the two sides of a match are, revealed to each other only once the introduction started.
import type { Services } from '../app-types.ts';
import { INTRODUCED } from './lifecycle.ts';
import type { MatchParties } from './parties.ts';
import { contactsOf, type SideContacts } from './contacts-repository.ts';

export interface MatchContacts {
  challenge: SideContacts;
  solution: SideContacts;
}

/** Both sides' details once the introduction started, otherwise nothing. */
export async function revealedContacts(services: Services, parties: MatchParties): Promise<MatchContacts | null> {
  if (!INTRODUCED.includes(parties.match.status)) return null;
  return {
    challenge: await contactsOf(services.db, parties.challenge.owner_organisation_id),
    solution: await contactsOf(services.db, parties.solution.provider_organisation_id),
  };
}
