// The authorisation matrix: every route the application serves × every role. The rules below are
// the specification; a route that is missing from them fails the suite, so no route ships without a
// decision about who may call it. Ownership (this member's item vs another's) is checked by each
// area's own tests; here the gate in front of each route is proven.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { startSession } from '../accounts/session.ts';

type Access = 'public' | 'signed-in' | 'ambassador' | 'admin';
const RANK: Record<Access, number> = { public: 0, 'signed-in': 1, ambassador: 2, admin: 3 };

const PUBLIC = [
  'GET /',
  'GET /api/docs',
  'GET /api/openapi.json',
  'GET /api/v1/challenges',
  'GET /api/v1/challenges/:id',
  'GET /api/v1/challenges/:id/matches',
  'GET /api/v1/organisations/:id',
  'GET /api/v1/solutions',
  'GET /api/v1/solutions/:id',
  'GET /api/v1/solutions/:id/matches',
  'GET /api/v1/solutions/:id/publiccode.yml',
  'GET /challenges',
  'GET /challenges/:id',
  'GET /feeds/challenges.atom',
  'GET /feeds/solutions.atom',
  // Matchmaking days are public: the list, each event's page and .ics, the feed (src/matchmaking/events.test.ts).
  'GET /api/v1/events',
  'GET /api/v1/events/:id',
  'GET /api/v1/events/:id/figures',
  'GET /events',
  'GET /events/:id',
  'GET /feeds/events.atom',
  // Open calls are public once open; drafts and calls on non-public challenges answer 404 (src/calls/calls.test.ts).
  'GET /api/v1/calls',
  'GET /api/v1/calls/:id',
  'GET /calls',
  'GET /calls/:id',
  'GET /feeds/calls.atom',
  // Open data: the open calls on public challenges only (src/calls/publication.test.ts).
  'GET /opendata/calls.csv',
  'GET /opendata/calls.jsonld',
  'GET /opendata/calls.ttl',
  'GET /health',
  'GET /ldes/items',
  'GET /ldes/items/members/:member',
  'GET /ldes/items/pages/:page',
  'GET /ldes/items/shape',
  'GET /login',
  'GET /opendata/catalog.jsonld',
  'GET /opendata/catalog.ttl',
  'GET /opendata/challenges.csv',
  'GET /opendata/challenges.jsonld',
  'GET /opendata/challenges.ttl',
  'GET /opendata/solutions.csv',
  'GET /opendata/solutions.jsonld',
  'GET /opendata/solutions.ttl',
  'GET /organisations/:id',
  'GET /password/forgot',
  'GET /password/reset',
  'GET /ready',
  'GET /register',
  'GET /solutions',
  'GET /solutions/:id',
  'GET /solutions/:id/publiccode.yml',
  'GET /toegankelijkheid',
  'GET /toegankelijkheid/bedankt',
  'GET /unsubscribe',
  'GET /verify-email',
  'POST /api/v1/accounts',
  'POST /api/v1/email-verifications',
  'POST /api/v1/password-resets',
  'POST /api/v1/password-resets/confirm',
  'POST /api/v1/sessions',
  'POST /api/v1/similar',
  'POST /login',
  'POST /logout',
  'POST /password/forgot',
  'POST /password/reset',
  'POST /register',
  'POST /toegankelijkheid',
  'GET /login/oidc',
  'GET /login/oidc/callback',
  'GET /indicators',
  'GET /indicators.csv',
  'GET /api/v1/indicators',
  // Without METRICS_TOKEN (as in tests) only requests from this machine get the metrics, whoever sends them.
  'GET /metrics',
];

