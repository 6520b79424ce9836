// The queries of the LDES: the public view of one item (open data's query: what an anonymous visitor may
// read, this platform's own items only) and the append-only member log.
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { publicChallenge, publicSolution, type PublicChallenge, type PublicSolution } from '../opendata/repository.ts';

export type PublicItem = PublicChallenge | PublicSolution;

/** The item as anyone may read it now, or undefined when nobody outside may (or it is gone). */
export function publicItem(db: Database, kind: ItemKind, id: string): Promise<PublicItem | undefined> {
  return kind === 'challenge' ? publicChallenge(db, id) : publicSolution(db, id);
}

export interface NewMember {
  kind: ItemKind;
  id: string;
  content: PublicItem | null;
  contentHash: string | null;
}

/**
 * Appends a member after the last one unless it would say nothing new: a version whose content the
 * item's latest member already has, a tombstone for an item not in the stream (never, or no longer).
 * One statement, so an event costs this and the read of the public view. The consumer writes one at a
 * time under its lease; the primary key on `sequence` refuses a second writer. Its time never goes back,
 * whatever the clock: it is at least the last member's, read by the primary key.
 */
export async function appendMemberIfNew(db: Database, member: NewMember): Promise<void> {
  const deleted = member.content === null;
  const news = deleted
    ? sql`EXISTS (SELECT 1 FROM latest WHERE NOT latest.deleted)`
    : sql`NOT EXISTS (SELECT 1 FROM latest WHERE NOT latest.deleted AND latest.content_hash = ${member.contentHash})`;
  await sql`
    WITH latest AS (
      SELECT deleted, content_hash FROM ldes_members
      WHERE item_kind = ${member.kind} AND item_id = ${member.id}
      ORDER BY sequence DESC LIMIT 1
    )
    INSERT INTO ldes_members (sequence, item_kind, item_id, deleted, content, content_hash, generated_at)
    SELECT
      (SELECT coalesce(max(sequence) + 1, 0) FROM ldes_members),
      ${member.kind}::text, ${member.id}::uuid, ${deleted}::boolean,
      ${deleted ? null : JSON.stringify(member.content)}::jsonb, ${member.contentHash}::text,
      greatest(clock_timestamp(), (SELECT generated_at FROM ldes_members ORDER BY sequence DESC LIMIT 1))
    WHERE ${news}`.execute(db);
}

export interface MemberRow {
  sequence: number;
  item_kind: ItemKind;
  item_id: string;
  deleted: boolean;
  content: Record<string, unknown> | null;
  generated_at: Date;
}

const memberColumns = ['sequence', 'item_kind', 'item_id', 'deleted', 'content', 'generated_at'] as const;

/** Members with a sequence in [from, to), in order. */
export function membersBetween(db: Database, from: number, to: number): Promise<MemberRow[]> {
  return db
    .selectFrom('ldes_members')
    .select(memberColumns)
    .where('sequence', '>=', from)
    .where('sequence', '<', to)
    .orderBy('sequence')
    .execute();
}

/** One member as it was recorded, or undefined when there is none with that number yet. */
export function memberAt(db: Database, sequence: number): Promise<MemberRow | undefined> {
  return db.selectFrom('ldes_members').select(memberColumns).where('sequence', '=', sequence).executeTakeFirst();
}
