// Two instances of the platform on one database, the second with a clock ten minutes behind: each
// one's matching index follows the other's changes by event order, so neither misses one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';
import { publish } from '../test-support/matches-world.ts';
import { buildApp } from '../app.ts';
import { assembleServices } from '../services.ts';
import { createMailer } from '../notifications/mailer.ts';
import { isEmbedded, openDatabase, type Database } from '../db/database.ts';
import type { App, Services } from '../app-types.ts';

const SKEW_MS = 10 * 60_000;

let first: Harness;
let second: { app: App; services: Services; db: Database };
let provider: TestPerson;
let ambassador: TestPerson;
let challengeId: string;

before(async () => {
  first = await startHarness();
  // On a PostgreSQL server the second instance has its own connections, as a second machine would.
  const db = isEmbedded(first.url) ? first.db : openDatabase(first.url);
  const services = assembleServices(
    db,
    first.services.config,
    createMailer(null, 'x@test.example', { info() {} } as never),
    { now: () => new Date(Date.now() - SKEW_MS) },
  );
  second = { app: await buildApp(services), services, db };
  provider = await createPerson(first.db, 'member', await createOrganisation(first.db, 'Beeldlijn bv'));
  ambassador = await createPerson(first.db, 'ambassador', undefined, [5]);
  const careHome = await createPerson(first.db, 'member', await createOrganisation(first.db, 'WZC De Linde'));
  challengeId = await publish(first, 'challenges', careHome, ambassador, challengeInput());
  await Promise.all([first.services.matching.engine(), second.services.matching.engine()]);
});
after(async () => {
  await second.app.close();
  if (second.db !== first.db) await second.db.destroy();
  await first.close();
});

async function matchedOn(services: Services, solutionId: string): Promise<boolean> {
  await services.events.catchUp();
  return (await services.matching.matchesFor('challenge', challengeId, null, 50)).some((m) => m.id === solutionId);
}

/** The same steps as `publish`, through the given instance's HTTP server. */
async function publishOn(app: App, input: Record<string, unknown>): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/solutions',
    headers: provider.auth,
    payload: input,
  });
  const id = created.json().id as string;
  await app.inject({
    method: 'POST',
    url: `/api/v1/solutions/${id}/transitions`,
    headers: provider.auth,
    payload: { action: 'submit' },
  });
  await app.inject({
    method: 'POST',
    url: `/api/v1/solutions/${id}/transitions`,
    headers: ambassador.auth,
    payload: { action: 'publish' },
  });
  return id;
}

test('a solution published on the instance whose clock runs ten minutes behind is matched on the other one', async () => {
  const id = await publishOn(second.app, solutionInput({ title: 'Beeldbellen tegen eenzaamheid voor bewoners' }));
  const row = await first.db
    .selectFrom('solutions')
    .select(['status', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  assert.equal(row.status, 'published');
  assert.ok(await matchedOn(second.services, id), 'the writing instance has it at once');
  assert.ok(await matchedOn(first.services, id), 'the other instance has it after reading the events');
});

test('a solution published on the instance with the right clock is matched on the one running behind, and its archiving is followed too', async () => {
  const id = await publishOn(first.app, solutionInput({ title: 'Videogesprekken met familie voor ouderen' }));
  assert.ok(await matchedOn(second.services, id));
  await second.app.inject({
    method: 'POST',
    url: `/api/v1/solutions/${id}/transitions`,
    headers: provider.auth,
    payload: { action: 'archive' },
  });
  assert.equal(await matchedOn(first.services, id), false, 'archived on the instance behind, gone on the other');
  assert.equal(await matchedOn(second.services, id), false);
});
