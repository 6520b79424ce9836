// Double opt-in introductions: once both sides accepted a match, each side's members receive the
// other side's contact details by e-mail. Before that, neither side sees the other's details.
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../app-types.ts';
import type { MatchParties } from '../matches/parties.ts';
import { INTRODUCED } from '../matches/lifecycle.ts';
import { contactsOf, type SideContacts } from './contacts.ts';
import { introductionMail } from './mails.tsx';

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

export async function startIntroduction(services: Services, parties: MatchParties, log?: FastifyBaseLogger): Promise<void> {
  const contacts = await revealedContacts(services, parties);
  if (!contacts) return;
  const link = `${services.config.baseUrl}/matches/${parties.match.id}`;
  const mails = [
    ...contacts.challenge.people.map((to) => introductionMail({ to, ownItem: parties.challenge.title, otherItem: parties.solution.title, other: contacts.solution, link })),
    ...contacts.solution.people.map((to) => introductionMail({ to, ownItem: parties.solution.title, otherItem: parties.challenge.title, other: contacts.challenge, link })),
  ];
  const results = await Promise.allSettled(mails.map((mail) => services.mailer.send(mail)));
  for (const result of results) if (result.status === 'rejected') log?.error({ err: result.reason }, 'introduction e-mail could not be sent');
}
