// Kills a writer with SIGKILL at random moments, restarts it on the same database, and checks after
// every kill that each write it acknowledged is there, with its audit event, and nothing half-done;
// at the end, once the consequences are delivered, that every acknowledged acceptance has each of its
// consequences exactly once: one domain event, the challenge side's introduction e-mails to both
// sides, the notice to the provider, every e-mail sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { isEmbedded, openDatabase, openTestDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { embeddedDatabase, PROVIDER_EMAIL, WRITER_EMAIL, WRITER_TITLE } from './test-support.ts';
import { testConfig } from '../config.ts';
import { assembleServices } from '../services.ts';
import { createMailer } from '../notifications/mailer.ts';

const CYCLES = 20;
const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

interface Writer {
  child: ChildProcess;
  acknowledged: string[];
  accepted: string[];
  writing: Promise<void>;
}

function startWriter(databaseUrl: string): Writer {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acknowledged: string[] = [];
  const accepted: string[] = [];
  let pending = '';
  let stderr = '';
  let markWriting: () => void = () => {};
  const writing = new Promise<void>((resolve) => {
    markWriting = resolve;
  });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    // Only whole lines count: an id cut off by the kill was never acknowledged.
    for (const line of lines) {
      if (line.startsWith('match:')) accepted.push(line.slice('match:'.length));
      else if (line !== 'ready') acknowledged.push(line);
    }
    // Writing: a whole round (a challenge and its acceptance) went through; the kill comes after.
    if (accepted.length > 0) markWriting();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGKILL') console.error(`writer ended by itself (${code}): ${stderr}`);
  });
  return { child, acknowledged, accepted, writing };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function killAtRandom(writer: Writer, cycle: number): Promise<void> {
  // Every third cycle the kill lands while the writer starts up (migrations, its account); the
  // others at a random moment after its first acknowledged write.
  if (cycle % 3 === 0) await delay(50 + Math.random() * 1500);
  else {
    await Promise.race([writer.writing, delay(READY_TIMEOUT_MS)]);
    await delay(Math.random() * 400);
  }
  const exited = once(writer.child, 'exit');
  writer.child.kill('SIGKILL');
  await exited;
}

async function checkConsistency(databaseUrl: string, acknowledged: string[]): Promise<number> {
  const db = openDatabase(databaseUrl);
  try {
    const person = await db.selectFrom('people').select('id').where('email', '=', WRITER_EMAIL).executeTakeFirst();
    const challenges = person
      ? await db
          .selectFrom('challenges')
          .select(['id', 'title', 'status', 'owner_organisation_id'])
          .where('created_by', '=', person.id)
          .execute()
      : [];
    const audited = await db
      .selectFrom('audit_events')
      .select('object_id')
      .where('action', '=', 'challenge.created')
      .execute();
    const present = new Set(challenges.map((c) => c.id));
    const missing = acknowledged.filter((id) => !present.has(id));
    assert.deepEqual(missing, [], 'acknowledged writes lost');
    const auditCount = new Map<string, number>();
    for (const event of audited) auditCount.set(event.object_id, (auditCount.get(event.object_id) ?? 0) + 1);
    for (const challenge of challenges) {
      assert.equal(auditCount.get(challenge.id), 1, `challenge ${challenge.id} has exactly one creation event`);
      assert.ok(
        challenge.title.startsWith(WRITER_TITLE) && challenge.status === 'draft' && challenge.owner_organisation_id,
        `challenge ${challenge.id} is whole`,
      );
    }
    const orphans = audited.filter((event) => event.object_id.length === 36 && !present.has(event.object_id));
    assert.deepEqual(orphans, [], 'creation events without their challenge');
    return challenges.length;
  } finally {
    await db.destroy();
  }
}

// Migrated once up front: a fresh schema takes seconds, and the kills are meant for the writes.
async function prepare(databaseUrl: string): Promise<void> {
  const db = openDatabase(databaseUrl);
  await migrateToLatest(db);
  await db.destroy();
}

