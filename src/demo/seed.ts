// Loads the demo content into an empty database: organisations, challenges, solutions, matches with their
// timelines, and one demo account per role, whose log-in details are printed on first start.
import type { Database } from '../db/database.ts';
import { recordAudit } from '../audit/repository.ts';
import { insertOrganisation } from '../organisations/repository.ts';
import { createDemoPerson } from '../accounts/service.ts';
import { insertItem } from '../items/repository.ts';
import { countOrganisations } from './repository.ts';
import { seedDemoMatches, type SeededChallenge } from './matches.ts';
import { seedDemoConversation } from './conversation.ts';
import { seedDemoMatchmaking } from './matchmaking.ts';
import { seedDemoCalls } from './calls.ts';
import { seedLaterCalls } from './calls-later.ts';
import {
  demoChallenges,
  demoOrganisations,
  demoSolutions,
  type DemoChallenge,
  type DemoSolution,
} from './content/index.ts';

export const DEMO_PASSWORD = 'HelemaalDigitaal-demo-2026';

export interface DemoAccount {
  role: string;
  email: string;
  organisation: string | null;
}

const DEMO_ACCOUNTS = [
  { role: 'admin', email: 'admin@helemaaldigitaal.example', name: 'Ann Admin', organisation: null, spearheads: [] },
  {
    role: 'ambassador',
    email: 'ambassadeur@helemaaldigitaal.example',
    name: 'Bram Ambassadeur',
    organisation: null,
    spearheads: [],
  },
  {
    role: 'member',
    email: 'zorg@zonnetij.example',
    name: 'Carla Coördinator',
    organisation: 'wzc-zonnetij',
    spearheads: [],
  },
  {
    role: 'member',
    email: 'info@zilverlijn.example',
    name: 'Dirk Zilverlijn',
    organisation: 'zilverlijn',
    spearheads: [],
  },
] as const;

const DAY = 86_400_000;

function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY);
}

/** Published items get spread-out publication dates so the catalogue and indicators look lived-in. */
function publicationDate(index: number, now: Date): Date {
  return daysFrom(now, -((index * 7) % 120) - 1);
}

const UNPUBLISHED = ['draft', 'submitted', 'sent_back'];

function challengeValues(
  c: DemoChallenge,
  index: number,
  organisationId: string,
  people: Map<string, string>,
  now: Date,
  lifetimeDays: number,
) {
  const published = UNPUBLISHED.includes(c.status) ? null : publicationDate(index, now);
  const expires = c.status === 'expired' ? daysFrom(now, -3) : published ? daysFrom(published, lifetimeDays) : null;
  return {
    title: c.title,
    description: c.description,
    sectors: c.sectors,
    spearheads: c.spearheads,
    region: c.region,
    language: c.language,
    urgency: c.urgency,
    deadline: c.deadlineInDays === null ? null : daysFrom(now, c.deadlineInDays).toISOString().slice(0, 10),
    duration_months: c.durationMonths,
    desired_kinds: c.desiredKinds,
    classification: c.classification,
    status: c.status,
    owner_organisation_id: organisationId,
    assigned_ambassador_id: published ? (people.get('ambassador') ?? null) : null,
    review_note:
      c.status === 'sent_back'
        ? 'Kunt u concreter beschrijven hoeveel bewoners of leerlingen betrokken zijn en wat het budget is?'
        : null,
    submitted_at: c.status === 'draft' ? null : (published ?? daysFrom(now, -2)),
    published_at: published,
    expires_at: expires,
  };
}

function solutionValues(s: DemoSolution, index: number, organisationId: string, now: Date) {
  const published = UNPUBLISHED.includes(s.status) ? null : publicationDate(index + 3, now);
  return {
    title: s.title,
    description: s.description,
    kind: s.kind,
    technologies: s.technologies,
    sectors: s.sectors,
    spearheads: s.spearheads,
    trl: s.trl,
    market_stage: s.marketStage,
    pricing: s.pricing,
    free_months: s.freeMonths,
    regions_served: s.regionsServed,
    languages: s.languages,
    reference_text: s.references,
    language: s.languages[0] ?? 'nl',
    classification: s.classification,
    status: s.status,
    provider_organisation_id: organisationId,
    submitted_at: s.status === 'draft' ? null : (published ?? daysFrom(now, -1)),
    published_at: published,
  };
}

