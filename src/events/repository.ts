// Queries of the outbox: recording events, reading them in commit-safe order, consumers' cursors and
// leases, failed deliveries. Every time that decides an order or a lease is the database's clock.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { EventFailureRow } from '../db/event-tables.ts';
import type { Cursor, DomainEvent, RecordedEvent } from './types.ts';

export async function recordEvent(tx: Database, event: DomainEvent): Promise<void> {
  const { type, ...payload } = event;
  await tx
    .insertInto('domain_events')
    .values({ type, payload: JSON.stringify(payload) })
    .execute();
}

/** Many events of one transaction in one statement (a bulk import). */
export async function recordEvents(tx: Database, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(({ type, ...payload }) => ({ type, payload: JSON.stringify(payload) }));
  for (let start = 0; start < rows.length; start += 1000)
    await tx
      .insertInto('domain_events')
      .values(rows.slice(start, start + 1000))
      .execute();
}

interface EventRecord {
  position: number;
  type: string;
  payload: Record<string, unknown>;
  age_ms: number;
  transaction_id: string;
}

function toRecorded(row: EventRecord): RecordedEvent {
  return {
    position: Number(row.position),
    ageMs: Number(row.age_ms),
    event: { type: row.type, ...row.payload } as DomainEvent,
  };
}

// Ordered by the xid8 column itself (qualified): the text alias of the same name would sort '1000' before '999'.
// Only events of transactions older than every transaction still running in this database are read: a
// transaction that began earlier but commits later can then never appear behind a cursor that moved past
// it. Transaction ids are the server's, so a long transaction in another database (another application,
// a neighbour's migration) would hold back this one's events too; those are left out by their backend's
// database. An id the snapshot saw running but whose backend has since ended counts as this database's.
const RUNNING_ELSEWHERE = sql`SELECT backend_xid::text FROM pg_stat_activity WHERE backend_xid IS NOT NULL
  AND datid IS DISTINCT FROM (SELECT oid FROM pg_database WHERE datname = current_database())`;
const SETTLED = sql`transaction_id < (
  SELECT coalesce(min(running), pg_snapshot_xmax(pg_current_snapshot()))
  FROM pg_snapshot_xip(pg_current_snapshot()) AS running
  WHERE (running::text::numeric % 4294967296)::text NOT IN (${RUNNING_ELSEWHERE}))`;

/** Events after the cursor, in order, with the cursor each one leaves behind. */
export async function eventsAfter(
  db: Database,
  cursor: Cursor,
  limit: number,
): Promise<{ recorded: RecordedEvent; cursor: Cursor }[]> {
  const { rows } = await sql<EventRecord>`SELECT position, type, payload, transaction_id::text AS transaction_id,
      (extract(epoch FROM clock_timestamp() - recorded_at) * 1000)::float8 AS age_ms
    FROM domain_events WHERE (transaction_id, position) > (${cursor.transactionId}::xid8, ${cursor.position}) AND ${SETTLED}
    ORDER BY domain_events.transaction_id, position LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({
    recorded: toRecorded(row),
    cursor: { transactionId: row.transaction_id, position: Number(row.position) },
  }));
}

/**
 * Events already committed after the cursor but not settled yet (an older transaction still runs):
 * an instance applies them to its memory at once and again once they are settled.
 */
export async function committedAfter(
  db: Database,
  cursor: Cursor,
  limit: number,
): Promise<{ recorded: RecordedEvent; cursor: Cursor }[]> {
  const { rows } =
    await sql<EventRecord>`SELECT position, type, payload, transaction_id::text AS transaction_id, 0::float8 AS age_ms
    FROM domain_events WHERE (transaction_id, position) > (${cursor.transactionId}::xid8, ${cursor.position})
    ORDER BY domain_events.transaction_id, position LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({
    recorded: toRecorded(row),
    cursor: { transactionId: row.transaction_id, position: Number(row.position) },
  }));
}