const SIGNED_IN = [
  'GET /api/v1/exports/challenges.csv',
  'GET /api/v1/exports/solutions.csv',
  'GET /my/challenges.csv',
  'GET /my/solutions.csv',
  'GET /api/v1/me/export',
  'DELETE /api/v1/me',
  'GET /account/privacy',
  'GET /account/export',
  'POST /account/delete',
  'DELETE /api/v1/sessions/current',
  'GET /account',
  'GET /api/v1/matches',
  'GET /api/v1/matches/:id',
  'GET /api/v1/me',
  'GET /api/v1/me/notification-settings',
  'GET /api/v1/me/organisations',
  'GET /api/v1/notifications',
  'GET /challenges/:id/edit',
  'GET /challenges/new',
  'GET /matches/:id',
  'GET /my',
  'GET /my/matches',
  'GET /api/v1/me/matches',
  'GET /notifications',
  'GET /organisations/:id/edit',
  'GET /solutions/:id/edit',
  'GET /solutions/new',
  'PATCH /api/v1/challenges/:id',
  'PATCH /api/v1/organisations/:id',
  'PATCH /api/v1/solutions/:id',
  'POST /account/verification-email',
  'POST /api/v1/challenges',
  'POST /api/v1/challenges/:id/transitions',
  'POST /api/v1/matches/:id/decision',
  'POST /api/v1/matches/applications',
  'POST /api/v1/matches/requests',
  'POST /api/v1/matches/suggestions',
  'POST /api/v1/notifications/:id/read',
  'POST /api/v1/notifications/read',
  'POST /api/v1/solutions',
  'POST /api/v1/solutions/:id/transitions',
  'POST /challenges',
  'POST /challenges/:id/edit',
  'POST /challenges/:id/transition',
  'POST /matches/:id/decision',
  'POST /notifications/read',
  'POST /notifications/settings',
  'POST /organisations/:id/edit',
  'POST /solutions',
  'POST /solutions/:id/edit',
  'POST /solutions/:id/transition',
  'PUT /api/v1/me/notification-settings',
  'GET /api/v1/follows',
  'POST /api/v1/follows',
  'DELETE /api/v1/follows',
  'GET /api/v1/saved-searches',
  'POST /api/v1/saved-searches',
  'DELETE /api/v1/saved-searches/:id',
  'POST /api/v1/sessions/current/second-factor',
  'GET /account/two-factor',
  'POST /account/two-factor',
  'GET /login/second-factor',
  'POST /login/second-factor',
  'GET /account/organisation',
  'POST /account/organisation',
  'GET /account/sessions',
  'POST /account/sessions/:id/revoke',
  'POST /account/sessions/revoke-all',
  'GET /account/follows',
  'POST /account/follows',
  'POST /account/follows/remove',
  'POST /account/saved-searches',
  'POST /account/saved-searches/:id/delete',
  'POST /account/contact-settings',
  'GET /api/v1/me/contact-settings',
  'PUT /api/v1/me/contact-settings',
  'POST /challenges/:id/apply',
  'POST /solutions/:id/request-introduction',
  // Members and requests to join: the service lets in only the organisation's verified members, ambassadors and admins.
  'GET /api/v1/organisations/:id/members',
  'POST /api/v1/organisations/:id/membership-requests/:personId/decision',
  'DELETE /api/v1/organisations/:id/members/:personId',
  'GET /api/v1/me/membership-requests',
  'POST /api/v1/me/membership-requests',
  'GET /organisations/:id/members',
  'POST /organisations/:id/membership-requests/:personId/decision',
  'GET /organisations/:id/members/:personId/remove',
  'POST /organisations/:id/members/:personId/remove',
  'GET /account/join',
  'POST /account/join',
  // Conversations: who of the signed-in takes part (both organisations' members, the curating ambassador) and
  // from when (both sides accepted) is proven in src/conversations/conversations.test.ts.
  'GET /api/v1/matches/:id/conversation/messages',
  'POST /api/v1/matches/:id/conversation/messages',
  'POST /api/v1/conversation-messages/:id/report',
  'GET /matches/:id/conversation',
  'POST /matches/:id/conversation/messages',
  'POST /conversation-messages/:id/report',
  // A message's files: the conversation's readers, while the message is neither hidden nor erased
  // (src/conversations/attachments.test.ts).
  'GET /api/v1/conversation-attachments/:id',
  'GET /conversation-attachments/:id',
  // Meetings: the conversation's participants see them, the two sides propose and answer
  // (src/meetings/meetings.test.ts).
  'GET /api/v1/matches/:id/meetings',
  'POST /api/v1/matches/:id/meetings',
  'GET /api/v1/matches/:id/meetings/:meetingId',
  'POST /api/v1/matches/:id/meetings/:meetingId/pick',
  'POST /api/v1/matches/:id/meetings/:meetingId/decline',
  'POST /api/v1/matches/:id/meetings/:meetingId/cancel',
  'POST /api/v1/matches/:id/meetings/:meetingId/outcome',
  'GET /matches/:id/meetings',
  'POST /matches/:id/meetings',
  'GET /matches/:id/meetings/:meetingId',
  'POST /matches/:id/meetings/:meetingId/pick',
  'POST /matches/:id/meetings/:meetingId/decline',
  'POST /matches/:id/meetings/:meetingId/cancel',
  'POST /matches/:id/meetings/:meetingId/outcome',
  // Matchmaking days: members register their own organisation, participants request and answer, and each
  // reads only their own agenda (src/matchmaking/participation.test.ts).
  'POST /api/v1/events/:id/participants',
  'GET /api/v1/events/:id/participants',
  'GET /api/v1/events/:id/requests',
  'POST /api/v1/events/:id/requests',
  'POST /api/v1/events/:id/requests/:requestId/decision',
  'GET /api/v1/events/:id/agenda',
  'GET /api/v1/events/:id/suggestions',
  'GET /events/:id/agenda',
  'GET /events/:id/agenda.ics',
  'GET /events/:id/register',
  'POST /events/:id/register',
  'GET /events/:id/requests',
  'POST /events/:id/requests',
  'POST /events/:id/requests/:requestId/decision',
  // Withdrawals: the participant (or their organisation's members) only, before the event
  // (src/matchmaking/organiser-forms.test.ts).
  'DELETE /api/v1/events/:id/participants/:participantId',
  'DELETE /api/v1/events/:id/requests/:requestId',
  'GET /events/:id/withdraw',
  'POST /events/:id/withdraw',
  'GET /events/:id/requests/:requestId/withdraw',
  'POST /events/:id/requests/:requestId/withdraw',
  // After a held meeting, either of its participants says once how it went (src/matchmaking/follow-ups.test.ts).
  'POST /api/v1/events/:id/requests/:requestId/follow-up',
  'POST /events/:id/agenda/:requestId/follow-up',
  // Open calls: the challenge's organisation or a curating ambassador drafts, changes and submits; a curating
  // ambassador reviews; any member asks and the organisation answers (src/calls/calls.test.ts).
  'POST /api/v1/calls',
  'PUT /api/v1/calls/:id',
  'POST /api/v1/calls/:id/submission',
  'POST /api/v1/calls/:id/review',
  'POST /api/v1/calls/:id/qa',
  'POST /api/v1/calls/:id/qa/:qaId/answer',
  'GET /calls/new',
  'POST /calls/new',
  'GET /calls/:id/edit',
  'POST /calls/:id/edit',
  'POST /calls/:id/submit',
  'POST /calls/:id/review',
  'POST /calls/:id/qa',
  'POST /calls/:id/qa/:qaId/answer',
  // A call's eForms E1 export: those who manage the call only, 403 for other readers (src/calls/publication.test.ts).
  'GET /api/v1/calls/:id/eforms-e1',
  'GET /api/v1/calls/:id/eforms-e1.xml',
  // A call's evaluation: its panel members declare, then those without a conflict score after the deadline;
  // a manager of the call on the panel decides (src/calls/evaluation.test.ts).
  'POST /api/v1/calls/:id/panel/declaration',
  'GET /api/v1/calls/:id/evaluation',
  'PUT /api/v1/calls/:id/scores',
  'PUT /api/v1/calls/:id/decision',
  'POST /api/v1/calls/:id/decision/confirmation',
  'GET /calls/:id/evaluation',
  'POST /calls/:id/evaluation/declaration',
  'POST /calls/:id/evaluation/scores/:responseId',
  'GET /calls/:id/decision',
  'POST /calls/:id/decision',
  'GET /calls/:id/decision/confirm',
  'POST /calls/:id/decision/confirm',
  // Responses: a verified member of another organisation than the challenge's, for its own organisation's
  // response, until the deadline; files only for whoever may read the response (src/calls/responses.test.ts).
  'GET /api/v1/calls/:id/responses',
  'PUT /api/v1/calls/:id/responses',
  'POST /api/v1/calls/:id/responses',
  'DELETE /api/v1/calls/:id/responses',
  'POST /api/v1/calls/:id/responses/attachments',
  'DELETE /api/v1/calls/:id/responses/attachments/:attachmentId',
  'GET /api/v1/call-response-attachments/:id',
  'GET /calls/:id/response',
  'POST /calls/:id/response',
  'POST /calls/:id/response/attachments',
  'POST /calls/:id/response/attachments/:attachmentId/remove',
  'GET /calls/:id/response/withdraw',
  'POST /calls/:id/response/withdraw',
  'GET /call-response-attachments/:id',
];

