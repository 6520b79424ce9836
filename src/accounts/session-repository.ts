import type { Database } from '../db/database.ts';
import type { Viewer } from './viewer.ts';

export async function insertSession(db: Database, id: string, personId: string, expiresAt: Date): Promise<void> {
  await db.insertInto('sessions').values({ id, person_id: personId, expires_at: expiresAt }).execute();
}

export async function revokeSession(db: Database, id: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', id).execute();
}

export async function revokeSessionsOf(db: Database, personId: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() })
    .where('person_id', '=', personId).where('revoked_at', 'is', null).execute();
}

/** The person behind a live session, with their organisations and spearheads. */
export async function findViewerBySession(db: Database, sessionId: string, now: Date): Promise<Viewer | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.person_id')
    .select(['people.id', 'people.email', 'people.display_name', 'people.role', 'people.locale', 'people.email_verified_at'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const [memberships, spearheads] = await Promise.all([
    db.selectFrom('memberships').select('organisation_id').where('person_id', '=', row.id).execute(),
    db.selectFrom('ambassador_spearheads').select('spearhead').where('person_id', '=', row.id).execute(),
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
  };
}
