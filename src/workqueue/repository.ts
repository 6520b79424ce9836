// The queries behind the ambassador's work queue. Each returns candidates for every curator; the
// service keeps those the ambassador curates.
import type { Database } from '../db/database.ts';
import { INTRODUCED } from '../matches/lifecycle.ts';
import type { FieldValues } from '../items/changes-repository.ts';

const QUEUE_LIMIT = 500;

const itemColumns = ['id', 'title', 'spearheads', 'classification', 'status'] as const;

export async function submittedChallenges(db: Database) {
  return db
    .selectFrom('challenges')
    .select([...itemColumns, 'owner_organisation_id as organisation_id', 'assigned_ambassador_id', 'submitted_at'])
    .where('status', '=', 'submitted')
    .orderBy('submitted_at')
    .limit(QUEUE_LIMIT)
    .execute();
}

export async function submittedSolutions(db: Database) {
  return db
    .selectFrom('solutions')
    .select([...itemColumns, 'provider_organisation_id as organisation_id', 'submitted_at'])
    .where('status', '=', 'submitted')
    .orderBy('submitted_at')
    .limit(QUEUE_LIMIT)
    .execute();
}

/** Published challenges without a match both sides accepted. */
export async function unmatchedChallenges(db: Database) {
  return db
    .selectFrom('challenges')
    .select([...itemColumns, 'owner_organisation_id as organisation_id', 'assigned_ambassador_id', 'expires_at'])
    .where('status', '=', 'published')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('matches')
            .select('matches.id')
            .whereRef('matches.challenge_id', '=', 'challenges.id')
            .where('matches.status', 'in', [...INTRODUCED]),
        ),
      ),
    )
    .orderBy('expires_at')
    .limit(QUEUE_LIMIT)
    .execute();
}

export async function expiringChallenges(db: Database, until: Date) {
  return db
    .selectFrom('challenges')
    .select([...itemColumns, 'owner_organisation_id as organisation_id', 'assigned_ambassador_id', 'expires_at'])
    .where('status', 'in', ['published', 'matched'])
    .where('expires_at', '<=', until)
    .orderBy('expires_at')
    .limit(QUEUE_LIMIT)
    .execute();
}

/** Proposed matches, seen through their challenge (whose ambassador curates them). */
export async function waitingMatches(db: Database) {
  return db
    .selectFrom('matches')
    .innerJoin('challenges', 'challenges.id', 'matches.challenge_id')
    .select([
      'matches.id as match_id',
      'matches.updated_at',
      'matches.challenge_accepted_at',
      'matches.solution_accepted_at',
      'challenges.id',
      'challenges.title',
      'challenges.spearheads',
      'challenges.classification',
      'challenges.status',
      'challenges.owner_organisation_id as organisation_id',
      'challenges.assigned_ambassador_id',
      'matches.solution_id',
    ])
    .where('matches.status', '=', 'proposed')
    .orderBy('matches.updated_at')
    .limit(QUEUE_LIMIT)
    .execute();
}

const changeColumns = ['published_changes.changed_at', 'published_changes.before', 'published_changes.after'] as const;

interface ChangeColumns {
  changed_at: Date;
  before: FieldValues;
  after: FieldValues;
}

/** Unchecked changes to published items, one row per change with its item, oldest first. */
export async function changedChallenges(db: Database) {
  const rows = await db
    .selectFrom('published_changes')
    .innerJoin('challenges', 'challenges.id', 'published_changes.item_id')
    .select([
      'challenges.id',
      'challenges.title',
      'challenges.spearheads',
      'challenges.classification',
      'challenges.status',
      'challenges.owner_organisation_id as organisation_id',
      'challenges.assigned_ambassador_id',
      ...changeColumns,
    ])
    .where('published_changes.item_kind', '=', 'challenge')
    .where('published_changes.checked_at', 'is', null)
    .orderBy('published_changes.changed_at')
    .limit(QUEUE_LIMIT)
    .execute();
  return rows as ((typeof rows)[number] & ChangeColumns)[];
}

export async function changedSolutions(db: Database) {
  const rows = await db
    .selectFrom('published_changes')
    .innerJoin('solutions', 'solutions.id', 'published_changes.item_id')
    .select([
      'solutions.id',
      'solutions.title',
      'solutions.spearheads',
      'solutions.classification',
      'solutions.status',
      'solutions.provider_organisation_id as organisation_id',
      ...changeColumns,
    ])
    .where('published_changes.item_kind', '=', 'solution')
    .where('published_changes.checked_at', 'is', null)
    .orderBy('published_changes.changed_at')
    .limit(QUEUE_LIMIT)
    .execute();
  return rows as ((typeof rows)[number] & ChangeColumns)[];
}