const AMBASSADOR = [
  'GET /admin/indicators',
  'GET /api/v1/indicators/full',
  'POST /challenges/:id/propose',
  'POST /solutions/:id/propose',
  'GET /work-queue',
  'GET /api/v1/work-queue',
  'GET /api/v1/challenges/:id/changes',
  'GET /api/v1/solutions/:id/changes',
  'POST /api/v1/challenges/:id/changes/checked',
  'POST /api/v1/solutions/:id/changes/checked',
  'POST /challenges/:id/changes/checked',
  'POST /solutions/:id/changes/checked',
  'GET /review',
  'POST /api/v1/matches/proposals',
  'POST /api/v1/matches/:id/outcome',
  'POST /matches/:id/outcome',
  'POST /api/v1/duplicates',
  // Only the curating ambassador of the match's challenge (src/conversations/conversations.test.ts).
  'POST /api/v1/conversation-messages/:id/hide',
  'POST /conversation-messages/:id/hide',
  'POST /api/v1/challenges/:id/conversation-messages',
  'GET /challenges/:id/conversation-messages',
  'POST /challenges/:id/conversation-messages',
  // Matchmaking days are created and scheduled by ambassadors.
  'POST /api/v1/events',
  'POST /api/v1/events/:id/schedule',
  'PUT /api/v1/events/:id/requests/:requestId/placement',
  'PUT /api/v1/events/:id/requests/:requestId/attendance',
  'GET /events/new',
  'POST /events/new',
  'GET /events/:id/organise',
  'POST /events/:id/schedule',
  // Changing an event, placing by hand and attendance from the organiser's page (src/matchmaking/organiser-forms.test.ts).
  'PUT /api/v1/events/:id',
  'GET /events/:id/edit',
  'POST /events/:id/edit',
  'POST /events/:id/requests/:requestId/placement',
  'POST /events/:id/requests/:requestId/attendance',
];

