// What a catalogue or API list asks for; repositories turn it into SQL.
import type { CursorPosition } from './cursor.ts';

export interface ItemFilter {
  statuses: string[];
  sectors: string[];
  spearheads: number[];
  regions: string[];
  languages: string[];
  /** Only items of these organisations (a member's own list). */
  organisationIds?: string[];
  /** Only these items, in this order (the result of a text search). */
  ids?: string[];
  /** Free text; turned into ids by the matching engine (matching/search.ts) before the query runs. */
  text?: string;
  /** Solutions only. */
  maturities?: string[];
  pricings?: string[];
  /** Only items changed at or after this moment. */
  updatedSince?: Date;
  /** Cursor pagination (cursor.ts): in date order even after a text search, after this position (null: from the start). */
  after?: CursorPosition | null;
  limit: number;
  offset: number;
}
