// The audit log's query (page and API alike) and its events as the API answers them.
import { Type, type Static } from 'typebox';

/** The kinds of object the platform audits, for the filter; the API accepts any code. */
export const AUDITED_OBJECT_TYPES = [
  'challenge',
  'solution',
  'organisation',
  'match',
  'person',
  'api_key',
  'federation_partner',
  'saved_search',
  'login',
  'platform',
] as const;

export const AuditQuery = Type.Object({
  action: Type.Optional(
    Type.String({
      maxLength: 80,
      description: 'An action code or its beginning, e.g. "person." or "challenge.updated".',
    }),
  ),
  objectType: Type.Optional(Type.String({ maxLength: 40 })),
  objectId: Type.Optional(Type.String({ maxLength: 80 })),
  person: Type.Optional(
    Type.String({ maxLength: 100, description: 'Part of the name or e-mail address of the person who acted.' }),
  ),
  from: Type.Optional(Type.String({ format: 'date', description: 'First day (Brussels time), included.' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last day (Brussels time), included.' })),
  before: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'Page back: only events older than this id.',
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditEvent = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  objectType: Type.String(),
  objectId: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});
