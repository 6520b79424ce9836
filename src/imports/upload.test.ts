import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startHarness, createPerson, formSession, type Harness, type TestPerson } from '../test-support/harness.ts';
import { sampleRows, toCsv } from './sample.ts';
import { MAX_FILE_MB } from './page.tsx';

let h: Harness;
let admin: TestPerson;

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
});
after(() => h.close());

interface Upload {
  name: string;
  content: string | Buffer;
  type?: string;
}

/** A multipart/form-data body as a browser sends it for the upload form. */
function multipartBody(fields: Record<string, string>, file?: Upload): { payload: Buffer; contentType: string } {
  const boundary = `----helemaal${Date.now()}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
    );
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function uploadFile(file: Upload | undefined, fields: Record<string, string> = {}, withToken = true) {
  const session = await formSession(h.app, '/admin/import', admin.token);
  const body = multipartBody({ ...(withToken ? { _csrf: session.csrf } : {}), ...fields }, file);
  return h.app.inject({
    method: 'POST',
    url: '/admin/import/file',
    cookies: session.cookies,
    headers: { 'content-type': body.contentType },
    payload: body.payload,
  });
}

async function solutionCount(): Promise<number> {
  return (await h.db.selectFrom('solutions').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
}

test('the import page offers a file upload next to the paste field', async () => {
  const page = await h.app.inject({ url: '/admin/import', cookies: { hd_session: admin.token } });
  assert.match(page.body, /enctype="multipart\/form-data"/);
  assert.match(page.body, /<input type="file" id="file" name="file"/);
  assert.match(page.body, /<textarea id="content"/);
});

test('an uploaded CSV file is imported and the summary shown', async () => {
  const before = await solutionCount();
  const response = await uploadFile({ name: 'leden.csv', content: toCsv(sampleRows(3, 16_100_000)), type: 'text/csv' });
  assert.equal(response.statusCode, 200, response.body);
  assert.match(response.body, /3 rijen verwerkt: 3 oplossingen nieuw/);
  assert.match(response.body, /leden\.csv/);
  assert.equal(await solutionCount(), before + 3);
});

test('a JSON file is read as JSON, by its extension or else by its content', async () => {
  const rows = sampleRows(2, 16_200_000).map((row) => ({ ...row, sectors: ['care'], spearheads: [3] }));
  const byName = await uploadFile({ name: 'catalogus.json', content: JSON.stringify(rows) });
  assert.match(byName.body, /2 rijen verwerkt: 2 oplossingen nieuw/);
  const byContent = await uploadFile(
    { name: 'catalogus', content: JSON.stringify({ rows: sampleRows(1, 16_250_000) }) },
    { dryRun: 'on' },
  );
  assert.equal(byContent.statusCode, 200, byContent.body);
  assert.match(byContent.body, /Controle geslaagd/);
});

test('a file with broken rows changes nothing and the page shows the row-level error report', async () => {
  const rows = sampleRows(3, 16_300_000);
  rows[2] = { ...rows[2], pricing: 'barter' };
  const before = await solutionCount();
  const response = await uploadFile({ name: 'fout.csv', content: toCsv(rows) });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /Foutenrapport/);
  assert.match(response.body, /<td>3<\/td><td><code>pricing<\/code><\/td>/);
  assert.equal(await solutionCount(), before);
});

test('a malformed, empty, binary or oversized file is refused with a reason and nothing changes', async () => {
  const before = await solutionCount();
  const cases: [Upload | undefined, RegExp][] = [
    [{ name: 'kapot.json', content: '[{"title": ' }, /JSON-bestand is niet geldig/],
    [undefined, /Kies een bestand/],
    [{ name: 'beeld.csv', content: Buffer.from([0xff, 0xfe, 0x00, 0x81]) }, /geen tekst in UTF-8/],
    // Valid UTF-8, but PostgreSQL cannot store the NUL character in text.
    [
      {
        name: 'nul.csv',
        content: toCsv(sampleRows(1, 16_050_000).map((row) => ({ ...row, title: 'Nul\u0000teken' }))),
      },
      /geen tekst in UTF-8/,
    ],
    [
      { name: 'groot.csv', content: Buffer.alloc(MAX_FILE_MB * 1024 * 1024 + 10, 'a') },
      new RegExp(`groter dan ${MAX_FILE_MB} MB`),
    ],
  ];
  for (const [file, reason] of cases) {
    const response = await uploadFile(file);
    assert.equal(response.statusCode, 400, file?.name);
    assert.match(response.body, reason);
  }
  assert.equal(await solutionCount(), before);
});

test('an upload without the form’s CSRF token is refused', async () => {
  const before = await solutionCount();
  const response = await uploadFile({ name: 'leden.csv', content: toCsv(sampleRows(1, 16_400_000)) }, {}, false);
  assert.equal(response.statusCode, 403);
  assert.equal(await solutionCount(), before);
});

test('other form routes refuse a multipart body instead of skipping their CSRF check', async () => {
  const body = multipartBody({ confirm: 'yes', password: 'x' });
  const response = await h.app.inject({
    method: 'POST',
    url: '/account/delete',
    cookies: { hd_session: admin.token },
    headers: { 'content-type': body.contentType },
    payload: body.payload,
  });
  assert.equal(response.statusCode, 415);
});
