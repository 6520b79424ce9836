// What a catalogue or API list asks for; repositories turn it into SQL.
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
  limit: number;
  offset: number;
}
