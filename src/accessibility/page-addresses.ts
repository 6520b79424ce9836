// For the checks over every page (axe-core in the browser, the HTML validator): the addresses of
// every page type, found from the route table so that a new page is checked without anyone listing
// it, with their parameters filled in with demo items that the person at hand can open.
import type { LiveServer } from '../test-support/browser.ts';
import { startSession } from '../accounts/session.ts';

/** The people the pages are checked as; null is a visitor. */
export const ROLES = {
  visitor: null,
  'member (care home)': 'zorg@zonnetij.example',
  'member (provider)': 'info@zilverlijn.example',
  ambassador: 'ambassadeur@helemaaldigitaal.example',
  admin: 'admin@helemaaldigitaal.example',
} as const satisfies Record<string, string | null>;

export type RoleName = keyof typeof ROLES;

const NOT_PAGES = [
  /^\/api\//,
  /^\/static\//,
  /^\/(health|ready)$/,
  /^\/feeds\//,
  /^\/opendata\//,
  /\.(csv|atom|ttl|jsonld|json|ics|yml)$/,
  /^\/favicon/,
];

/** Pages that exist only as a state of another page or that lists and searches reach with a query. */
const EXTRA = [
  '/challenges?sector=care&spearhead=5',
  '/solutions?q=videobellen',
  '/challenges?page=2',
  '/calls?phase=questions&sector=care',
  '/nonexistent-page',
];

type Ids = Record<string, string[]>;

/** Items to fill in: for a member their own organisation's, so the owner's pages (edit, members) show. */
async function sampleIds(server: LiveServer, email: string | null): Promise<Ids> {
  const db = server.services.db;
  const person = email
    ? await db.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()
    : null;
  const own = person
    ? (await db.selectFrom('memberships').select('organisation_id').where('person_id', '=', person.id).execute()).map(
        (m) => m.organisation_id,
      )
    : [];
  const organisation =
    own[0] ?? (await db.selectFrom('organisations').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  const published = await db
    .selectFrom('challenges')
    .select('id')
    .where('status', '=', 'published')
    .where('classification', '=', 'public')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  let ownChallenges = db.selectFrom('challenges').select('id').orderBy('status').orderBy('id').limit(1);
  ownChallenges =
    own.length > 0
      ? ownChallenges.where('owner_organisation_id', 'in', own)
      : ownChallenges.where('status', '=', 'draft');
  const solution = await db
    .selectFrom('solutions')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  let ownSolutions = db.selectFrom('solutions').select('id').orderBy('id').limit(1);
  if (own.length > 0) ownSolutions = ownSolutions.where('provider_organisation_id', 'in', own);
  let matches = db
    .selectFrom('matches')
    .innerJoin('challenges', 'challenges.id', 'matches.challenge_id')
    .innerJoin('solutions', 'solutions.id', 'matches.solution_id')
    .select('matches.id')
    .orderBy('matches.id')
    .limit(1);
  if (own.length > 0)
    matches = matches.where((eb) =>
      eb.or([eb('challenges.owner_organisation_id', 'in', own), eb('solutions.provider_organisation_id', 'in', own)]),
    );
  const colleague = await db
    .selectFrom('memberships')
    .select('person_id')
    .where('organisation_id', '=', organisation)
    .orderBy('person_id')
    .executeTakeFirst();
  const apiKey = await db.selectFrom('api_keys').select('id').executeTakeFirst();
  // The demo's upcoming and past matchmaking days.
  const events = await db.selectFrom('matchmaking_events').select('id').orderBy('starts_at', 'desc').execute();
  // The demo's open calls (one taking questions, one taking responses).
  const calls = await db.selectFrom('calls').select('id').orderBy('questions_until').execute();
  return {
    challenges: [published.id, ...(await ownChallenges.execute()).map((r) => r.id)],
    solutions: [solution.id, ...(await ownSolutions.execute()).map((r) => r.id)],
    organisations: [organisation],
    matches: (await matches.execute()).map((r) => String(r.id)),
    personId: colleague ? [colleague.person_id] : [],
    'api-keys': apiKey ? [String(apiKey.id)] : [],
    events: events.map((event) => event.id),
    calls: calls.map((call) => call.id),
    callChallenges: [published.id],
  };
}

/** A route with its parameters filled in: every sample item of its collection, or 'x' where none fits. */
function fillIn(url: string, ids: Ids): string[] {
  const collection = /^\/(?:admin\/)?([\w-]+)\/:id/.exec(url)?.[1];
  const candidates: string[] = collection ? (ids[collection] ?? []) : [];
  const withId = candidates.length > 0 ? candidates.map((id) => url.replace(':id', id)) : [url];
  return withId.map((address) => address.replace(':personId', ids.personId?.[0] ?? 'x').replace(/:\w+/g, 'x'));
}

/** Every page address for this person, with parameters filled in. */
export async function pageAddresses(server: LiveServer, email: string | null): Promise<string[]> {
  const ids = await sampleIds(server, email);
  const routes = server.app.routeTable.filter(
    (route) => route.method === 'GET' && !NOT_PAGES.some((pattern) => pattern.test(route.url)),
  );
  // The call form is reached from a challenge: for the first published one (a form, or a refusal, per person).
  const callForms = (ids.callChallenges ?? []).map((id) => `/calls/new?challenge=${id}`);
  return [...new Set([...routes.flatMap((route) => fillIn(route.url, ids)), ...EXTRA, ...callForms])].sort();
}

export interface RenderedPage {
  path: string;
  status: number;
  html: string;
}

/** The pages that answer this person with HTML (not a redirect, not a download), as the server sends them. */
export async function renderedPages(
  server: LiveServer,
  email: string | null,
  addresses: string[],
): Promise<RenderedPage[]> {
  const cookies: Record<string, string> = {};
  if (email) {
    const person = await server.services.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    cookies.hd_session = await startSession(server.services.db, person.id, new Date());
  }
  const pages: RenderedPage[] = [];
  for (const path of addresses) {
    const response = await server.app.inject({ url: path, cookies });
    const html = String(response.headers['content-type'] ?? '').startsWith('text/html');
    const download = String(response.headers['content-disposition'] ?? '').startsWith('attachment');
    if (html && !download && (response.statusCode < 300 || response.statusCode >= 400))
      pages.push({ path, status: response.statusCode, html: response.body });
  }
  return pages;
}
