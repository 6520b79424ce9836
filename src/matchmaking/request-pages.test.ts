// The meeting requests page through the real server: a participant asks another organisation's
// participant for a meeting with the page's form (a missing reason re-renders the form with the problem
// and stores nothing), the other accepts with a button, and an outsider does not get the page; the
// organiser's page schedules the accepted meeting with its button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { formSession, type TestPerson } from '../test-support/harness.ts';
import { eventInput } from './test-fixtures.ts';

let w: World;
let eventId: string;
const participant: Record<string, string> = {};
before(async () => {
  w = await startWorld();
  const created = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: w.ambassador.auth,
    payload: eventInput(),
  });
  eventId = created.json().id;
  for (const [name, person] of [
    ['care', w.careHome],
    ['provider', w.provider],
  ] as const) {
    const membership = await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', person.id)
      .executeTakeFirstOrThrow();
    const registered = await w.h.app.inject({
      method: 'POST',
      url: `/api/v1/events/${eventId}/participants`,
      headers: person.auth,
      payload: {
        organisationId: membership.organisation_id,
        seeks: `Wat ${name} zoekt`,
        offers: `Wat ${name} biedt`,
        challengeIds: [],
        solutionIds: [],
        availableSlots: [0, 1],
      },
    });
    participant[name] = registered.json().id;
  }
});
after(async () => {
  await w.h.close();
});

async function postForm(person: TestPerson, url: string, fields: Record<string, string>) {
  const { csrf, cookies } = await formSession(w.h.app, `/events/${eventId}/requests`, person.token);
  return w.h.app.inject({
    method: 'POST',
    url,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  });
}

const page = (person: TestPerson) =>
  w.h.app.inject({ url: `/events/${eventId}/requests`, cookies: { hd_session: person.token } });

test('a participant asks with the form, the other accepts with a button, an outsider gets no page', async () => {
  const before = await page(w.careHome);
  assert.equal(before.statusCode, 200);
  assert.match(before.body, /Wat provider biedt/, 'the other participants’ offers are shown');
  const url = `/events/${eventId}/requests`;
  const noReason = await postForm(w.careHome, url, {
    fromParticipantId: participant.care as string,
    toParticipantId: participant.provider as string,
    reason: '',
  });
  assert.equal(noReason.statusCode, 400);
  assert.match(noReason.body, /id="reason-error"/);
  assert.equal((await w.h.db.selectFrom('matchmaking_requests').select('id').execute()).length, 0);
  const asked = await postForm(w.careHome, url, {
    fromParticipantId: participant.care as string,
    toParticipantId: participant.provider as string,
    reason: 'Wij willen uw oplossing proberen',
  });
  assert.equal(asked.statusCode, 303);
  assert.equal(asked.headers.location, `${url}?done=request_sent`);

  const received = await page(w.provider);
  assert.match(received.body, /Wij willen uw oplossing proberen/);
  const [request] = await w.h.db.selectFrom('matchmaking_requests').select('id').execute();
  assert.ok(request);
  assert.match(received.body, new RegExp(`action="/events/${eventId}/requests/${request.id}/decision"`));
  assert.doesNotMatch((await page(w.careHome)).body, /\/decision"/, 'the asking side gets no buttons');
  const accepted = await postForm(w.provider, `${url}/${request.id}/decision`, { decision: 'accept' });
  assert.equal(accepted.statusCode, 303);
  const row = await w.h.db.selectFrom('matchmaking_requests').select('status').executeTakeFirstOrThrow();
  assert.equal(row.status, 'accepted');
  assert.equal((await page(w.stranger)).statusCode, 403);
});

test('the organiser’s page shows the figures and schedules the accepted meeting with its button', async () => {
  const url = `/events/${eventId}/organise`;
  const before = await w.h.app.inject({ url, cookies: { hd_session: w.ambassador.token } });
  assert.equal(before.statusCode, 200);
  assert.match(before.body, /2 deelnemers van 2 organisaties/);
  assert.match(before.body, /1 aanvraag, 1 aanvaard/, 'one request is one "aanvraag", not "1 aanvragen"');
  const { csrf, cookies } = await formSession(w.h.app, url, w.ambassador.token);
  const scheduled = await w.h.app.inject({
    method: 'POST',
    url: `/events/${eventId}/schedule`,
    cookies,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrf }).toString(),
  });
  assert.equal(scheduled.statusCode, 303);
  assert.equal(scheduled.headers.location, `${url}?done=scheduled`);
  const row = await w.h.db
    .selectFrom('matchmaking_requests')
    .select(['slot', 'table_number'])
    .executeTakeFirstOrThrow();
  assert.ok(row.slot !== null && row.table_number !== null, 'placed');
  assert.match((await w.h.app.inject({ url, cookies: { hd_session: w.ambassador.token } })).body, /1 ingepland/);
  const member = await w.h.app.inject({ url, cookies: { hd_session: w.careHome.token } });
  assert.equal(member.statusCode, 403);
});
