// One visibility rule everywhere: for every channel that shows an item's title or text (pages, API,
// match records, notifications, e-mails, follows, exports, feeds, open data, indicators, federation,
// the personal export), a marker word of a confidential or internal challenge never reaches an
// outsider the rule keeps out, while its owner does see it. The channels come from one list, and
// every GET route of the application must be on it or on the list of routes that carry no item text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sendDigests } from '../notifications/digest.ts';
import {
  FORBIDDEN,
  MARKERS,
  SEARCH_WORDS,
  startChannelWorld,
  type Audience,
  type ChannelWorld,
} from '../test-support/visibility-world.ts';
import { createPerson } from '../test-support/harness.ts';
import { callInput, openCall } from '../calls/test-fixtures.ts';

interface Channel {
  /** The route as the route table names it. */
  route: string;
  /** The requests that exercise it in this world. */
  urls: (w: ChannelWorld) => string[];
  /** The owner sees a marker here: proof that the channel carries item text at all. */
  ownerSees?: boolean;
  /** Sent as a JSON body with POST instead of a GET. */
  body?: (word: string) => Record<string, unknown>;
}

const one = (url: string) => () => [url];
const searches = (path: string) => () => [path, ...Object.values(SEARCH_WORDS).map((word) => `${path}?q=${word}`)];
const challenges =
  (suffix = '') =>
  (w: ChannelWorld) =>
    [w.ids.confidential, w.ids.internal, w.ids.open].map((id) => `/challenges/${id}${suffix}`);
const solutions =
  (prefix: string, suffix = '') =>
  (w: ChannelWorld) =>
    [w.ids.providerSolution, w.ids.otherSolution].map((id) => `${prefix}/${id}${suffix}`);
const organisations = (prefix: string) => (w: ChannelWorld) =>
  Object.values(w.organisations).map((id) => `${prefix}/${id}`);

const UNKNOWN_FILE = '00000000-0000-4000-8000-000000000001';

/** Open calls on the confidential, internal and open challenge, opened in before(). */
const callIds: string[] = [];
const calls =
  (suffix = '') =>
  () =>
    callIds.map((id) => `/calls/${id}${suffix}`);