/** Whether some committed event waits behind a transaction still running (it is read once that ends). */
export async function unsettledEvents(db: Database): Promise<boolean> {
  const { rows } = await sql<{
    waiting: boolean;
  }>`SELECT EXISTS (SELECT 1 FROM domain_events WHERE NOT ${SETTLED}) AS waiting`.execute(db);
  return rows[0]?.waiting === true;
}

/** The cursor just past the last settled event: where a fresh in-memory reader starts. */
export async function headCursor(db: Database): Promise<Cursor> {
  const { rows } = await sql<{
    transaction_id: string;
    position: number;
  }>`SELECT transaction_id::text AS transaction_id, position
    FROM domain_events WHERE ${SETTLED} ORDER BY domain_events.transaction_id DESC, position DESC LIMIT 1`.execute(db);
  const [row] = rows;
  return row
    ? { transactionId: row.transaction_id, position: Number(row.position) }
    : { transactionId: '0', position: 0 };
}

export async function eventAt(db: Database, position: number): Promise<RecordedEvent | null> {
  const { rows } = await sql<EventRecord>`SELECT position, type, payload, transaction_id::text AS transaction_id,
      (extract(epoch FROM clock_timestamp() - recorded_at) * 1000)::float8 AS age_ms
    FROM domain_events WHERE position = ${position}`.execute(db);
  return rows[0] ? toRecorded(rows[0]) : null;
}

export async function consumerCursors(db: Database): Promise<Map<string, Cursor>> {
  const { rows } = await sql<{
    name: string;
    transaction_id: string;
    position: number;
  }>`SELECT name, transaction_id::text AS transaction_id, position
    FROM event_consumers`.execute(db);
  return new Map(rows.map((row) => [row.name, { transactionId: row.transaction_id, position: Number(row.position) }]));
}

/** Takes the consumer's lease for a while (or renews it), returning its cursor; null while another holder has it. */
export async function leaseConsumer(
  db: Database,
  name: string,
  holder: string,
  seconds: number,
): Promise<Cursor | null> {
  await db
    .insertInto('event_consumers')
    .values({ name })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const { rows } = await sql<{ transaction_id: string; position: number }>`UPDATE event_consumers
    SET leased_by = ${holder}, leased_until = clock_timestamp() + make_interval(secs => ${seconds})
    WHERE name = ${name} AND (leased_until IS NULL OR leased_until < clock_timestamp() OR leased_by = ${holder})
    RETURNING transaction_id::text AS transaction_id, position`.execute(db);
  const [row] = rows;
  return row ? { transactionId: row.transaction_id, position: Number(row.position) } : null;
}

/** Moves the cursor, only while the lease is still ours: false means another instance took over. */
export async function advanceConsumer(tx: Database, name: string, holder: string, cursor: Cursor): Promise<boolean> {
  const result =
    await sql`UPDATE event_consumers SET transaction_id = ${cursor.transactionId}::xid8, position = ${cursor.position},
    delivered_at = clock_timestamp() WHERE name = ${name} AND leased_by = ${holder}`.execute(tx);
  return Number(result.numAffectedRows ?? 0) === 1;
}

export async function releaseConsumer(db: Database, name: string, holder: string): Promise<void> {
  await db
    .updateTable('event_consumers')
    .set({ leased_by: null, leased_until: null })
    .where('name', '=', name)
    .where('leased_by', '=', holder)
    .execute();
}

/** A failed delivery: retried after `delaySeconds`, or dead when `dead`. */
export async function recordFailure(
  db: Database,
  failure: { consumer: string; position: number; error: string; delaySeconds: number; dead: boolean },
): Promise<void> {
  const state = failure.dead ? 'dead' : 'retrying';
  await sql`INSERT INTO event_failures (consumer, position, state, attempts, next_attempt_at, last_error)
    VALUES (${failure.consumer}, ${failure.position}, ${state}, 1, clock_timestamp() + make_interval(secs => ${failure.delaySeconds}), ${failure.error})
    ON CONFLICT (consumer, position) DO UPDATE SET state = ${state}, attempts = event_failures.attempts + 1, leased_until = NULL,
      next_attempt_at = EXCLUDED.next_attempt_at, last_error = EXCLUDED.last_error, failed_at = clock_timestamp()`.execute(
    db,
  );
}

