// Rows for indicator tests and the benchmark, written straight into the tables because the figures
// depend on exact moments (publication, acceptances, outcomes) that the HTTP flows stamp with "now".
import type { Database } from '../db/database.ts';
import type { MatchStatus } from '../db/schema.ts';

export interface ChallengeFixture {
  ownerId: string;
  region: string;
  publishedAt: string | null;
  status?: string;
  sectors?: string[];
  spearheads?: number[];
  classification?: 'public' | 'internal' | 'confidential';
  ambassadorId?: string | null;
}

export async function insertChallenge(db: Database, c: ChallengeFixture): Promise<string> {
  const row = await db
    .insertInto('challenges')
    .values({
      title: 'Uitdaging voor indicatoren',
      description: 'Een uitdaging met gekende data voor de indicatoren.',
      sectors: c.sectors ?? ['care'],
      spearheads: c.spearheads ?? [5],
      region: c.region,
      language: 'nl',
      urgency: 'medium',
      deadline: null,
      duration_months: null,
      desired_kinds: [],
      classification: c.classification ?? 'public',
      status: c.status ?? (c.publishedAt ? 'published' : 'draft'),
      owner_organisation_id: c.ownerId,
      created_by: null,
      assigned_ambassador_id: c.ambassadorId ?? null,
      review_note: null,
      submitted_at: c.publishedAt,
      published_at: c.publishedAt,
      expires_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertSolution(db: Database, providerId: string): Promise<string> {
  const row = await db
    .insertInto('solutions')
    .values({
      title: 'Oplossing voor indicatoren',
      description: 'Een oplossing met gekende data voor de indicatoren.',
      kind: 'service',
      technologies: [],
      sectors: ['care'],
      spearheads: [5],
      trl: 9,
      market_stage: 'market',
      pricing: 'paid',
      free_months: null,
      regions_served: ['BE2'],
      languages: ['nl'],
      reference_text: '',
      language: 'nl',
      classification: 'public',
      status: 'published',
      provider_organisation_id: providerId,
      created_by: null,
      review_note: null,
      submitted_at: '2025-01-01T00:00:00Z',
      published_at: '2025-01-01T00:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface MatchFixture {
  challengeId: string;
  solutionId: string;
  status: MatchStatus;
  challengeAcceptedAt?: string | null;
  solutionAcceptedAt?: string | null;
  /** Outcomes an ambassador recorded, with their moments. */
  events?: [string, string][];
}

export async function insertMatch(db: Database, m: MatchFixture): Promise<string> {
  const row = await db
    .insertInto('matches')
    .values({
      challenge_id: m.challengeId,
      solution_id: m.solutionId,
      origin: 'ambassador',
      score: null,
      explanation: null,
      status: m.status,
      challenge_accepted_at: m.challengeAcceptedAt ?? null,
      solution_accepted_at: m.solutionAcceptedAt ?? null,
      decline_reason: null,
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [action, at] of m.events ?? []) {
    await db
      .insertInto('match_events')
      .values({ match_id: row.id, actor_id: null, action, note: null, occurred_at: at })
      .execute();
  }
  return row.id;
}

/** A match both sides accepted at the same moment. */
export function acceptedAt(
  challengeId: string,
  solutionId: string,
  at: string,
  status: MatchStatus = 'accepted',
  events: [string, string][] = [],
): MatchFixture {
  return { challengeId, solutionId, status, challengeAcceptedAt: at, solutionAcceptedAt: at, events };
}

/** A year of activity spread over the months before NOW, so every chart has something to draw. */
export async function insertYearOfActivity(
  db: Database,
  now: Date,
  ownerId: string,
  providerIds: string[],
): Promise<void> {
  const solutions = await Promise.all(providerIds.map((id) => insertSolution(db, id)));
  const day = 86_400_000;
  for (let i = 0; i < 60; i += 1) {
    const published = new Date(now.getTime() - (5 + ((i * 37) % 360)) * day);
    const regions = ['BE21', 'BE22', 'BE23', 'BE24', 'BE25', 'NL'];
    const open = i % 4 !== 0;
    const challenge = await insertChallenge(db, {
      ownerId,
      region: regions[i % regions.length] ?? 'BE2',
      publishedAt: published.toISOString(),
      status: open ? 'matched' : 'solved',
    });
    if (i % 3 === 2) continue;
    const accepted = new Date(published.getTime() + (2 + ((i * 11) % 25)) * day);
    if (accepted > now) continue;
    const outcomes: [string, string][] =
      i % 2 === 0 ? [['pilot', new Date(accepted.getTime() + 10 * day).toISOString()]] : [];
    if (i % 5 === 0) outcomes.push(['deployed', new Date(accepted.getTime() + 20 * day).toISOString()]);
    const match = await insertMatch(
      db,
      acceptedAt(challenge, solutions[i % solutions.length] ?? '', accepted.toISOString(), 'introduced', outcomes),
    );
    await insertConversationAndMeeting(db, now, match, accepted, i);
  }
}

/** Most introductions get a conversation the next day, every third a meeting a week later, if these are past. */
async function insertConversationAndMeeting(
  db: Database,
  now: Date,
  matchId: string,
  accepted: Date,
  i: number,
): Promise<void> {
  const day = 86_400_000;
  const written = new Date(accepted.getTime() + day);
  if (i % 4 !== 1 && written < now) await insertMessage(db, matchId, written.toISOString());
  const meeting = new Date(accepted.getTime() + 7 * day);
  if (i % 3 === 0 && meeting.getTime() + 3_600_000 < now.getTime())
    await insertMeeting(db, { matchId, status: 'confirmed', startsAt: meeting.toISOString(), minutes: 60 });
}

/** A message in a match's conversation at a known moment; `toAll` marks an ambassador's message to all matches. */
export async function insertMessage(db: Database, matchId: string, at: string, toAll = false): Promise<void> {
  await db
    .insertInto('conversation_messages')
    .values({
      match_id: matchId,
      author_id: null,
      author_side: toAll ? 'curator' : 'challenge',
      author_organisation_id: null,
      body: 'Een bericht voor de indicatoren.',
      to_all_matches: toAll,
      created_at: at,
    })
    .execute();
}

export interface MeetingFixture {
  matchId: string;
  status: 'proposed' | 'confirmed' | 'declined' | 'cancelled';
  /** The slot that was chosen (or, for a proposal, offered), and its length. */
  startsAt: string;
  minutes: number;
  /** Other slots offered but not chosen. */
  otherSlots?: string[];
}

export async function insertMeeting(db: Database, m: MeetingFixture): Promise<void> {
  const meeting = await db
    .insertInto('meetings')
    .values({
      match_id: m.matchId,
      proposed_by: null,
      proposer_side: 'challenge',
      status: m.status,
      online_url: 'https://meet.example.org/indicatoren',
      address: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const chosen = m.status !== 'proposed' && m.status !== 'declined';
  const slots = [
    { starts_at: m.startsAt, chosen },
    ...(m.otherSlots ?? []).map((at) => ({ starts_at: at, chosen: false })),
  ];
  await db
    .insertInto('meeting_slots')
    .values(slots.map((slot) => ({ ...slot, meeting_id: meeting.id, duration_minutes: m.minutes })))
    .execute();
}
