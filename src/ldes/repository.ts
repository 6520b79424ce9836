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

export interface LatestVersion {
  deleted: boolean;
  content_hash: string | null;
}

export function latestVersion(db: Database, kind: ItemKind, id: string): Promise<LatestVersion | undefined> {
  return db
    .selectFrom('ldes_members')
    .select(['deleted', 'content_hash'])
    .where('item_kind', '=', kind)
    .where('item_id', '=', id)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export interface NewMember {
  kind: ItemKind;
  id: string;
  content: PublicItem | null;
  contentHash: string | null;
}

/**
 * Appends a member after the last one. The consumer writes one at a time under its lease; the
 * primary key on `sequence` refuses a second writer. Its time never goes back, whatever the clock.
 */
export async function appendMember(db: Database, member: NewMember): Promise<void> {
  await db
    .insertInto('ldes_members')
    .values({
      sequence: sql<number>`(SELECT coalesce(max(sequence) + 1, 0) FROM ldes_members)`,
      item_kind: member.kind,
      item_id: member.id,
      deleted: member.content === null,
      content: member.content === null ? null : JSON.stringify(member.content),
      content_hash: member.contentHash,
      // The last member's time, by the primary key: times rise with the sequence.
      generated_at: sql<Date>`greatest(clock_timestamp(), (SELECT generated_at FROM ldes_members ORDER BY sequence DESC LIMIT 1))`,
    })
    .execute();
}

export interface MemberRow {
  sequence: number;
  item_kind: ItemKind;
  item_id: string;
  deleted: boolean;
  content: Record<string, unknown> | null;
  generated_at: Date;
}

/** Members with a sequence in [from, to), in order. */
export function membersBetween(db: Database, from: number, to: number): Promise<MemberRow[]> {
  return db
    .selectFrom('ldes_members')
    .select(['sequence', 'item_kind', 'item_id', 'deleted', 'content', 'generated_at'])
    .where('sequence', '>=', from)
    .where('sequence', '<', to)
    .orderBy('sequence')
    .execute();
}
