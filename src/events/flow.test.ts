// The event flow against the real database: failures retried and given up as dead letters, replay,
// two instances sharing one stream, and (on a PostgreSQL server) a transaction that commits late.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../test-support/harness.ts';
import { sql } from 'kysely';
import { isEmbedded, openDatabase, openTestDatabase } from '../db/database.ts';
import type { Services } from '../app-types.ts';
import { EventFlow, type FlowOptions } from './flow.ts';
import { eventsAfter, pruneDeliveredEvents, recordEvent, replayFailure } from './repository.ts';
import type { DomainEvent, SharedConsumer } from './types.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h.close();
});

const flows: EventFlow[] = [];
after(async () => {
  for (const flow of flows) await flow.stop();
});

/** An instance's flow with only the given consumer. */
function flowWith(consumer: SharedConsumer, options: FlowOptions = {}, db = h.db): EventFlow {
  const flow = new EventFlow(db, options);
  flow.bind({ ...h.services, db, events: flow } as Services);
  flow.addShared(consumer);
  flows.push(flow);
  return flow;
}

const itemEvent = (id: string): DomainEvent => ({ type: 'item.changed', kind: 'challenge', id, status: 'published' });

async function record(...events: DomainEvent[]): Promise<void> {
  await h.db.transaction().execute(async (tx) => {
    for (const event of events) await recordEvent(tx, event);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function failureOf(consumer: string) {
  return h.db.selectFrom('event_failures').selectAll().where('consumer', '=', consumer).executeTakeFirst();
}

test('a failing consequence is retried with back-off, kept as a dead letter after the last attempt, and done once when replayed', async () => {
  let failing = true;
  const done: string[] = [];
  const flow = flowWith(
    {
      name: 'test-retries',
      handles: (event) => event.type === 'item.changed' && event.id.startsWith('retry-'),
      apply: async (_services, event) => {
        if (failing && event.type === 'item.changed' && event.id === 'retry-1')
          throw new Error('the partner system is down');
        done.push(event.type === 'item.changed' ? event.id : '');
      },
    },
    { retryBaseSeconds: 0.5, maxAttempts: 3 },
  );
  await record(itemEvent('retry-1'), itemEvent('retry-2'));
  await flow.settled();
  assert.deepEqual(done, ['retry-2'], 'the event after a failing one is not held up');
  let failure = await failureOf('test-retries');
  assert.equal(failure?.state, 'retrying');
  assert.equal(failure?.attempts, 1);
  assert.match(failure?.last_error ?? '', /partner system is down/);
  await flow.settled();
  assert.equal((await failureOf('test-retries'))?.attempts, 1, 'not retried before its back-off has passed');
  await pause(550);
  await flow.settled();
  assert.equal((await failureOf('test-retries'))?.attempts, 2);
  await pause(1050);
  await flow.settled();
  failure = await failureOf('test-retries');
  assert.equal(failure?.state, 'dead', 'given up after the last attempt');
  await pause(2100);
  await flow.settled();
  assert.equal((await failureOf('test-retries'))?.attempts, 3, 'a dead letter is not retried by itself');

  failing = false;
  assert.equal(await replayFailure(h.db, 'test-retries', failure!.position), true);
  await flow.settled();
  assert.deepEqual(done, ['retry-2', 'retry-1']);
  assert.equal(
    await failureOf('test-retries'),
    undefined,
    'a replayed delivery that succeeds leaves no failure behind',
  );
});

test('events are read in the order of their transaction ids also where the ids gain a digit (99, then 100)', async () => {
  const seen: string[] = [];
  const flow = flowWith({
    name: 'test-digits',
    handles: (event) => event.type === 'item.changed' && event.id.startsWith('digits-'),
    apply: async (_services, event) => {
      seen.push(event.type === 'item.changed' ? event.id : '');
    },
  });
  // Written as transactions 99 and 100 had written them (both long finished): the ids, not their text, give the order.
  for (const [transaction, id] of [
    ['100', 'digits-second'],
    ['99', 'digits-first'],
  ] as const) {
    await h.db
      .insertInto('domain_events')
      .values({
        transaction_id: transaction,
        type: 'item.changed',
        payload: JSON.stringify({ kind: 'challenge', id, status: 'draft' }),
      })
      .execute();
  }
  await flow.settled();
  assert.deepEqual(seen, ['digits-first', 'digits-second']);
  assert.deepEqual(
    await eventsAfter(h.db, { transactionId: '0', position: 0 }, 1).then((rows) =>
      rows.map((row) => row.cursor.transactionId),
    ),
    ['99'],
  );
});

test('two instances reading the same stream do each consequence once', async () => {
  const applied = new Map<string, number>();
  const counting: SharedConsumer = {
    name: 'test-once',
    handles: (event) => event.type === 'item.changed' && event.id.startsWith('once-'),
    apply: async (_services, event) => {
      const id = event.type === 'item.changed' ? event.id : '';
      applied.set(id, (applied.get(id) ?? 0) + 1);
    },
  };
  const first = flowWith(counting);
  const second = flowWith(counting);
  for (let batch = 0; batch < 5; batch += 1) {
    await record(...Array.from({ length: 10 }, (_, n) => itemEvent(`once-${batch}-${n}`)));
    await Promise.all([first.settled(), second.settled(), first.settled()]);
  }
  assert.equal(applied.size, 50);
  assert.deepEqual([...new Set(applied.values())], [1]);
});

test('retention removes old events every consumer has read, and keeps those still unread or needed by a failed delivery', async () => {
  const failing: SharedConsumer = {
    name: 'test-retention',
    handles: (event) => event.type === 'item.changed' && event.id === 'old-failing',
    apply: async () => {
      throw new Error('kept for a replay');
    },
  };
  const flow = flowWith(failing, { retryBaseSeconds: 3600 });
  await record(itemEvent('old-read'), itemEvent('old-failing'));
  await flow.settled();
  // Only this test's consumers: one that has read everything, and one that has read nothing yet.
  await h.db.deleteFrom('event_consumers').where('name', '<>', 'test-retention').execute();
  await h.db.insertInto('event_consumers').values({ name: 'test-lagging' }).execute();
  const positionOf = async (id: string) =>
    (
      await h.db
        .selectFrom('domain_events')
        .select('position')
        .where((eb) => eb(eb.ref('payload', '->>').key('id' as never), '=', id))
        .executeTakeFirst()
    )?.position;
  await h.db
    .updateTable('domain_events')
    .set({ recorded_at: new Date(Date.now() - 40 * 86_400_000) })
    .execute();
  await pruneDeliveredEvents(h.db, 30);
  assert.ok(await positionOf('old-read'), 'a consumer has not read it yet');
  await h.db.deleteFrom('event_consumers').where('name', '=', 'test-lagging').execute();
  await pruneDeliveredEvents(h.db, 30);
  assert.equal(await positionOf('old-read'), undefined, 'old and read by every consumer: removed');
  assert.ok(await positionOf('old-failing'), 'kept while a failed delivery needs it');
});

const serverUrl = process.env.DATABASE_URL;
if (serverUrl !== undefined && !isEmbedded(serverUrl)) {
  test('an event of a transaction that began first but commits last is read, in order, and never skipped (PostgreSQL server)', async () => {
    const seen: string[] = [];
    const flow = flowWith({
      name: 'test-late-commit',
      handles: (event) => event.type === 'item.changed' && event.id.startsWith('late-'),
      apply: async (_services, event) => {
        seen.push(event.type === 'item.changed' ? event.id : '');
      },
    });
    const other = openDatabase(h.url);
    let commit: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let recorded: () => void = () => {};
    const early = new Promise<void>((resolve) => {
      recorded = resolve;
    });
    const slow = other.transaction().execute(async (tx) => {
      await recordEvent(tx, itemEvent('late-first-begun'));
      recorded();
      await released;
    });
    await early;
    await record(itemEvent('late-second-begun'));
    await flow.settled();
    assert.deepEqual(seen, [], 'nothing after a running transaction is read while it may still commit');
    commit();
    await slow;
    await flow.settled();
    assert.deepEqual(seen, ['late-first-begun', 'late-second-begun']);
    await other.destroy();
  });

  test("a transaction running in another database of the same server does not hold back this database's events (PostgreSQL server)", async () => {
    const seen: string[] = [];
    const flow = flowWith({
      name: 'test-other-database',
      handles: (event) => event.type === 'item.changed' && event.id.startsWith('elsewhere-'),
      apply: async (_services, event) => {
        seen.push(event.type === 'item.changed' ? event.id : '');
      },
    });
    const neighbour = await openTestDatabase();
    let finish: () => void = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    let begun: () => void = () => {};
    const holding = new Promise<void>((resolve) => {
      begun = resolve;
    });
    // Another application's long transaction on the same server (a migration, an import): it has a transaction id.
    const long = neighbour.db.transaction().execute(async (tx) => {
      await sql`SELECT pg_current_xact_id()`.execute(tx);
      begun();
      await finished;
    });
    await holding;
    await record(itemEvent('elsewhere-recorded'));
    await flow.settled();
    const seenWhileHeld = [...seen];
    finish();
    await long;
    await neighbour.drop();
    assert.deepEqual(seenWhileHeld, ['elsewhere-recorded']);
  });
}