export const CHANNELS: Channel[] = [
  { route: '/', urls: one('/') },
  { route: '/challenges', urls: searches('/challenges'), ownerSees: true },
  { route: '/solutions', urls: searches('/solutions') },
  { route: '/challenges/:id', urls: challenges(), ownerSees: true },
  { route: '/challenges/:id/edit', urls: challenges('/edit'), ownerSees: true },
  { route: '/solutions/:id', urls: solutions('/solutions') },
  { route: '/solutions/:id/edit', urls: solutions('/solutions', '/edit') },
  { route: '/api/v1/challenges', urls: searches('/api/v1/challenges'), ownerSees: true },
  { route: '/api/v1/challenges/:id', urls: (w) => challenges()(w).map((u) => `/api/v1${u}`), ownerSees: true },
  { route: '/api/v1/solutions', urls: searches('/api/v1/solutions') },
  { route: '/api/v1/solutions/:id', urls: solutions('/api/v1/solutions') },
  { route: '/api/v1/challenges/:id/matches', urls: (w) => challenges('/matches')(w).map((u) => `/api/v1${u}`) },
  { route: '/api/v1/solutions/:id/matches', urls: solutions('/api/v1/solutions', '/matches'), ownerSees: true },
  { route: '/api/v1/challenges/:id/changes', urls: (w) => challenges('/changes')(w).map((u) => `/api/v1${u}`) },
  { route: '/api/v1/solutions/:id/changes', urls: solutions('/api/v1/solutions', '/changes') },
  { route: '/solutions/:id/publiccode.yml', urls: solutions('/solutions', '/publiccode.yml') },
  { route: '/api/v1/solutions/:id/publiccode.yml', urls: solutions('/api/v1/solutions', '/publiccode.yml') },
  { route: '/ldes/items', urls: one('/ldes/items') },
  { route: '/ldes/items/pages/:page', urls: one('/ldes/items/pages/0') },
  {
    route: '/ldes/items/members/:member',
    urls: () => Array.from({ length: 10 }, (_, member) => `/ldes/items/members/${member}`),
  },
  {
    route: '/api/v1/similar',
    urls: one('/api/v1/similar'),
    body: (word) => ({ kind: 'challenge', title: word, text: `${word} videobellen` }),
  },
  { route: '/organisations/:id', urls: organisations('/organisations') },
  { route: '/organisations/:id/edit', urls: (w) => organisations('/organisations')(w).map((u) => `${u}/edit`) },
  { route: '/api/v1/organisations/:id', urls: organisations('/api/v1/organisations') },
  { route: '/api/v1/me/organisations', urls: one('/api/v1/me/organisations') },
  { route: '/account/organisation', urls: one('/account/organisation') },
  { route: '/my', urls: one('/my'), ownerSees: true },
  { route: '/my/matches', urls: one('/my/matches'), ownerSees: true },
  { route: '/api/v1/me/matches', urls: one('/api/v1/me/matches'), ownerSees: true },
  { route: '/review', urls: one('/review') },
  { route: '/work-queue', urls: one('/work-queue') },
  { route: '/api/v1/work-queue', urls: one('/api/v1/work-queue') },
  {
    route: '/api/v1/matches',
    urls: (w) =>
      [
        `challengeId=${w.ids.confidential}`,
        `challengeId=${w.ids.internal}`,
        `solutionId=${w.ids.providerSolution}`,
        `solutionId=${w.ids.otherSolution}`,
      ].map((q) => `/api/v1/matches?${q}`),
    ownerSees: true,
  },
  { route: '/api/v1/matches/:id', urls: (w) => w.matchIds.map((id) => `/api/v1/matches/${id}`), ownerSees: true },
  { route: '/matches/:id', urls: (w) => w.matchIds.map((id) => `/matches/${id}`), ownerSees: true },
  { route: '/matches/:id/conversation', urls: (w) => w.matchIds.map((id) => `/matches/${id}/conversation`) },
  {
    route: '/api/v1/matches/:id/conversation/messages',
    urls: (w) => w.matchIds.map((id) => `/api/v1/matches/${id}/conversation/messages`),
  },
  { route: '/challenges/:id/conversation-messages', urls: challenges('/conversation-messages') },
  // Meetings show the match's titles to its parties only, as the match page does. The world holds no meeting, so
  // the pages of one meeting are asked for an unknown one: they must answer as for a match one may not see.
  { route: '/matches/:id/meetings', urls: (w) => w.matchIds.map((id) => `/matches/${id}/meetings`) },
  { route: '/api/v1/matches/:id/meetings', urls: (w) => w.matchIds.map((id) => `/api/v1/matches/${id}/meetings`) },
  {
    route: '/matches/:id/meetings/:meetingId',
    urls: (w) => w.matchIds.map((id) => `/matches/${id}/meetings/${UNKNOWN_MEETING}`),
  },
  {
    route: '/api/v1/matches/:id/meetings/:meetingId',
    urls: (w) => w.matchIds.map((id) => `/api/v1/matches/${id}/meetings/${UNKNOWN_MEETING}`),
  },
  { route: '/notifications', urls: one('/notifications'), ownerSees: true },
  { route: '/api/v1/notifications', urls: one('/api/v1/notifications'), ownerSees: true },
  { route: '/account/follows', urls: one('/account/follows'), ownerSees: true },
  { route: '/api/v1/follows', urls: one('/api/v1/follows') },
  { route: '/api/v1/saved-searches', urls: one('/api/v1/saved-searches') },
  { route: '/api/v1/me/export', urls: one('/api/v1/me/export'), ownerSees: true },
  { route: '/account/export', urls: one('/account/export'), ownerSees: true },
  { route: '/my/challenges.csv', urls: one('/my/challenges.csv'), ownerSees: true },
  { route: '/my/solutions.csv', urls: one('/my/solutions.csv') },
  { route: '/api/v1/exports/challenges.csv', urls: one('/api/v1/exports/challenges.csv'), ownerSees: true },
  { route: '/api/v1/exports/solutions.csv', urls: one('/api/v1/exports/solutions.csv') },
  ...['challenges.atom', 'solutions.atom'].map((file) => ({ route: `/feeds/${file}`, urls: one(`/feeds/${file}`) })),
  ...[
    'catalog.jsonld',
    'challenges.jsonld',
    'solutions.jsonld',
    'catalog.ttl',
    'challenges.ttl',
    'solutions.ttl',
    'challenges.csv',
    'solutions.csv',
    'calls.csv',
    'calls.jsonld',
    'calls.ttl',
  ].map((file) => ({ route: `/opendata/${file}`, urls: one(`/opendata/${file}`) })),
  ...['/indicators', '/indicators.csv', '/api/v1/indicators', '/api/v1/indicators/full', '/admin/indicators'].map(
    (route) => ({ route, urls: one(route) }),
  ),
  { route: '/api/v1/audit-events', urls: one('/api/v1/audit-events') },
  // Open calls name their challenge: they follow its visibility.
  { route: '/calls', urls: one('/calls'), ownerSees: true },
  { route: '/calls/:id', urls: calls(), ownerSees: true },
  { route: '/calls/:id/edit', urls: calls('/edit'), ownerSees: true },
  {
    route: '/calls/new',
    urls: (w) => challenges()(w).map((u) => `/calls/new?challenge=${u.slice(12)}`),
    ownerSees: true,
  },
  { route: '/api/v1/calls', urls: one('/api/v1/calls'), ownerSees: true },
  { route: '/api/v1/calls/:id', urls: () => calls()().map((u) => `/api/v1${u}`), ownerSees: true },
  { route: '/feeds/calls.atom', urls: one('/feeds/calls.atom') },
  // The eForms E1 export is for the call's managers: the challenge's organisation and curating ambassadors.
  ...['/eforms-e1', '/eforms-e1.xml'].map((suffix) => ({
    route: `/api/v1/calls/:id${suffix}`,
    urls: () => calls(suffix)().map((u) => `/api/v1${u}`),
    ownerSees: true,
  })),
  // A call's evaluation names the responses' solutions: only the call's panel without a conflict, after the deadline.
  { route: '/api/v1/calls/:id/evaluation', urls: () => calls('/evaluation')().map((u) => `/api/v1${u}`) },
  ...['/evaluation', '/decision', '/decision/confirm'].map((suffix) => ({
    route: `/calls/:id${suffix}`,
    urls: calls(suffix),
  })),
  { route: '/admin/audit', urls: one('/admin/audit') },
  // A response names the call's challenge and the respondent's solution: its own organisation only, sealed
  // from everyone else until the deadline (canReadResponse); files the same way.
  ...['/response', '/response/withdraw'].map((suffix) => ({ route: `/calls/:id${suffix}`, urls: calls(suffix) })),
  { route: '/api/v1/calls/:id/responses', urls: () => calls('/responses')().map((u) => `/api/v1${u}`) },
  { route: '/api/v1/call-response-attachments/:id', urls: one(`/api/v1/call-response-attachments/${UNKNOWN_FILE}`) },
  { route: '/call-response-attachments/:id', urls: one(`/call-response-attachments/${UNKNOWN_FILE}`) },
];

