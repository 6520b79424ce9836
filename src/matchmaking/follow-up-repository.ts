// Queries on what participants said after their matchmaking meetings, and on the challenges and
// solutions they registered that could become a match (only those the reader may read).
import type { Database } from '../db/database.ts';
import type { Viewer } from '../shared/viewer.ts';
import { visibleTo } from '../items/visibility-repository.ts';

export interface FollowUpRow {
  request_id: string;
  participant_id: string;
  outcome: 'next_step' | 'not_a_fit';
  match_id: string | null;
}

export async function followUpsOf(db: Database, participantId: string): Promise<FollowUpRow[]> {
  return db
    .selectFrom('matchmaking_follow_ups')
    .select(['request_id', 'participant_id', 'outcome', 'match_id'])
    .where('participant_id', '=', participantId)
    .execute();
}

/** Once per participant and meeting: false when they had already said how it went. */
export async function insertFollowUp(db: Database, row: FollowUpRow): Promise<boolean> {
  const inserted = await db
    .insertInto('matchmaking_follow_ups')
    .values(row)
    .onConflict((oc) => oc.columns(['request_id', 'participant_id']).doNothing())
    .returning('request_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export interface TitledItem {
  id: string;
  title: string;
}

/** Of the given ids, the challenges still open and the published solutions the viewer may read. */
export async function matchableItems(db: Database, viewer: Viewer, challengeIds: string[], solutionIds: string[]) {
  const challenges: TitledItem[] = challengeIds.length
    ? await db
        .selectFrom('challenges')
        .select(['id', 'title'])
        .where('id', 'in', challengeIds)
        .where('status', 'in', ['published', 'matched', 'in_progress'])
        .where(visibleTo('challenge', viewer))
        .orderBy('title')
        .execute()
    : [];
  const solutions: TitledItem[] = solutionIds.length
    ? await db
        .selectFrom('solutions')
        .select(['id', 'title'])
        .where('id', 'in', solutionIds)
        .where('status', '=', 'published')
        .where(visibleTo('solution', viewer))
        .orderBy('title')
        .execute()
    : [];
  return { challenges, solutions };
}
