import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import {
  startHarness,
  createOrganisation,
  createPerson,
  formSession,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { runImportCommand } from './cli.ts';

let h: Harness;
let admin: TestPerson;
let kbo: string;
let folder: string;

// The standard's own example (publiccodeyml/publiccode.yml, CC0 1.0; see src/publiccode/SCHEMA-SOURCE.md).
const medusa = () => readFile(new URL('../publiccode/fixtures/medusa.publiccode.yml', import.meta.url), 'utf8');
const invalid = async () => (await medusa()).replace('developmentStatus: development', 'developmentStatus: ready');

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
  const organisation = await createOrganisation(h.db, 'Aanbieder Medusa');
  kbo = (
    await h.db
      .selectFrom('organisations')
      .select('enterprise_number')
      .where('id', '=', organisation)
      .executeTakeFirstOrThrow()
  ).enterprise_number;
  folder = await mkdtemp(join(tmpdir(), 'hd-publiccode-'));
});
after(async () => {
  await h.close();
  await rm(folder, { recursive: true });
});

async function solutionCount(): Promise<number> {
  return (await h.db.selectFrom('solutions').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
}

/** A multipart/form-data body as a browser sends it for the upload form. */
function multipartBody(fields: Record<string, string>, file: { name: string; content: string }) {
  const boundary = `----helemaal${Date.now()}`;
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/yaml\r\n\r\n${file.content}\r\n`,
    `--${boundary}--\r\n`,
  );
  return { payload: Buffer.from(parts.join('')), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(name: string, content: string, fields: Record<string, string>) {
  const session = await formSession(h.app, '/admin/import', admin.token);
  const body = multipartBody({ _csrf: session.csrf, ...fields }, { name, content });
  return h.app.inject({
    method: 'POST',
    url: '/admin/import/file',
    cookies: session.cookies,
    headers: { 'content-type': body.contentType },
    payload: body.payload,
  });
}

test('the import page accepts a publiccode.yml file and asks for the provider', async () => {
  const page = await h.app.inject({ url: '/admin/import', cookies: { hd_session: admin.token } });
  assert.match(page.body, /accept="[^"]*\.yml,\.yaml/);
  assert.match(page.body, /<input type="text" id="file-organisation" name="organisation"/);
  assert.match(page.body, /<option value="publiccode">publiccode\.yml<\/option>/);
});

test('an invalid publiccode.yml upload shows the field report and imports nothing', async () => {
  const before = await solutionCount();
  const response = await upload('publiccode.yml', await invalid(), { organisation: kbo });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /Foutenrapport/);
  assert.match(response.body, /<td>1<\/td><td><code>developmentStatus<\/code><\/td><td>Deze waarde is niet toegelaten/);
  assert.equal(await solutionCount(), before);
});

test('a publiccode.yml upload without a provider is refused', async () => {
  const response = await upload('publiccode.yml', await medusa(), {});
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /<code>organisation<\/code><\/td><td>Kies de organisatie/);
});

test('an uploaded publiccode.yml is imported and the page lists what was not kept', async () => {
  const before = await solutionCount();
  const response = await upload('publiccode.yaml', await medusa(), { organisation: kbo, dryRun: 'on' });
  assert.equal(response.statusCode, 200, response.body);
  assert.match(response.body, /Controle geslaagd/);
  assert.equal(await solutionCount(), before);
  const saved = await upload('publiccode.yaml', await medusa(), { organisation: kbo });
  assert.equal(saved.statusCode, 200, saved.body);
  assert.match(saved.body, /1 rijen verwerkt: 1 oplossingen nieuw/);
  assert.match(saved.body, /Wat niet of anders overgenomen is/);
  assert.match(saved.body, /<code>dependsOn<\/code><\/td><td>Niet overgenomen/);
  assert.equal(await solutionCount(), before + 1);
});

test('the import command reads a .yml file for the given organisation, reports notes, and updates on a second run', async (t) => {
  const output = t.mock.method(console, 'log', () => {});
  const path = join(folder, 'publiccode.yml');
  await writeFile(path, (await medusa()).replace('name: Medusa', 'name: Medusa Desktop'));
  const first = await runImportCommand(h.db, { file: path, dryRun: false, as: admin.email, organisation: kbo });
  assert.equal(first, 0);
  const lines = output.mock.calls.map((call) => String(call.arguments[0]));
  assert.ok(lines.some((line) => /1 oplossingen nieuw/.test(line)));
  assert.ok(lines.some((line) => /^note\tIT\tNiet overgenomen/.test(line)));
  const before = await solutionCount();
  assert.equal(await runImportCommand(h.db, { file: path, dryRun: false, organisation: kbo }), 0);
  assert.equal(await solutionCount(), before);
});

test('the import command prints the field report for an invalid publiccode.yml and exits with 1', async (t) => {
  const output = t.mock.method(console, 'log', () => {});
  const path = join(folder, 'broken.yaml');
  await writeFile(path, await invalid());
  const before = await solutionCount();
  assert.equal(await runImportCommand(h.db, { file: path, dryRun: false, organisation: kbo }), 1);
  assert.ok(output.mock.calls.some((call) => /^row 1\tdevelopmentStatus\t/.test(String(call.arguments[0]))));
  assert.equal(await solutionCount(), before);
});

test('a publiccode.yml pasted into the form is checked like an upload', async () => {
  const session = await formSession(h.app, '/admin/import', admin.token);
  const post = async (content: string) =>
    h.app.inject({
      method: 'POST',
      url: '/admin/import',
      cookies: session.cookies,
      payload: { _csrf: session.csrf, format: 'publiccode', organisation: kbo, content, dryRun: 'on' },
    });
  const valid = await post(await medusa());
  assert.equal(valid.statusCode, 200, valid.body);
  assert.match(valid.body, /Controle geslaagd/);
  assert.match(valid.body, /<option value="publiccode" selected>/);
  const broken = await post(await invalid());
  assert.equal(broken.statusCode, 400);
  assert.match(broken.body, /<code>developmentStatus<\/code>/);
});
