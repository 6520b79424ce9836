import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { parse } from 'yaml';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { publiccodeProblems } from './schema.ts';
import { readReferences } from './references.ts';

let h: Harness;
let admin: TestPerson;
let provider: string;
let otherProvider: string;

// The standard's own example (publiccodeyml/publiccode.yml, CC0 1.0; see SCHEMA-SOURCE.md).
const medusa = () => readFile(new URL('./fixtures/medusa.publiccode.yml', import.meta.url), 'utf8');
// A real file: Amsterdam's Signalen (MPL-2.0; maintainers' names replaced, see the file's header).
const signalen = () => readFile(new URL('./fixtures/signalen.publiccode.yml', import.meta.url), 'utf8');

const DUTCH = `publiccodeYmlVersion: "0.4"
name: Meldingen Openbare Ruimte
url: "https://github.com/example/meldingen.git"
platforms: [web, android]
categories: [data-collection, e-commerce]
developmentStatus: stable
softwareType: "standalone/web"
intendedAudience:
  scope: [local-authorities, transportation, research]
  countries: [BE, NL]
description:
  nl:
    shortDescription: Burgers melden schade en hinder in de openbare ruimte, de gemeente volgt elke melding op.
    longDescription: >
      Meldingen Openbare Ruimte laat inwoners een kapotte stoep, zwerfvuil of een defecte lamp melden met een foto
      en een plaats op de kaart. De gemeente verdeelt de meldingen over haar diensten, houdt de melder op de hoogte
      en ziet in een overzicht waar en hoe snel er opgevolgd wordt.
    features: [Melden met foto, Opvolging per dienst]
  en:
    shortDescription: Residents report damage in public space; the municipality follows every report up.
legal:
  license: EUPL-1.2
  mainCopyrightOwner: Gemeente Voorbeeld
maintenance:
  type: internal
localisation:
  localisationReady: true
  availableLanguages: [nl, en, it]
`;

async function enterpriseNumber(id: string): Promise<string> {
  const row = await h.db
    .selectFrom('organisations')
    .select('enterprise_number')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.enterprise_number;
}

async function importYaml(body: string, organisation: string, headers: Record<string, string> = admin.auth) {
  return h.app.inject({
    method: 'POST',
    url: `/api/v1/imports?organisation=${encodeURIComponent(organisation)}`,
    headers: { ...headers, 'content-type': 'application/yaml' },
    payload: body,
  });
}

