import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, createPerson, type Harness, type TestPerson } from '../test-support/harness.ts';
import { runImportCommand } from './cli.ts';
import { sampleRows, toCsv } from './sample.ts';

let h: Harness;
let admin: TestPerson;
let folder: string;

before(async () => {
  h = await startHarness();
  admin = await createPerson(h.db, 'admin');
  folder = await mkdtemp(join(tmpdir(), 'hd-import-'));
});
after(async () => {
  await h.close();
  await rm(folder, { recursive: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

async function solutionCount(): Promise<number> {
  return (
    await h.db
      .selectFrom('solutions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
}

test('the import command imports a file as the given admin and exits with 0', async (t) => {
  const output = t.mock.method(console, 'log', () => {});
  const code = await runImportCommand(h.db, {
    file: await file('good.csv', toCsv(sampleRows(3, 16_100_000))),
    dryRun: false,
    as: admin.email,
  });
  assert.equal(code, 0);
  assert.match(String(output.mock.calls.at(-1)?.arguments[0]), /3 oplossingen nieuw/);
  const audit = await h.db
    .selectFrom('audit_events')
    .select('actor_id')
    .where('action', '=', 'solution.imported')
    .execute();
  assert.ok(audit.length === 3 && audit.every((a) => a.actor_id === admin.id));
});

test('the import command prints the row-level report and exits with 1 on an invalid file, importing nothing', async (t) => {
  const output = t.mock.method(console, 'log', () => {});
  const rows = sampleRows(2, 16_200_000);
  rows[1] = { ...rows[1], organisationEnterpriseNumber: 'BE0123456789' };
  const before = await solutionCount();
  const code = await runImportCommand(h.db, { file: await file('bad.json', JSON.stringify(rows)), dryRun: false });
  assert.equal(code, 1);
  assert.ok(output.mock.calls.some((call) => /^row 2\torganisationEnterpriseNumber\t/.test(String(call.arguments[0]))));
  assert.equal(await solutionCount(), before);
});

test('the import command with --dry-run saves nothing', async (t) => {
  t.mock.method(console, 'log', () => {});
  const before = await solutionCount();
  assert.equal(
    await runImportCommand(h.db, { file: await file('dry.csv', toCsv(sampleRows(2, 16_300_000))), dryRun: true }),
    0,
  );
  assert.equal(await solutionCount(), before);
});

test('the import command refuses to act for someone who is not an admin', async () => {
  const member = await createPerson(h.db, 'member');
  await assert.rejects(
    runImportCommand(h.db, {
      file: await file('x.csv', toCsv(sampleRows(1, 16_400_000))),
      dryRun: false,
      as: member.email,
    }),
    /not an admin/,
  );
});
