// Items published before the LDES existed: migration 0020 gives each a quiet item.changed, and the
// ldes-members consumer turns those into first versions in publication order, by the same rule.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser, Store } from 'n3';
import { buildApp } from '../app.ts';
import type { App, Services } from '../app-types.ts';
import { testConfig } from '../config.ts';
import { openTestDatabase } from '../db/database.ts';
import { migrateToLatest, migrateUpTo } from '../db/migrate.ts';
import { createMailer } from '../notifications/mailer.ts';
import { assembleServices } from '../services.ts';
import { createOrganisation } from '../test-support/harness.ts';

const BASE = 'http://hd.test';
let app: App;
let services: Services;
let drop: () => Promise<void>;
const ids: Record<string, string> = {};

before(async () => {
  const database = await openTestDatabase();
  drop = database.drop;
  const { db } = database;
  await migrateUpTo(db, '0019-domain-events');
  const organisation = await createOrganisation(db, 'Woonzorg Oud Huis');
  const challenge = (title: string, classification: 'public' | 'internal', published: string | null) =>
    db
      .insertInto('challenges')
      .values({
        title,
        description: 'Een uitdaging van voor de stroom.',
        region: 'BE23',
        language: 'nl',
        urgency: 'high',
        classification,
        status: published ? 'published' : 'draft',
        published_at: published,
        owner_organisation_id: organisation,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
  ids.challenge = (await challenge('Oude openbare uitdaging', 'public', '2025-03-01T10:00:00Z')).id;
  ids.internal = (await challenge('OUDINTERNMERK', 'internal', '2025-02-01T10:00:00Z')).id;
  ids.draft = (await challenge('OUDONTWERPMERK', 'public', null)).id;
  ids.solution = (
    await db
      .insertInto('solutions')
      .values({
        title: 'Oude openbare oplossing',
        description: 'Een oplossing van voor de stroom.',
        kind: 'app',
        pricing: 'paid',
        language: 'nl',
        status: 'published',
        published_at: '2024-06-01T10:00:00Z',
        provider_organisation_id: organisation,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await migrateToLatest(db);
  const config = testConfig({ baseUrl: BASE });
  services = assembleServices(db, config, createMailer(null, config.mailFrom, { info() {} } as never));
  app = await buildApp(services);
  await app.ready();
  await services.events.settled();
});

after(async () => {
  await app.close();
  await drop();
});

test('items published before the stream existed are its first members, in publication order, public ones only', async () => {
  const response = await app.inject({ url: '/ldes/items/pages/0', headers: { accept: 'text/turtle' } });
  assert.equal(response.statusCode, 200);
  const store = new Store(new Parser({ baseIRI: `${BASE}/ldes/items/pages/0` }).parse(response.body));
  const versions = store.getObjects(`${BASE}/ldes/items`, 'https://w3id.org/tree#member', null);
  assert.deepEqual(
    versions.map((v) => store.getObjects(v, 'http://purl.org/dc/terms/isVersionOf', null)[0]?.value),
    [`${BASE}/solutions/${ids.solution}`, `${BASE}/challenges/${ids.challenge}`],
  );
  for (const marker of ['OUDINTERNMERK', 'OUDONTWERPMERK']) assert.ok(!response.body.includes(marker));
});
