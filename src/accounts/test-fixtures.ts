// Test data for the account and organisation tests: registration payloads with fresh, valid
// enterprise numbers, and row counts to prove that a refused request changed nothing.
import type { Database } from '../db/database.ts';
import { kboFromBase } from '../organisations/enterprise-number.ts';

let counter = 0;

export function uniqueKbo(): string {
  counter += 1;
  // Eight leading digits starting with 1, as KBO numbers do; apart from those of createOrganisation.
  return kboFromBase(11_000_000 + ((counter * 104_729 + Math.floor(Math.random() * 1_000_000)) % 8_000_000));
}

export function uniqueEmail(prefix = 'persoon'): string {
  counter += 1;
  return `${prefix}.${counter}.${Date.now()}@voorbeeld.be`;
}

export const GOOD_PASSWORD = 'blauwe fiets onder de linde';

export function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'An Peeters',
    email: uniqueEmail(),
    password: GOOD_PASSWORD,
    locale: 'nl',
    organisationMode: 'create',
    enterpriseNumber: uniqueKbo(),
    organisationName: 'Digitale Zorg bv',
    kind: 'company',
    isSme: true,
    street: 'Veldstraat 1',
    postalCode: '9000',
    municipality: 'Gent',
    website: 'https://digitalezorg.example',
    ...overrides,
  };
}

const COUNTED = ['people', 'organisations', 'memberships', 'account_tokens', 'sessions', 'audit_events'] as const;

export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Turns an object into a form post body as a browser sends it. */
export function formBody(values: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  return params.toString();
}

export const FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded' };