async function seedOrganisations(db: Database): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const o of demoOrganisations) {
    const row = await insertOrganisation(db, {
      name: o.name,
      kind: o.kind,
      is_sme: o.isSme,
      enterprise_number: o.enterpriseNumber,
      country: o.country,
      street: o.street,
      postal_code: o.postalCode,
      municipality: o.municipality,
      nis_code: o.nisCode,
      website: o.website,
      verified: true,
    });
    ids.set(o.key, row.id);
  }
  return ids;
}

async function seedPeople(db: Database, organisations: Map<string, string>): Promise<Map<string, string>> {
  const people = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const organisationId = account.organisation ? organisations.get(account.organisation) : undefined;
    const id = await createDemoPerson(db, {
      email: account.email,
      name: account.name,
      role: account.role,
      password: DEMO_PASSWORD,
      organisationIds: organisationId ? [organisationId] : [],
      spearheads: [...account.spearheads],
    });
    people.set(account.role === 'member' ? account.email : account.role, id);
  }
  return people;
}

/** Seeds the demo content when the database holds no organisation yet; returns the demo accounts, or null. */
export async function seedDemoContent(db: Database, now: Date, lifetimeDays: number): Promise<DemoAccount[] | null> {
  if ((await countOrganisations(db)) > 0) return null;
  const organisations = await db.transaction().execute((tx) => seedOrganisations(tx));
  const people = await seedPeople(db, organisations);
  await db.transaction().execute(async (tx) => {
    const challenges = new Map<string, SeededChallenge>();
    for (const [index, c] of demoChallenges.entries()) {
      const values = challengeValues(c, index, organisations.get(c.organisation)!, people, now, lifetimeDays);
      challenges.set(c.key, { id: await insertItem(tx, 'challenge', values), publishedAt: values.published_at ?? now });
    }
    const solutions = new Map<string, string>();
    for (const [index, s] of demoSolutions.entries()) {
      solutions.set(
        s.key,
        await insertItem(tx, 'solution', solutionValues(s, index, organisations.get(s.organisation)!, now)),
      );
    }
    const matches = await seedDemoMatches(tx, challenges, solutions, people.get('ambassador') ?? null, now);
    await seedDemoConversation(
      tx,
      {
        challengeId: challenges.get('c-videobellen-hoevedries')!.id,
        solutionId: solutions.get('s-zilverlijn-beeldbellen')!,
      },
      { provider: people.get('info@zilverlijn.example') ?? null, ambassador: people.get('ambassador') ?? null },
      now,
    );
    await seedDemoMatchmaking(
      tx,
      organisations,
      {
        care: people.get('zorg@zonnetij.example') ?? null,
        provider: people.get('info@zilverlijn.example') ?? null,
        ambassador: people.get('ambassador') ?? null,
      },
      now,
    );
    await seedDemoCalls(
      tx,
      challenges,
      {
        care: people.get('zorg@zonnetij.example') ?? null,
        provider: people.get('info@zilverlijn.example') ?? null,
        ambassador: people.get('ambassador') ?? null,
      },
      now,
    );
    const provider = people.get('info@zilverlijn.example');
    const ambassador = people.get('ambassador');
    if (provider && ambassador)
      await seedLaterCalls(tx, { challenges, solutions, organisations, provider, ambassador }, now);
    await recordAudit(tx, {
      actorId: null,
      action: 'demo.seeded',
      objectType: 'platform',
      objectId: 'demo',
      after: { challenges: demoChallenges.length, solutions: demoSolutions.length, matches },
    });
  });
  return DEMO_ACCOUNTS.map((a) => ({ role: a.role, email: a.email, organisation: a.organisation }));
}