const ADMIN = [
  'GET /admin/api-keys',
  'POST /admin/api-keys',
  'GET /admin/api-keys/:id/revoke',
  'POST /admin/api-keys/:id/revoke',
  'GET /api/v1/api-keys',
  'POST /api/v1/api-keys',
  'DELETE /api/v1/api-keys/:id',
  'GET /admin/audit',
  'GET /admin/import',
  'POST /admin/import/file',
  'GET /api/v1/audit-events',
  'POST /admin/import',
  'POST /api/v1/imports',
  'POST /api/v1/organisations/:id/verify',
  'POST /organisations/:id/verify',
  'DELETE /api/v1/people/:id/second-factor',
  'GET /admin/second-factor',
  'POST /admin/second-factor',
  // Partner regions are registered and followed by admins only (src/federation tests).
  'GET /api/v1/federation/partners',
  'POST /api/v1/federation/partners',
  'POST /api/v1/federation/partners/:id/sync',
  'DELETE /api/v1/federation/partners/:id',
  'GET /admin/partners',
  'POST /admin/partners',
  'POST /admin/partners/:id/sync',
  'POST /admin/partners/:id/remove',
  'GET /admin/deliveries',
  'POST /admin/deliveries/failures/:consumer/:position/replay',
  'POST /admin/deliveries/mails/:id/replay',
];

