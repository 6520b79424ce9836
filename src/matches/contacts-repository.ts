// The contact details of one side of a match: its organisation's address and website, and the
// names and e-mail addresses of its members. Shown to the other side only after both accepted.
import type { Database } from '../db/database.ts';

export interface ContactPerson {
  id: string;
  name: string;
  email: string;
  locale: 'nl' | 'fr' | 'en';
}

export interface SideContacts {
  organisation: string;
  website: string | null;
  address: string | null;
  people: ContactPerson[];
}

function addressOf(row: {
  street: string | null;
  postal_code: string | null;
  municipality: string | null;
}): string | null {
  const place = [row.postal_code, row.municipality].filter(Boolean).join(' ');
  const parts = [row.street, place].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

export async function contactsOf(db: Database, organisationId: string): Promise<SideContacts> {
  const organisation = await db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('memberships')
    .innerJoin('people', 'people.id', 'memberships.person_id')
    .select(['people.id', 'people.display_name', 'people.email', 'people.locale'])
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy('people.display_name')
    .execute();
  return {
    organisation: organisation.name,
    website: organisation.website,
    address: addressOf(organisation),
    people: people.map((p) => ({ id: p.id, name: p.display_name, email: p.email, locale: p.locale })),
  };
}