const UNKNOWN_MEETING = '00000000-0000-4000-8000-000000000000';

/** GET routes judged to carry no item title or text: forms, account settings, health, documentation. */
export const NO_ITEM_TEXT = new Set([
  '/static/*',
  '/health',
  '/ready',
  '/api/openapi.json',
  '/api/docs',
  '/ldes/items/shape',
  '/api/v1/me',
  // A conversation message's files: bytes its participants uploaded, no item text; who may download them
  // (the conversation's readers only) is proven in src/conversations/attachments.test.ts.
  '/api/v1/conversation-attachments/:id',
  '/conversation-attachments/:id',
  '/register',
  '/login',
  '/verify-email',
  '/password/forgot',
  '/password/reset',
  '/account',
  '/account/two-factor',
  '/login/second-factor',
  '/login/oidc',
  '/login/oidc/callback',
  '/account/sessions',
  '/admin/second-factor',
  '/challenges/new',
  '/solutions/new',
  '/toegankelijkheid',
  '/toegankelijkheid/bedankt',
  '/api/v1/me/notification-settings',
  '/unsubscribe',
  '/api/v1/me/contact-settings',
  '/account/privacy',
  '/admin/import',
  '/api/v1/api-keys',
  '/admin/api-keys',
  '/admin/api-keys/:id/revoke',
  '/api/v1/federation/partners',
  '/admin/partners',
  // Membership: people and their requests to join, no items.
  '/organisations/:id/members',
  '/api/v1/organisations/:id/members',
  '/organisations/:id/members/:personId/remove',
  '/api/v1/me/membership-requests',
  '/account/join',
  // Matchmaking days: the event's own text (an ambassador's), people and organisation names; items only by id, and
  // suggestions only through the engine, which ranks items the reader may read; the agenda's follow-up pairs name
  // only items the reader may read (visibleTo; a confidential challenge is proven kept out in
  // src/matchmaking/follow-ups.test.ts). Judged, not exercised here: the world holds no event.
  '/api/v1/events',
  '/api/v1/events/:id',
  '/api/v1/events/:id/participants',
  '/api/v1/events/:id/requests',
  '/api/v1/events/:id/agenda',
  '/api/v1/events/:id/figures',
  '/api/v1/events/:id/suggestions',
  '/events',
  '/events/:id',
  '/events/:id/agenda',
  '/events/:id/agenda.ics',
  '/feeds/events.atom',
  '/events/:id/register',
  '/events/new',
  '/events/:id/organise',
  '/events/:id/edit',
  '/events/:id/withdraw',
  '/events/:id/requests/:requestId/withdraw',
  '/events/:id/requests',
  // Operations: metrics, and the outbox's deliveries (consumers, positions, recipients, errors) for admins.
  '/metrics',
  '/admin/deliveries',
]);