async function solutionTitled(title: string, organisationId: string) {
  return h.db
    .selectFrom('solutions')
    .selectAll()
    .where('title', '=', title)
    .where('provider_organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

async function solutionCount(): Promise<number> {
  return (await h.db.selectFrom('solutions').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
}

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
  provider = await createOrganisation(h.db, 'Softwarehuis Voorbeeld');
  otherProvider = await createOrganisation(h.db, 'Tweede Aanbieder');
});
after(() => h.close());

test('the standard’s own example imports through the API as a published solution, with what is not kept listed', async () => {
  const response = await importYaml(await medusa(), await enterpriseNumber(provider));
  assert.equal(response.statusCode, 200, response.body);
  const body = response.json();
  assert.equal(body.solutionsCreated, 1);
  const notes = new Map<string, string>(body.notes.map((n: { field: string; reason: string }) => [n.field, n.reason]));
  for (const field of ['IT', 'dependsOn', 'softwareVersion', 'description.en.features', 'maintenance.contacts'])
    assert.match(notes.get(field) ?? '', /Niet overgenomen/, field);
  assert.match(notes.get('spearheads') ?? '', /ingesteld op 8/);
  const solution = await solutionTitled('Medusa', provider);
  assert.equal(solution.status, 'published');
  assert.equal(solution.classification, 'public');
  assert.equal(solution.language, 'en');
  assert.equal(solution.kind, 'product');
  assert.equal(solution.market_stage, 'prototype');
  assert.match(solution.description, /^This description can have a maximum 150 characters long/);
  assert.match(solution.description, /Very long description of this software/);
  assert.deepEqual(readReferences(solution.reference_text), {
    url: 'https://example.com/italia/medusa.git',
    landingUrl: 'https://example.com/italia/medusa',
    licence: 'AGPL-3.0-or-later',
    copyrightOwner: 'City of Chicago',
    maintenance: 'contract',
    usedBy: ['Comune di Firenze', 'Comune di Roma'],
  });
  const audit = await h.db
    .selectFrom('audit_events')
    .select('actor_id')
    .where('action', '=', 'solution.imported')
    .where('object_id', '=', solution.id)
    .execute();
  assert.deepEqual(
    audit.map((a) => a.actor_id),
    [admin.id],
  );
  const events = await h.db
    .selectFrom('domain_events')
    .select('payload')
    .where(sql<boolean>`payload->>'id' = ${solution.id}`)
    .execute();
  assert.equal(events.length, 1);
});

test('a Dutch file maps its scopes, categories, countries and languages as documented', async () => {
  const response = await importYaml(DUTCH, await enterpriseNumber(provider));
  assert.equal(response.statusCode, 200, response.body);
  const solution = await solutionTitled('Meldingen Openbare Ruimte', provider);
  assert.equal(solution.language, 'nl');
  assert.equal(solution.kind, 'platform');
  assert.equal(solution.market_stage, 'market');
  assert.deepEqual([...solution.sectors].sort(), ['government', 'mobility', 'retail']);
  assert.deepEqual(solution.regions_served, ['BE2', 'NL']);
  assert.deepEqual(solution.languages, ['nl', 'en']);
  assert.deepEqual(solution.technologies, ['web', 'android', 'data-collection', 'e-commerce']);
  assert.equal(solution.pricing, 'free');
  assert.match(solution.reference_text, /^Broncode: https:\/\/github\.com\/example\/meldingen\.git$/m);
  assert.match(solution.reference_text, /^Licentie: EUPL-1\.2$/m);
  const fields = response.json().notes.map((n: { field: string }) => n.field);
  for (const field of [
    'description.en',
    'description.nl.features',
    'intendedAudience.scope',
    'localisation.availableLanguages',
  ])
    assert.ok(fields.includes(field), field);
});

test('a public software solution exports as publiccode.yml that validates against the schema, on the page address and in the API', async () => {
  const solution = await solutionTitled('Meldingen Openbare Ruimte', provider);
  for (const url of [`/solutions/${solution.id}/publiccode.yml`, `/api/v1/solutions/${solution.id}/publiccode.yml`]) {
    const response = await h.app.inject({ url });
    assert.equal(response.statusCode, 200, url);
    assert.match(String(response.headers['content-type']), /^application\/yaml/);
    const document = parse(response.body);
    assert.deepEqual(publiccodeProblems(document), [], url);
    assert.equal(document.name, 'Meldingen Openbare Ruimte');
    assert.equal(document.url, 'https://github.com/example/meldingen.git');
    assert.equal(document.legal.license, 'EUPL-1.2');
    assert.equal(document.legal.repoOwner, 'Softwarehuis Voorbeeld');
    assert.deepEqual(document.platforms, ['web', 'android']);
    assert.deepEqual(document.categories, ['data-collection', 'e-commerce']);
    assert.equal(document.softwareType, 'standalone/web');
    assert.equal(document.developmentStatus, 'stable');
    assert.ok(document.description.nl.shortDescription.length <= 150);
  }
});

test('a real municipality’s file (Signalen, Amsterdam) imports in Dutch with its paragraphs, users and licence', async () => {
  const response = await importYaml(await signalen(), await enterpriseNumber(provider));
  assert.equal(response.statusCode, 200, response.body);
  const solution = await solutionTitled('Signalen frontend', provider);
  assert.equal(solution.language, 'nl');
  assert.equal(solution.kind, 'platform');
  assert.deepEqual(solution.sectors, ['government']);
  assert.match(
    solution.description,
    /^Signalen is een open source proces- en taaksysteem[^\n]*routeert\.\n\nSignalen is een/,
  );
  // The file's long description is folded YAML (>): its blank lines are single line breaks, kept as they are.
  assert.match(solution.description, /zo’n 300\.000 meldingen/);
  assert.match(solution.description, /vrij gebruikt worden door andere overheden en gemeenten\.$/);
  assert.deepEqual(readReferences(solution.reference_text), {
    url: 'https://github.com/Amsterdam/signals-frontend',
    landingUrl: 'https://signalen.org/',
    licence: 'MPL-2.0',
    copyrightOwner: 'Signalen',
    maintenance: 'community',
    usedBy: ['Gemeente Amsterdam', "Gemeente 's-Hertogenbosch"],
  });
  const fields = response.json().notes.map((n: { field: string }) => n.field);
  for (const field of ['legal.repoOwner', 'maintenance.contacts', 'dependsOn', 'description.nl.documentation'])
    assert.ok(fields.includes(field), field);
});

test('export, validate and import again give the same title, description and website', async () => {
  for (const title of ['Medusa', 'Meldingen Openbare Ruimte', 'Signalen frontend']) {
    const original = await solutionTitled(title, provider);
    const exported = await h.app.inject({ url: `/solutions/${original.id}/publiccode.yml` });
    assert.deepEqual(publiccodeProblems(parse(exported.body)), [], title);
    const again = await importYaml(exported.body, await enterpriseNumber(otherProvider));
    assert.equal(again.statusCode, 200, again.body);
    const copy = await solutionTitled(title, otherProvider);
    assert.equal(copy.title, original.title);
    assert.equal(copy.description, original.description);
    assert.equal(copy.language, original.language);
    assert.equal(readReferences(copy.reference_text).url, readReferences(original.reference_text).url);
    assert.equal(readReferences(copy.reference_text).licence, readReferences(original.reference_text).licence);
  }
});

test('a confidential, internal, unpublished or non-software solution has no publiccode.yml: 404 for everyone', async () => {
  const solution = await solutionTitled('Medusa', otherProvider);
  const member = await createPerson(h.db, 'member', otherProvider);
  const answers = async () =>
    Promise.all(
      [`/solutions/${solution.id}/publiccode.yml`, `/api/v1/solutions/${solution.id}/publiccode.yml`].flatMap((url) => [
        h.app.inject({ url }).then((r) => r.statusCode),
        h.app.inject({ url, headers: member.auth }).then((r) => r.statusCode),
      ]),
    );
  const update = (values: Record<string, unknown>) =>
    h.db.updateTable('solutions').set(values).where('id', '=', solution.id).execute();
  await update({ classification: 'confidential' });
  assert.deepEqual(await answers(), [404, 404, 404, 404]);
  await update({ classification: 'internal' });
  assert.deepEqual(await answers(), [404, 404, 404, 404]);
  await update({ classification: 'public', status: 'draft' });
  assert.deepEqual(await answers(), [404, 404, 404, 404]);
  await update({ status: 'published', reference_text: 'Gebruikt bij drie gemeenten.' });
  assert.deepEqual(await answers(), [404, 404, 404, 404]);
  const missing = await h.app.inject({ url: '/api/v1/solutions/00000000-0000-4000-8000-000000000000/publiccode.yml' });
  assert.equal(missing.statusCode, 404);
});

test('an invalid publiccode.yml is refused with a problem per field and nothing is imported', async () => {
  const before = await solutionCount();
  const broken = DUTCH.replace('developmentStatus: stable', 'developmentStatus: finished')
    .replace(/legal:\n {2}license: EUPL-1.2\n {2}mainCopyrightOwner: Gemeente Voorbeeld\n/, '')
    .replace('url: "https://github.com/example/meldingen.git"', 'url: "geen adres"\nlicense: MIT');
  const response = await importYaml(broken, await enterpriseNumber(provider));
  assert.equal(response.statusCode, 400, response.body);
  const problems = response.json().problems as { row: number; field: string; reason: string }[];
  const byField = new Map(problems.map((p) => [p.field, p.reason]));
  assert.match(byField.get('legal') ?? '', /verplicht/);
  assert.match(byField.get('developmentStatus') ?? '', /concept, development, beta, stable, obsolete/);
  assert.match(byField.get('url') ?? '', /uri/);
  assert.match(byField.get('license') ?? '', /bestaat niet/);
  assert.equal(await solutionCount(), before);
});

test('malformed YAML, an unknown provider and a platform rule broken by the file are reported; nothing is imported', async () => {
  const before = await solutionCount();
  const malformed = await importYaml('name: [unclosed\nurl: x', await enterpriseNumber(provider));
  assert.equal(malformed.statusCode, 400);
  assert.match(malformed.json().problems[0].reason, /YAML-bestand is niet goed opgebouwd/);
  const unknown = await importYaml(DUTCH, 'BE0123456749');
  assert.equal(unknown.statusCode, 400);
  assert.deepEqual(
    unknown.json().problems.map((p: { field: string }) => p.field),
    ['organisation'],
  );
  const shortName = await importYaml(
    DUTCH.replace('name: Meldingen Openbare Ruimte', 'name: MOR'),
    await enterpriseNumber(provider),
  );
  assert.equal(shortName.statusCode, 400);
  assert.deepEqual(
    shortName.json().problems.map((p: { row: number; field: string }) => [p.row, p.field]),
    [[1, 'name']],
  );
  assert.equal(await solutionCount(), before);
});

test('only admins may import a publiccode.yml file', async () => {
  const member = await createPerson(h.db, 'member', provider);
  const response = await importYaml(DUTCH, await enterpriseNumber(provider), member.auth);
  assert.equal(response.statusCode, 403);
});
