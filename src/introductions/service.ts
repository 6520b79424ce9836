// Double opt-in introductions: once both sides accepted a match, each side's members receive the
// other side's contact details by e-mail. Before that, neither side sees the other's details. The
// e-mail names the other item only to a recipient who may read it, by its neutral description otherwise.
import type { Services } from '../app-types.ts';
import { loadParties, type MatchParties } from '../matches/parties.ts';
import { findMatch } from '../matches/repository.ts';
import type { MatchStepTaken, SharedConsumer } from '../events/types.ts';
import { queueMail } from '../notifications/outgoing-repository.ts';
import { createTranslator } from '../i18n/translator.ts';
import { readersOf } from '../notifications/repository.ts';
import { loadItemFacts, titleFor } from '../items/withheld.ts';
import type { ContactPerson } from '../matches/contacts-repository.ts';
import { revealedContacts } from '../matches/contacts.ts';
import { introductionMail } from './mails.tsx';

/** The items of the match titled as one recipient may see them: their own, and the other side's. */
type TitleOf = (to: ContactPerson, side: 'challenge' | 'solution') => string;

async function titlesForRecipients(
  services: Services,
  parties: MatchParties,
  people: ContactPerson[],
): Promise<TitleOf> {
  const [readers, items] = await Promise.all([
    readersOf(
      services.db,
      people.map((p) => p.id),
    ),
    loadItemFacts(services.db, { challenge: [parties.challenge.id], solution: [parties.solution.id] }),
  ]);
  return (to, side) => {
    const item = items.get(parties[side].id);
    const reader = readers.find((r) => r.id === to.id) ?? null;
    return item ? titleFor(reader, createTranslator(to.locale), item) : '';
  };
}

async function introduce(services: Services, parties: MatchParties): Promise<void> {
  const contacts = await revealedContacts(services, parties);
  if (!contacts) return;
  const link = `${services.config.baseUrl}/matches/${parties.match.id}`;
  const titleOf = await titlesForRecipients(services, parties, [
    ...contacts.challenge.people,
    ...contacts.solution.people,
  ]);
  const mails = [
    ...contacts.challenge.people.map((to) => ({
      to,
      mail: introductionMail({
        to,
        ownItem: titleOf(to, 'challenge'),
        otherItem: titleOf(to, 'solution'),
        other: contacts.solution,
        link,
      }),
    })),
    ...contacts.solution.people.map((to) => ({
      to,
      mail: introductionMail({
        to,
        ownItem: titleOf(to, 'solution'),
        otherItem: titleOf(to, 'challenge'),
        other: contacts.challenge,
        link,
      }),
    })),
  ];
  // One e-mail per person per match, however often this runs: the key refuses a second.
  for (const { to, mail } of mails)
    await queueMail(services.db, `introduction:${parties.match.id}:${to.id}`, to.id, mail);
  services.events.kick();
}

/** When both sides have accepted, each side's members get the other side's details by e-mail. */
export const introductions: SharedConsumer = {
  name: 'introductions',
  handles: (event) => event.type === 'match.step' && event.action === 'accepted',
  apply: async (services, event) => {
    const match = await findMatch(services.db, (event as MatchStepTaken).matchId);
    if (match) await introduce(services, await loadParties(services.db, match));
  },
};