let w: ChannelWorld;
before(async () => {
  w = await startChannelWorld();
  const curator = await createPerson(w.h.db, 'ambassador', undefined, [5]);
  for (const challengeId of [w.ids.confidential, w.ids.internal, w.ids.open])
    callIds.push(await openCall(w.h, w.people.owner, curator, callInput(challengeId)));
  await w.h.services.events.settled();
});
after(async () => {
  await w.h.close();
  await w.mailbox.close();
});

const OUTSIDERS = Object.keys(FORBIDDEN) as (keyof typeof FORBIDDEN)[];

async function receive(channel: Channel, url: string, audience: Audience): Promise<string> {
  const person = audience === 'visitor' ? null : w.people[audience];
  const api = url.startsWith('/api/');
  const headers: Record<string, string> = person && api ? { ...person.auth } : {};
  const cookies: Record<string, string> = person && !api ? { hd_session: person.token } : {};
  const texts: string[] = [];
  for (const word of channel.body ? Object.values(SEARCH_WORDS) : [null]) {
    const payload = channel.body && word ? channel.body(word) : undefined;
    const response = await w.h.app.inject({
      method: payload ? 'POST' : 'GET',
      url,
      headers,
      cookies,
      ...(payload ? { payload } : {}),
    });
    assert.ok(response.statusCode < 500, `${url} as ${audience}: ${response.statusCode}`);
    texts.push(`${JSON.stringify(response.headers)}\n${response.body}`);
  }
  return texts.join('\n');
}

