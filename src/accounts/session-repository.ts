import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { Viewer } from '../shared/viewer.ts';

// Writing "last seen" on every request would cost a write per page; once a minute is enough, and
// makes the idle timeout end a session at most a minute early.
const LAST_USED_PRECISION_MS = 60_000;

export interface NewSession {
  id: string;
  personId: string;
  startedAt: Date;
  expiresAt: Date;
  userAgent?: string | undefined;
  secondFactorPending?: boolean | undefined;
  keepSignedIn?: boolean | undefined;
}

/** The moment to judge by, and since when a session must have been seen, without and with "keep me signed in". */
export interface SessionLiveness {
  now: Date;
  seenAfter: Date;
  keptSeenAfter: Date;
}

function live(liveness: SessionLiveness) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'sessions'>) =>
    eb.and([
      eb('sessions.revoked_at', 'is', null),
      eb('sessions.expires_at', '>', liveness.now),
      eb.or([
        eb('sessions.last_used_at', '>', liveness.seenAfter),
        eb.and([eb('sessions.keep_signed_in', '=', true), eb('sessions.last_used_at', '>', liveness.keptSeenAfter)]),
      ]),
    ]);
}

export async function insertSession(db: Database, session: NewSession): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      person_id: session.personId,
      expires_at: session.expiresAt,
      last_used_at: session.startedAt,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
      second_factor_pending: session.secondFactorPending ?? false,
      keep_signed_in: session.keepSignedIn ?? false,
    })
    .execute();
}

export async function revokeSession(db: Database, id: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', id).execute();
}

export async function revokeSessionsOf(db: Database, personId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function completeSecondFactor(db: Database, sessionId: string): Promise<void> {
  await db.updateTable('sessions').set({ second_factor_pending: false }).where('id', '=', sessionId).execute();
}

async function touchSession(db: Database, sessionId: string, lastUsedAt: Date, now: Date): Promise<void> {
  if (now.getTime() - lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
  await db
    .updateTable('sessions')
    .set({ last_used_at: now })
    .where('id', '=', sessionId)
    .where('last_used_at', '<', now)
    .execute();
}

/** The person behind a live session, with their organisations and spearheads. */
export async function findViewerBySession(
  db: Database,
  sessionId: string,
  liveness: SessionLiveness,
): Promise<Viewer | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .select([
      'people.id',
      'people.email',
      'people.display_name',
      'people.role',
      'people.locale',
      'people.email_verified_at',
      'sessions.second_factor_pending',
      'sessions.last_used_at',
    ])
    .where('sessions.id', '=', sessionId)
    .where(live(liveness))
    .executeTakeFirst();
  if (!row) return null;
  const [memberships, spearheads] = await Promise.all([
    db.selectFrom('memberships').select('organisation_id').where('person_id', '=', row.id).execute(),
    db.selectFrom('ambassador_spearheads').select('spearhead').where('person_id', '=', row.id).execute(),
    touchSession(db, sessionId, row.last_used_at, liveness.now),
  ]);
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locale: row.locale,
    emailVerified: row.email_verified_at !== null,
    organisationIds: memberships.map((m) => m.organisation_id),
    spearheads: spearheads.map((s) => s.spearhead),
    sessionId,
    secondFactorPending: row.second_factor_pending,
  };
}

export interface SessionListing {
  id: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  userAgent: string | null;
}

export async function liveSessionsOf(
  db: Database,
  personId: string,
  liveness: SessionLiveness,
): Promise<SessionListing[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_used_at', 'user_agent'])
    .where('person_id', '=', personId)
    .where(live(liveness))
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, lastUsedAt: r.last_used_at, userAgent: r.user_agent }));
}

/** Revokes one of the person's own sessions; false when it is not theirs or already ended. */
export async function revokeOwnSession(db: Database, personId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('id', '=', sessionId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
