// Scheduled jobs as rows: any instance claims a due job with SKIP LOCKED and a lease by the
// database's clock, so one that dies mid-run is taken over once its lease runs out.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ScheduledJobRow } from '../db/event-tables.ts';

export async function ensureJob(db: Database, name: string): Promise<void> {
  await db
    .insertInto('scheduled_jobs')
    .values({ name, next_run_at: sql<Date>`clock_timestamp()` as never })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/** True when this holder now runs the job: it was due and nobody else holds it. */
export async function claimDueJob(db: Database, name: string, holder: string, leaseSeconds: number): Promise<boolean> {
  const { rows } =
    await sql`UPDATE scheduled_jobs SET leased_by = ${holder}, leased_until = clock_timestamp() + make_interval(secs => ${leaseSeconds}),
      last_started_at = clock_timestamp()
    WHERE name = (SELECT name FROM scheduled_jobs WHERE name = ${name} AND next_run_at <= clock_timestamp()
      AND (leased_until IS NULL OR leased_until < clock_timestamp()) FOR UPDATE SKIP LOCKED)
    RETURNING name`.execute(db);
  return rows.length === 1;
}

export async function finishJob(
  db: Database,
  name: string,
  holder: string,
  outcome: { intervalSeconds: number; error: string | null },
): Promise<void> {
  await sql`UPDATE scheduled_jobs SET leased_by = NULL, leased_until = NULL, last_finished_at = clock_timestamp(), runs = runs + 1,
      last_error = ${outcome.error}, next_run_at = clock_timestamp() + make_interval(secs => ${outcome.intervalSeconds})
    WHERE name = ${name} AND leased_by = ${holder}`.execute(db);
}

export async function listJobs(db: Database): Promise<ScheduledJobRow[]> {
  return db.selectFrom('scheduled_jobs').selectAll().orderBy('name').execute();
}