const leaks = (text: string, markers: string[]) => markers.filter((marker) => text.includes(marker));

test('every GET route is a channel of this test or is judged to carry no item text', () => {
  const listed = new Set(CHANNELS.map((c) => c.route));
  const uncovered = w.h.app.routeTable
    .filter((r) => r.method === 'GET' && !listed.has(r.url) && !NO_ITEM_TEXT.has(r.url))
    .map((r) => r.url);
  assert.deepEqual(
    uncovered,
    [],
    'new GET routes: add them to CHANNELS (they show item text) or to NO_ITEM_TEXT (they do not)',
  );
});

for (const channel of CHANNELS) {
  test(`${channel.route}: no outsider receives a marker the rule keeps from them; the owner does`, async () => {
    const problems: string[] = [];
    let ownerSaw = false;
    for (const url of channel.urls(w)) {
      for (const audience of OUTSIDERS) {
        const found = leaks(await receive(channel, url, audience), FORBIDDEN[audience]);
        if (found.length) problems.push(`${url} shows ${found.join(', ')} to ${audience}`);
      }
      if (leaks(await receive(channel, url, 'owner'), Object.values(MARKERS)).length) ownerSaw = true;
    }
    assert.deepEqual(problems, []);
    if (channel.ownerSees) assert.ok(ownerSaw, `the owner should see a marker on ${channel.route}`);
  });
}

function mailsOf(audience: Exclude<Audience, 'visitor'>): string {
  return w.mailbox
    .to(w.people[audience].email)
    .map((m) => `${m.subject}\n${m.text}\n${m.html}`)
    .join('\n');
}

const RECIPIENTS = OUTSIDERS.filter((a) => a !== 'visitor') as Exclude<Audience, 'visitor' | 'owner'>[];

test('e-mails sent at once (notices, strong matches, reminders, introductions) name no item the recipient may not read', () => {
  for (const audience of RECIPIENTS) assert.ok(mailsOf(audience).length > 0, `${audience} was e-mailed`);
  const problems = RECIPIENTS.flatMap((a) => leaks(mailsOf(a), FORBIDDEN[a]).map((m) => `${m} mailed to ${a}`));
  assert.deepEqual(problems, []);
  assert.ok(mailsOf('owner').includes(MARKERS.confidential));
});

test('digests name no item the recipient may not read', async () => {
  const people = Object.values(w.people);
  await w.h.db
    .updateTable('notifications')
    .set({ emailed_at: null })
    .where(
      'person_id',
      'in',
      people.map((p) => p.id),
    )
    .execute();
  for (const person of people)
    await w.h.db
      .insertInto('notification_settings')
      .values({ person_id: person.id, email_mode: 'daily' })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ email_mode: 'daily' }))
      .execute();
  const sent = Object.fromEntries(people.map((p) => [p.email, w.mailbox.to(p.email).length]));
  assert.ok((await sendDigests(w.h.services, 'daily')) >= people.length);
  await w.h.services.events.settled();
  const digestOf = (audience: Exclude<Audience, 'visitor'>) => {
    const { email } = w.people[audience];
    return w.mailbox
      .to(email)
      .slice(sent[email])
      .map((m) => `${m.subject}\n${m.text}\n${m.html}`)
      .join('\n');
  };
  for (const audience of RECIPIENTS) assert.ok(digestOf(audience).length > 0, `${audience} got a digest`);
  const problems = RECIPIENTS.flatMap((a) => leaks(digestOf(a), FORBIDDEN[a]).map((m) => `${m} in the digest of ${a}`));
  assert.deepEqual(problems, []);
  assert.ok(digestOf('owner').includes(MARKERS.confidential));
});
