import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoContent } from './seed.ts';

let db: Database;
let drop: () => Promise<void>;
before(async () => {
  ({ db, drop } = await openTestDatabase());
  await migrateToLatest(db);
});
after(() => drop());

test('seeds at least 30 challenges, 40 solutions and an account per role into an empty database', async () => {
  const accounts = await seedDemoContent(db, new Date(), 180);
  assert.deepEqual([...new Set(accounts?.map((a) => a.role))].sort(), ['admin', 'ambassador', 'member']);
  const challenges = await db.selectFrom('challenges').select(['status', 'spearheads', 'classification']).execute();
  const solutions = await db.selectFrom('solutions').select('id').execute();
  assert.ok(challenges.length >= 30);
  assert.ok(solutions.length >= 40);
  const publicSpearheads = new Set(
    challenges.filter((c) => c.status === 'published' && c.classification === 'public').flatMap((c) => c.spearheads),
  );
  assert.equal(publicSpearheads.size, 9);
});

test('every challenge the demo shows as matched, in progress or solved got there through an accepted match with its timeline', async () => {
  const challenges = await db
    .selectFrom('challenges')
    .select(['id', 'status', 'published_at'])
    .where('status', 'in', ['matched', 'in_progress', 'solved'])
    .execute();
  const matches = await db.selectFrom('matches').selectAll().execute();
  assert.ok(challenges.length >= 5);
  for (const challenge of challenges) {
    const accepted = matches.filter(
      (m) => m.challenge_id === challenge.id && m.challenge_accepted_at && m.solution_accepted_at,
    );
    assert.equal(accepted.length, 1, `challenge ${challenge.id} (${challenge.status}) has one accepted match`);
    const acceptedAt = accepted[0]!.challenge_accepted_at!;
    assert.ok(
      acceptedAt > challenge.published_at! && acceptedAt < new Date(),
      'accepted after publication, before now',
    );
    const events = await db
      .selectFrom('match_events')
      .select(['action', 'occurred_at'])
      .where('match_id', '=', accepted[0]!.id)
      .orderBy('occurred_at')
      .execute();
    assert.equal(events.at(-1)!.action, accepted[0]!.status, 'the timeline ends in the match status');
    assert.ok(events.length >= 2);
  }
  assert.deepEqual(
    new Set(matches.map((m) => m.status)),
    // 'proposed': the match that came from the past matchmaking day waits for the provider (src/demo/matchmaking.ts).
    new Set(['accepted', 'introduced', 'pilot', 'deployed', 'declined', 'proposed']),
  );
});

test('declined demo matches carry the reason, also in their timeline', async () => {
  const declined = await db
    .selectFrom('matches')
    .select(['id', 'decline_reason'])
    .where('status', '=', 'declined')
    .execute();
  assert.ok(declined.length >= 2);
  for (const match of declined) {
    assert.ok(match.decline_reason && match.decline_reason.length > 20);
    const event = await db
      .selectFrom('match_events')
      .select('note')
      .where('match_id', '=', match.id)
      .where('action', '=', 'declined')
      .executeTakeFirstOrThrow();
    assert.equal(event.note, match.decline_reason);
  }
});

test('demo timelines credit the platform only with engine suggestions: each side and the ambassador are credited with their own steps', async () => {
  const events = await db
    .selectFrom('match_events')
    .innerJoin('matches', 'matches.id', 'match_events.match_id')
    .select(['match_events.action', 'match_events.actor_side', 'matches.origin'])
    .execute();
  for (const event of events) {
    if (event.action === 'engine') assert.equal(event.actor_side, null, 'an engine suggestion is the platform’s');
    else assert.ok(event.actor_side !== null, `${event.action} of a ${event.origin} match names its side`);
  }
  const answers = events.filter((e) => e.action === 'accepted' && e.origin === 'application');
  assert.ok(
    answers.length > 0 && answers.every((e) => e.actor_side === 'challenge'),
    'an application is answered by the challenge side',
  );
});

test('seeding again leaves a database with content untouched', async () => {
  const before = await db.selectFrom('challenges').select('id').execute();
  assert.equal(await seedDemoContent(db, new Date(), 180), null);
  assert.equal((await db.selectFrom('challenges').select('id').execute()).length, before.length);
});

test('the audit log refuses to change or delete an event', async () => {
  await assert.rejects(db.updateTable('audit_events').set({ action: 'tampered' }).execute(), /append-only/);
  await assert.rejects(db.deleteFrom('audit_events').execute(), /append-only/);
});

test('one accepted demo match has a short conversation between its provider’s demo member and the ambassador', async () => {
  const rows = await db
    .selectFrom('conversation_messages as m')
    .innerJoin('matches', 'matches.id', 'm.match_id')
    .innerJoin('people', 'people.id', 'm.author_id')
    .select(['matches.status', 'people.email', 'm.author_side', 'm.body'])
    .orderBy('m.position')
    .execute();
  assert.deepEqual(
    rows.map((r) => [r.status, r.email, r.author_side]),
    [
      ['accepted', 'ambassadeur@helemaaldigitaal.example', 'curator'],
      ['accepted', 'info@zilverlijn.example', 'solution'],
    ],
  );
  assert.match(rows[1]?.body ?? '', /https:\/\/zilverlijn\.example\/handleiding/);
});
