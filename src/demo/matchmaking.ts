// Two matchmaking days in the demo: an upcoming one in Ghent with registrations, answered requests and
// a schedule (so the demo member's agenda shows meetings), and a past online one whose meeting was
// held, so the events list, the event pages and the feed show both on a fresh start. After the past
// one the care home said "next step" for its challenge and the provider's solution: that became a
// match from the event, which waits for the provider, who can still say how it went on his agenda.
import type { Database } from '../db/database.ts';
import { insertPerson } from '../accounts/repository.ts';
import { addMember } from '../organisations/service.ts';
import {
  decideRequest,
  insertEvent,
  insertParticipant,
  insertRequest,
  placeRequest,
  recordAttendance,
} from '../matchmaking/repository.ts';
import { insertFollowUp } from '../matchmaking/follow-up-repository.ts';
import { insertMatch, insertMatchEvent } from '../matches/repository.ts';
import { unmatchedPair } from './repository.ts';

const DAY = 86_400_000;
const PAST_EVENT = 'Welkom kmo: digitale kansen';
const HOUR = 3_600_000;

/** Nine o'clock Brussels time (UTC+1 or +2, taken as +1: the demo's times need not be exact) this many days away. */
const nineAm = (now: Date, days: number) => {
  const day = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8));
};

/** A demo participant without a password: they exist to be met, not to sign in. */
async function guest(tx: Database, name: string, email: string, organisationId: string): Promise<string> {
  const person = await insertPerson(tx, {
    email,
    display_name: name,
    password_hash: null,
    role: 'member',
    locale: 'nl',
    email_verified_at: new Date(),
  });
  await addMember(tx, person.id, organisationId, null);
  return person.id;
}

interface DemoPeople {
  care: string | null;
  provider: string | null;
  ambassador: string | null;
}

async function participant(
  tx: Database,
  eventId: string,
  personId: string,
  organisationId: string,
  text: string[],
  items: { challenge_ids?: string[]; solution_ids?: string[] } = {},
) {
  const [seeks = '', offers = ''] = text;
  return insertParticipant(tx, {
    event_id: eventId,
    person_id: personId,
    organisation_id: organisationId,
    seeks,
    offers,
    ...items,
    available_slots: [0, 1, 2, 3, 4, 5, 6, 7, 8],
    registered_by: personId,
  });
}

