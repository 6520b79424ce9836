// Cursor pagination of the list APIs. Items are ordered newest first by publication time (creation
// time for unpublished ones), then by id; a cursor is the position of the last item returned,
// base64url-encoded. Continuing "after" that position never repeats or skips an item when new
// items are published meanwhile: they sort before the cursor.
import { Type } from 'typebox';
import { sql, type RawBuilder } from 'kysely';
import { AppError } from '../shared/errors.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { ItemFilter } from './filter.ts';
import { ITEM_KINDS } from './kinds.ts';

export interface CursorPosition {
  /** The sort time with microseconds, as PostgreSQL keeps it (a JavaScript Date would lose them). */
  at: string;
  id: string;
}

export const PagingQuery = {
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100,
      description: 'Items per page in cursor mode (the default when a cursor is given: 20).',
    }),
  ),
  cursor: Type.Optional(
    Type.String({
      maxLength: 300,
      description: 'The `next` value of the previous answer: continue after its last item.',
    }),
  ),
  updated_since: Type.Optional(
    Type.String({ format: 'date-time', description: 'Only items changed at or after this moment (RFC 3339).' }),
  ),
};

export const PagingFields = {
  next: Type.Union([Type.String(), Type.Null()], { description: 'Cursor of the next page; null on the last page.' }),
  links: Type.Object({ next: Type.Union([Type.String(), Type.Null()]) }),
};

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DEFAULT_LIMIT = 20;

export const invalidCursor = () => new AppError('invalid_cursor', 400, 'api.cursor_invalid');

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalidCursor();
  const [at, id] = decoded as unknown[];
  if (
    typeof at !== 'string' ||
    typeof id !== 'string' ||
    !AT.test(at) ||
    !UUID.test(id) ||
    Number.isNaN(Date.parse(at))
  )
    throw invalidCursor();
  return { at, id };
}

/** The part of a list filter that the paging parameters decide; page/perPage stay as they were without them. */
export function pagingFilter(query: { limit?: number; cursor?: string; updated_since?: string }): Partial<ItemFilter> {
  const extra: Partial<ItemFilter> = {};
  if (query.updated_since) extra.updatedSince = new Date(query.updated_since);
  if (query.cursor !== undefined || query.limit !== undefined) {
    extra.after = query.cursor !== undefined ? decodeCursor(query.cursor) : null;
    extra.limit = query.limit ?? DEFAULT_LIMIT;
    extra.offset = 0;
  }
  return extra;
}

function sortKey(kind: ItemKind): RawBuilder<Date> {
  const { table } = ITEM_KINDS[kind];
  return sql<Date>`coalesce(${sql.ref(`${table}.published_at`)}, ${sql.ref(`${table}.created_at`)})`;
}

export function sortOrder(kind: ItemKind): RawBuilder<unknown> {
  return sql`${sortKey(kind)} desc`;
}

/** The sort time as text with microseconds, to put in the cursor. */
export function sortKeyText(kind: ItemKind): RawBuilder<string> {
  return sql<string>`to_char(${sortKey(kind)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function afterPosition(kind: ItemKind, after: CursorPosition): RawBuilder<boolean> {
  const key = sortKey(kind);
  const at = sql`${after.at}::timestamptz`;
  return sql<boolean>`(${key} < ${at} or (${key} = ${at} and ${sql.ref(`${ITEM_KINDS[kind].table}.id`)} > ${after.id}::uuid))`;
}

/** The cursor after the last row, when more rows follow and the list is in date order (not by relevance). */
export function nextCursor(filter: ItemFilter, rows: { id: string; sort_key: string }[], more: boolean): string | null {
  const last = rows.at(-1);
  const dateOrder = filter.after !== undefined || !filter.ids;
  return last && more && dateOrder ? encodeCursor({ at: last.sort_key, id: last.id }) : null;
}

/** The address of the next page: the same query, continued from the cursor. */
export function nextLink(url: string, cursor: string | null, limit: number): string | null {
  if (!cursor) return null;
  const next = new URL(url, 'http://x');
  next.searchParams.delete('page');
  next.searchParams.delete('perPage');
  next.searchParams.set('limit', String(limit));
  next.searchParams.set('cursor', cursor);
  return `${next.pathname}${next.search}`;
}

/** The paging fields of a list answer: page numbers without a cursor, and always the next cursor when there is one. */
export function pagingAnswer(
  url: string,
  filter: ItemFilter,
  rows: { id: string; sort_key: string }[],
  more: boolean,
  page: number,
) {
  const next = nextCursor(filter, rows, more);
  return {
    ...(filter.after === undefined ? { page } : {}),
    perPage: filter.limit,
    next,
    links: { next: nextLink(url, next, filter.limit) },
  };
}