/** After the last kill, a fresh instance delivers what is left; then each acceptance has every consequence once. */
async function checkConsequences(databaseUrl: string, accepted: string[]): Promise<void> {
  const db = openDatabase(databaseUrl);
  const config = testConfig({ databaseUrl });
  const services = assembleServices(db, config, createMailer(null, config.mailFrom, { info() {} } as never));
  try {
    // The killed writers' leases run out (after a minute or two in production): end them now.
    for (const table of ['event_consumers', 'event_failures', 'outgoing_mails'] as const)
      await db.updateTable(table).set({ leased_until: null }).execute();
    await services.events.settled();
    const writer = await db
      .selectFrom('people')
      .select('id')
      .where('email', '=', WRITER_EMAIL)
      .executeTakeFirstOrThrow();
    const provider = await db
      .selectFrom('people')
      .select('id')
      .where('email', '=', PROVIDER_EMAIL)
      .executeTakeFirstOrThrow();
    const events = await db.selectFrom('domain_events').select('payload').where('type', '=', 'match.step').execute();
    const mails = await db.selectFrom('outgoing_mails').select(['key', 'state']).execute();
    const notices = await db
      .selectFrom('notifications')
      .select(['person_id', 'params'])
      .where('kind', '=', 'match_step')
      .execute();
    for (const id of accepted) {
      assert.equal(
        (await db.selectFrom('matches').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status,
        'accepted',
      );
      assert.equal(
        events.filter((e) => e.payload.matchId === id && e.payload.action === 'accepted').length,
        1,
        `match ${id}: one acceptance event`,
      );
      for (const person of [writer.id, provider.id]) {
        const introduction = mails.filter((mail) => mail.key === `introduction:${id}:${person}`);
        assert.equal(introduction.length, 1, `match ${id}: one introduction to ${person}`);
        assert.equal(introduction[0]!.state, 'sent');
      }
      const challengeId = (
        await db.selectFrom('matches').select('challenge_id').where('id', '=', id).executeTakeFirstOrThrow()
      ).challenge_id;
      assert.equal(
        notices.filter(
          (n) => n.person_id === provider.id && n.params.challengeId === challengeId && n.params.step === 'accepted',
        ).length,
        1,
        `match ${id}: one notice to the provider`,
      );
    }
    assert.deepEqual(
      mails.filter((mail) => mail.state !== 'sent'),
      [],
      'every queued e-mail is sent',
    );
    assert.deepEqual(await db.selectFrom('event_failures').selectAll().execute(), [], 'no delivery failed');
  } finally {
    await services.events.stop();
    await db.destroy();
  }
}

async function crashCycles(databaseUrl: string): Promise<void> {
  await prepare(databaseUrl);
  const acknowledged: string[] = [];
  const accepted: string[] = [];
  let stored = 0;
  for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
    const writer = startWriter(databaseUrl);
    await killAtRandom(writer, cycle);
    acknowledged.push(...writer.acknowledged);
    accepted.push(...writer.accepted);
    stored = await checkConsistency(databaseUrl, acknowledged);
  }
  assert.ok(accepted.length > 0, 'the writer acknowledged acceptances');
  await checkConsequences(databaseUrl, accepted);
  const writingCycles = CYCLES - Math.floor(CYCLES / 3);
  assert.ok(
    acknowledged.length >= writingCycles,
    `the writer acknowledged ${acknowledged.length} writes in ${writingCycles} writing cycles`,
  );
  assert.ok(stored >= acknowledged.length);
}

const serverUrl = process.env.DATABASE_URL;
const onServer = serverUrl !== undefined && !isEmbedded(serverUrl);

// The suite runs once on PGlite and once on PostgreSQL: each run crashes the writer on its own kind of database.
test(`no acknowledged write or any of its consequences is lost or doubled when the writer is killed ${CYCLES} times (${onServer ? 'PostgreSQL server' : 'embedded database'})`, {
  timeout: 600_000,
}, async () => {
  if (onServer) {
    const database = await openTestDatabase();
    await database.db.destroy();
    try {
      await crashCycles(database.url);
    } finally {
      await database.drop();
    }
    return;
  }
  const database = embeddedDatabase();
  try {
    await crashCycles(database.url);
  } finally {
    database.remove();
  }
});