export async function seedDemoMatchmaking(
  tx: Database,
  organisations: Map<string, string>,
  people: DemoPeople,
  now: Date,
): Promise<number> {
  const care = organisations.get('wzc-zonnetij');
  const provider = organisations.get('zilverlijn');
  const school = organisations.get('scholengroep-leiestroom');
  const classroom = organisations.get('klasrijk');
  if (!people.care || !people.provider || !care || !provider || !school || !classroom) return 0;
  const upcomingStart = nineAm(now, 21);
  const upcoming = await insertEvent(tx, {
    name: 'Matchmakingdag Zorg en onderwijs digitaal',
    description:
      'Zorgvoorzieningen en scholen ontmoeten aanbieders van digitale oplossingen in gesprekken van twintig minuten.',
    starts_at: upcomingStart,
    ends_at: new Date(upcomingStart.getTime() + 3 * HOUR),
    slot_minutes: 20,
    table_count: 8,
    address: 'ICC Gent, Van Rysselberghedreef 2, 9000 Gent',
    registration_deadline: new Date(upcomingStart.getTime() - 7 * DAY),
    sectors: ['care', 'education'],
    spearheads: [1, 5],
    created_by: people.ambassador,
  });
  const teacher = await guest(tx, 'Els Leiestroom', 'ict@leiestroom.example', school);
  const trainer = await guest(tx, 'Koen Klasrijk', 'hallo@klasrijk.example', classroom);
  const carla = await participant(tx, upcoming, people.care, care, [
    'Beeldbellen voor bewoners en familie',
    'Een testomgeving in ons woonzorgcentrum',
  ]);
  const dirk = await participant(tx, upcoming, people.provider, provider, [
    'Woonzorgcentra die beeldbellen willen proberen',
    'Beeldbellen met tablets en opleiding voor het personeel',
  ]);
  const els = await participant(tx, upcoming, teacher, school, ['Digitale vaardigheden voor leerkrachten', '']);
  const koen = await participant(tx, upcoming, trainer, classroom, ['Scholen voor een pilot', 'Lesplatform']);
  const meetings: [string, string, string, number, number][] = [
    [carla, dirk, 'Uw beeldbellen past bij onze uitdaging voor bewoners en familie.', 1, 1],
    [els, dirk, 'Kan uw beeldbellen ook ouders en school verbinden?', 3, 2],
    [koen, els, 'Ons lesplatform ondersteunt de vaardigheden die u zoekt.', 1, 2],
  ];
  for (const [from, to, reason, slot, table] of meetings) {
    const id = await insertRequest(tx, { event_id: upcoming, from_participant: from, to_participant: to, reason });
    await decideRequest(tx, id, 'accepted', now);
    await placeRequest(tx, id, { slot, table_number: table, placed_by: 'scheduler' });
  }
  await insertRequest(tx, {
    event_id: upcoming,
    from_participant: koen,
    to_participant: carla,
    reason: 'Wij tonen graag hoe bewoners met ons platform leren.',
  });

  const pastStart = nineAm(now, -45);
  const past = await insertEvent(tx, {
    name: PAST_EVENT,
    description: 'Online matchmaking voor kmo’s en aanbieders van digitale oplossingen.',
    starts_at: pastStart,
    ends_at: new Date(pastStart.getTime() + 2 * HOUR),
    slot_minutes: 15,
    table_count: 20,
    online_url: 'https://meet.helemaaldigitaal.example/welkom-kmo',
    registration_deadline: new Date(pastStart.getTime() - 3 * DAY),
    sectors: ['retail', 'hospitality'],
    spearheads: [2],
    created_by: people.ambassador,
  });
  const pair = await unmatchedPair(tx, care, provider);
  const pastCarla = await participant(tx, past, people.care, care, ['Administratie digitaliseren', ''], {
    challenge_ids: pair ? [pair.challengeId] : [],
  });
  const pastDirk = await participant(tx, past, people.provider, provider, ['', 'Beeldbellen'], {
    solution_ids: pair ? [pair.solutionId] : [],
  });
  const held = await insertRequest(tx, {
    event_id: past,
    from_participant: pastDirk,
    to_participant: pastCarla,
    reason: 'Kennismaking',
  });
  await decideRequest(tx, held, 'accepted', pastStart);
  await recordAttendance(tx, held, 'held');
  await placeRequest(tx, held, { slot: 0, table_number: 1, placed_by: 'scheduler' });
  if (pair) {
    const said = {
      at: new Date(pastStart.getTime() + 2 * HOUR),
      by: people.care,
      eventName: PAST_EVENT,
    };
    const matchId = await matchFromPastEvent(tx, pair, held, said);
    await insertFollowUp(tx, { request_id: held, participant_id: pastCarla, outcome: 'next_step', match_id: matchId });
  }
  return 2;
}

/** The care home's next step after the past event: a match of origin 'event', accepted by its side only. */
async function matchFromPastEvent(
  tx: Database,
  pair: { challengeId: string; solutionId: string },
  requestId: string,
  said: { at: Date; by: string; eventName: string },
): Promise<string> {
  const match = await insertMatch(tx, {
    challenge_id: pair.challengeId,
    solution_id: pair.solutionId,
    origin: 'event',
    status: 'proposed',
    score: null,
    explanation: null,
    challenge_accepted_at: said.at,
    solution_accepted_at: null,
    created_by: said.by,
    matchmaking_request_id: requestId,
    created_at: said.at,
  });
  const matchId = (match as { id: string }).id;
  const step = { matchId, actorId: said.by, actorSide: 'challenge' as const, occurredAt: said.at };
  await insertMatchEvent(tx, { ...step, action: 'event', note: said.eventName });
  await insertMatchEvent(tx, { ...step, action: 'accepted_by_one_side' });
  return matchId;
}
