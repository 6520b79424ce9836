// Query code of a call's publication: the challenge organisation's details an eForms notice names as buyer.
import type { Database } from '../db/database.ts';

export const buyerOf = (db: Database, organisationId: string) =>
  db
    .selectFrom('organisations')
    .select(['name', 'enterprise_number', 'country', 'street', 'postal_code', 'municipality', 'website'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