const RULES = new Map<string, Access>([
  ...PUBLIC.map((r): [string, Access] => [r, 'public']),
  ...SIGNED_IN.map((r): [string, Access] => [r, 'signed-in']),
  ...AMBASSADOR.map((r): [string, Access] => [r, 'ambassador']),
  ...ADMIN.map((r): [string, Access] => [r, 'admin']),
]);

const NOT_ROUTES = new Set(['GET /static/*']);

let h: Harness;
let people: Record<'member' | 'ambassador' | 'admin', TestPerson>;

before(async () => {
  h = await startHarness();
  const organisation = await createOrganisation(h.db, 'Matrixorganisatie');
  people = {
    member: await createPerson(h.db, 'member', organisation),
    ambassador: await createPerson(h.db, 'ambassador'),
    admin: await createPerson(h.db, 'admin'),
  };
});
after(() => h.close());

const ROLES = [
  ['visitor', 0],
  ['member', 1],
  ['ambassador', 2],
  ['admin', 3],
] as const;
const SOME_ID = '7d9f6f1c-3a52-4b8e-9c1e-2f4a6b8d0e13';

function concrete(url: string): string {
  return url.replace(/:id\b/g, SOME_ID).replace(/:\w+/g, 'x');
}

/** A request as this role would send it: a page post from the browser carries a CSRF token. */
async function requestAs(role: (typeof ROLES)[number][0], method: string, url: string) {
  // A fresh session per request: some routes (log out, end session) revoke the one they are called with.
  const token = role === 'visitor' ? undefined : await startSession(h.db, people[role].id, new Date());
  const person = token ? { auth: { authorization: `Bearer ${token}` } } : undefined;
  const cookies: Record<string, string> = token ? { hd_session: token } : {};
  const isApi = url.startsWith('/api/');
  if (isApi || method === 'GET' || method === 'DELETE') {
    return h.app.inject({
      method: method as 'GET',
      url: concrete(url),
      headers: person?.auth ?? {},
      ...(method === 'GET' ? {} : { payload: {} }),
    });
  }
  const page = await h.app.inject({ method: 'GET', url: '/toegankelijkheid', cookies });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  for (const cookie of page.cookies) cookies[cookie.name] = cookie.value;
  return h.app.inject({
    method: method as 'POST',
    url: concrete(url),
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf }).toString(),
  });
}

function refused(status: number, location: string | undefined): boolean {
  return status === 401 || status === 403 || (status === 303 && (location ?? '').startsWith('/login'));
}

test('every route has an access rule', () => {
  const routes = h.app.routeTable.map((r) => `${r.method} ${r.url}`).filter((r) => !NOT_ROUTES.has(r));
  const missing = routes.filter((r) => !RULES.has(r));
  assert.deepEqual(missing, [], 'routes without a rule in the authorisation matrix');
  const stale = [...RULES.keys()].filter((r) => !routes.includes(r));
  assert.deepEqual(stale, [], 'rules for routes that no longer exist');
});

test('each role is refused below a route’s level and let through at or above it', async () => {
  const wrong: string[] = [];
  for (const route of h.app.routeTable) {
    const key = `${route.method} ${route.url}`;
    const access = RULES.get(key);
    if (!access) continue;
    for (const [role, rank] of ROLES) {
      const response = await requestAs(role, route.method, route.url);
      const wasRefused = refused(response.statusCode, response.headers.location as string | undefined);
      const shouldRefuse = rank < RANK[access];
      if (response.statusCode >= 500) wrong.push(`${key} as ${role}: ${response.statusCode}`);
      else if (shouldRefuse && !wasRefused) wrong.push(`${key} as ${role}: let through (${response.statusCode})`);
      else if (!shouldRefuse && (response.statusCode === 401 || (response.statusCode === 303 && wasRefused)))
        wrong.push(`${key} as ${role}: refused (${response.statusCode})`);
    }
  }
  assert.deepEqual(wrong, []);
});