/** Failures due for another attempt, each leased to the caller so no other instance retries it meanwhile. */
export async function claimDueFailures(
  db: Database,
  consumers: string[],
  seconds: number,
  limit: number,
): Promise<EventFailureRow[]> {
  if (consumers.length === 0) return [];
  const { rows } =
    await sql<EventFailureRow>`UPDATE event_failures SET leased_until = clock_timestamp() + make_interval(secs => ${seconds})
    WHERE (consumer, position) IN (SELECT consumer, position FROM event_failures
      WHERE state = 'retrying' AND next_attempt_at <= clock_timestamp() AND consumer IN (${sql.join(consumers)})
        AND (leased_until IS NULL OR leased_until < clock_timestamp())
      ORDER BY position LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  return rows.map((row) => ({ ...row, position: Number(row.position) }));
}

export async function resolveFailure(tx: Database, consumer: string, position: number): Promise<void> {
  await tx.deleteFrom('event_failures').where('consumer', '=', consumer).where('position', '=', position).execute();
}

export async function listFailures(db: Database): Promise<EventFailureRow[]> {
  return db.selectFrom('event_failures').selectAll().orderBy('state').orderBy('position', 'desc').limit(200).execute();
}

/** An administrator's replay: the dead (or waiting) delivery is due again now, its attempts counted afresh. */
export async function replayFailure(db: Database, consumer: string, position: number): Promise<boolean> {
  const result =
    await sql`UPDATE event_failures SET state = 'retrying', attempts = 0, next_attempt_at = clock_timestamp(), leased_until = NULL
    WHERE consumer = ${consumer} AND position = ${position}`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/**
 * The outbox's retention: events older than `days` that every consumer has read and no failed
 * delivery still needs. Instances keep their cursors in memory from their start, past these.
 */
export async function pruneDeliveredEvents(db: Database, days: number): Promise<number> {
  const result =
    await sql`DELETE FROM domain_events e WHERE e.recorded_at < clock_timestamp() - make_interval(days => ${days})
    AND NOT EXISTS (SELECT 1 FROM event_failures f WHERE f.position = e.position)
    AND NOT EXISTS (SELECT 1 FROM event_consumers c WHERE (e.transaction_id, e.position) > (c.transaction_id, c.position))`.execute(
      db,
    );
  return Number(result.numAffectedRows ?? 0);
}

export interface ConsumerState {
  name: string;
  position: number;
  deliveredAt: Date | null;
  behind: number;
  /** Age of the oldest event it has not read yet, by the database's clock; 0 when it is up to date. */
  lagSeconds: number;
}

/** Each consumer's position, how many events it has still to read, and how long the oldest has waited. */
export async function consumerStates(db: Database): Promise<ConsumerState[]> {
  const { rows } = await sql<{
    name: string;
    position: number;
    delivered_at: Date | null;
    behind: number;
    lag_seconds: number | null;
  }>`SELECT c.name, c.position,
      c.delivered_at, count(e.position) AS behind, extract(epoch FROM clock_timestamp() - min(e.recorded_at))::float8 AS lag_seconds
    FROM event_consumers c LEFT JOIN domain_events e ON (e.transaction_id, e.position) > (c.transaction_id, c.position)
    GROUP BY c.name, c.position, c.delivered_at ORDER BY c.name`.execute(db);
  return rows.map((row) => ({
    name: row.name,
    position: Number(row.position),
    deliveredAt: row.delivered_at,
    behind: Number(row.behind),
    lagSeconds: Number(row.lag_seconds ?? 0),
  }));
}
