// The demo's match pages tell one story: what "Why this match?" says about who started a match agrees with the
// first step of its timeline (the platform's suggestion or a person's proposal, application or request).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../test-support/harness.ts';
import { startSession } from '../accounts/session.ts';
import { catalogues, type MessageKey } from '../i18n/messages.ts';
import { seedDemoContent } from './seed.ts';

const say = (key: MessageKey): string => catalogues.nl[key] ?? key;
let h: Harness;
let session: string;

before(async () => {
  h = await startHarness();
  await seedDemoContent(h.db, new Date(), 180);
  const admin = await h.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', 'admin@helemaaldigitaal.example')
    .executeTakeFirstOrThrow();
  session = await startSession(h.db, admin.id, new Date());
});
after(() => h.close());

test('a demo match the platform suggested is not said to be started by a person, and one a person started is', async () => {
  const matches = await h.db.selectFrom('matches').select(['id', 'origin']).orderBy('id').execute();
  assert.ok(matches.some((m) => m.origin === 'engine') && matches.some((m) => m.origin !== 'engine'));
  for (const match of matches) {
    const response = await h.app.inject({ url: `/matches/${match.id}`, cookies: { hd_session: session } });
    assert.equal(response.statusCode, 200);
    const suggested = response.body.includes(say('matches.step.engine'));
    assert.equal(suggested, match.origin === 'engine', `match ${match.id} (${match.origin}): timeline`);
    assert.equal(
      response.body.includes(say('matches.no_score')),
      !suggested,
      `match ${match.id} (${match.origin}): "started by a person" only where the timeline names no platform suggestion`,
    );
  }
});
