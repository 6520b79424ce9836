// The world of the channels test: a care home with a confidential and an internal challenge, each
// carrying a marker word in its title and description, and outsiders placed where every channel
// would reach them: they follow the care home, its sector and spearhead, saved searches that
// find them, own solutions the challenges match with, and are parties to match records about them.
import assert from 'node:assert/strict';
import { createOrganisation, createPerson, startHarness, type Harness, type TestPerson } from './harness.ts';
import { startMailbox, type Mailbox } from './mailbox.ts';
import { challengeInput, solutionInput } from './items.ts';
import { publish } from './matches-world.ts';
import { runReminders } from '../reminders/service.ts';

export const MARKERS = { confidential: 'Quokkaventiel', internal: 'Wombatsleutel' } as const;
/** Another word of each item's text to search for: a search for the marker itself would be echoed back. */
export const SEARCH_WORDS = { confidential: 'Bladluisfluit', internal: 'Kievitsbrug' } as const;

/** Who receives what: an outsider of each kind, and the owner who may see everything. */
export type Audience = 'visitor' | 'unverified' | 'otherMember' | 'ambassador' | 'owner';

/** The markers each outsider may not read, by the one rule (internal items are for verified people). */
export const FORBIDDEN: Record<Exclude<Audience, 'owner'>, string[]> = {
  visitor: [MARKERS.confidential, MARKERS.internal],
  unverified: [MARKERS.confidential, MARKERS.internal],
  otherMember: [MARKERS.confidential],
  ambassador: [MARKERS.confidential],
};

export interface ChannelWorld {
  h: Harness;
  mailbox: Mailbox;
  people: Record<Exclude<Audience, 'visitor'>, TestPerson>;
  organisations: { care: string; provider: string; other: string };
  ids: { confidential: string; internal: string; open: string; providerSolution: string; otherSolution: string };
  matchIds: string[];
}

function itemText(classification: keyof typeof MARKERS) {
  const marker = MARKERS[classification];
  return {
    title: `${marker}: videobellen tegen eenzaamheid`,
    description: `Het ${marker}-project (${SEARCH_WORDS[classification]}): bewoners van ons woonzorgcentrum willen met familie videobellen op een tablet.`,
    classification,
  };
}

async function follows(h: Harness, who: TestPerson, care: string): Promise<void> {
  for (const follow of [
    { targetType: 'sector', target: 'care' },
    { targetType: 'spearhead', target: '5' },
    { targetType: 'organisation', target: care },
  ]) {
    await h.db
      .insertInto('follows')
      .values({ person_id: who.id, target_type: follow.targetType as 'sector', target: follow.target })
      .execute();
  }
  for (const word of Object.values(SEARCH_WORDS))
    await h.db
      .insertInto('saved_searches')
      .values({ person_id: who.id, kind: 'challenge', query: `q=${word}` })
      .execute();
}

async function request(h: Harness, owner: TestPerson, challengeId: string, solutionId: string): Promise<string> {
  const response = await h.app.inject({
    method: 'POST',
    url: '/api/v1/matches/requests',
    headers: owner.auth,
    payload: { challengeId, solutionId },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id;
}

/** Reminders of unanswered matches, as the hourly job sends them a week and a day from now. */
async function remindLater(h: Harness): Promise<void> {
  const later = new Date(Date.now() + 8 * 86_400_000);
  h.services.now = () => later;
  try {
    await runReminders(h.services);
  } finally {
    h.services.now = () => new Date();
  }
}

export async function startChannelWorld(): Promise<ChannelWorld> {
  const mailbox = await startMailbox();
  const h = await startHarness(
    { baseUrl: 'http://hd.test', strongMatchScore: 0.01, anonymousApiRateLimitPerMinute: 100_000 },
    mailbox.mailer,
  );
  const care = await createOrganisation(h.db, 'Zorgcentrum Linde');
  await h.db.updateTable('organisations').set({ kind: 'care_provider' }).where('id', '=', care).execute();
  const provider = await createOrganisation(h.db, 'Beeldlijn bv');
  const other = await createOrganisation(h.db, 'Elders bv');
  const curator = await createPerson(h.db, 'ambassador', undefined, [5]);
  const people = {
    owner: await createPerson(h.db, 'member', care),
    unverified: await createPerson(h.db, 'member', provider),
    otherMember: await createPerson(h.db, 'member', other),
    // Curates spearhead 1 only: one of the solutions, none of the challenges.
    ambassador: await createPerson(h.db, 'ambassador', undefined, [1]),
  };
  const colleague = await createPerson(h.db, 'member', provider);
  await h.db.updateTable('people').set({ email_verified_at: null }).where('id', '=', people.unverified.id).execute();
  for (const outsider of [people.unverified, people.otherMember, people.ambassador]) await follows(h, outsider, care);
  const providerSolution = await publish(h, 'solutions', colleague, curator, solutionInput());
  const otherSolution = await publish(
    h,
    'solutions',
    people.otherMember,
    curator,
    solutionInput({ title: 'Tabletbellen voor woonzorgcentra', spearheads: [1, 5] }),
  );
  const confidential = await publish(h, 'challenges', people.owner, curator, challengeInput(itemText('confidential')));
  const internal = await publish(h, 'challenges', people.owner, curator, challengeInput(itemText('internal')));
  const open = await publish(
    h,
    'challenges',
    people.owner,
    curator,
    challengeInput({ title: 'Videobellen met de kleinkinderen' }),
  );
  await h.services.events.settled();
  const matchIds = [];
  for (const challengeId of [confidential, internal]) {
    for (const solutionId of [providerSolution, otherSolution])
      matchIds.push(await request(h, people.owner, challengeId, solutionId));
  }
  // The other organisation accepts the confidential challenge's request: both sides are introduced.
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/matches/${matchIds[1]}/decision`,
    headers: people.otherMember.auth,
    payload: { decision: 'accept' },
  });
  // The owner's page keeps the engine's suggestions; the owner follows the challenge, outsiders try to.
  await h.app.inject({ url: `/challenges/${confidential}`, cookies: { hd_session: people.owner.token } });
  for (const who of [people.owner, people.unverified, people.otherMember, people.ambassador]) {
    for (const target of [confidential, internal])
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/follows',
        headers: who.auth,
        payload: { targetType: 'challenge', target },
      });
  }
  await h.services.events.settled();
  await remindLater(h);
  await h.services.events.settled();
  return {
    h,
    mailbox,
    people,
    organisations: { care, provider, other },
    matchIds,
    ids: { confidential, internal, open, providerSolution, otherSolution },
  };
}
