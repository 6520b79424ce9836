// The meeting pages through the real server, as a browser without JavaScript uses them: the match
// page links to them, the proposal form names each wrong field and keeps what was typed, the other
// side picks a time from the meeting page, and after the meeting one button says how it went.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedMatch, startWorld, type World } from '../test-support/matches-world.ts';
import { formSession, type TestPerson } from '../test-support/harness.ts';
import { startSession } from '../accounts/session.ts';
import { toBrusselsInput } from './brussels-time.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(async () => {
  await w.h.close();
});

const HOUR = 3_600_000;

async function post(url: string, formUrl: string, token: string, fields: Record<string, string>) {
  const { csrf, cookies } = await formSession(w.h.app, formUrl, token);
  return w.h.app.inject({ method: 'POST', url, cookies, payload: { _csrf: csrf, ...fields } });
}

const page = (url: string, who: TestPerson) => w.h.app.inject({ url, cookies: { hd_session: who.token } });

test('the match page links to the meetings; a wrong proposal comes back with each field marked and nothing stored', async () => {
  const id = await acceptedMatch(w);
  assert.ok((await page(`/matches/${id}`, w.careHome)).body.includes(`href="/matches/${id}/meetings"`));
  const list = `/matches/${id}/meetings`;
  const form = await page(list, w.careHome);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /id="start1"[^>]*type="datetime-local"/);
  const past = toBrusselsInput(new Date(Date.now() - HOUR));
  const wrong = await post(list, list, w.careHome.token, {
    start1: past,
    duration1: '500',
    onlineUrl: 'http://meet.example/x',
  });
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /id="start1-error"/);
  assert.match(wrong.body, /id="duration1-error"/);
  assert.match(wrong.body, /id="onlineUrl-error"/);
  assert.ok(wrong.body.includes(`value="${past}"`), 'what was typed stays');
  assert.deepEqual(
    (await w.h.app.inject({ url: `/api/v1/matches/${id}/meetings`, headers: w.careHome.auth })).json().items,
    [],
  );
});

test('one side proposes from the form, the other picks a time, and after it ended a button records how it went', async () => {
  const id = await acceptedMatch(w);
  const list = `/matches/${id}/meetings`;
  const start = toBrusselsInput(new Date(Date.now() + 2 * HOUR));
  const proposed = await post(list, list, w.careHome.token, {
    start1: start,
    duration1: '30',
    address: 'Lindelaan 4, 9000 Gent',
  });
  assert.equal(proposed.statusCode, 303);
  const location = String(proposed.headers.location);
  const meetingPath = /^(\/matches\/[\w-]+\/meetings\/[\w-]+)\?done=meeting_proposed$/.exec(location)?.[1];
  assert.ok(meetingPath, location);
  assert.ok(!(await page(meetingPath, w.careHome)).body.includes(`${meetingPath}/pick`), 'the proposer does not pick');
  assert.ok(!(await page(meetingPath, w.ambassador)).body.includes(`${meetingPath}/pick`), 'nor does the ambassador');
  const forProvider = await page(meetingPath, w.provider);
  const slotId = /name="slotId" value="([\w-]+)"/.exec(forProvider.body)?.[1];
  assert.ok(slotId);
  const picked = await post(`${meetingPath}/pick`, meetingPath, w.provider.token, { slotId });
  assert.equal(picked.headers.location, `${meetingPath}?done=meeting_confirmed`);
  assert.ok((await page(meetingPath, w.careHome)).body.includes(`href="${meetingPath}.ics"`));

  const after = new Date(Date.now() + 3 * HOUR);
  w.h.services.now = () => after;
  try {
    const token = await startSession(w.h.db, w.provider.id, after);
    const done = await post(`${meetingPath}/outcome`, meetingPath, token, { outcome: 'next_step' });
    assert.equal(done.headers.location, `${meetingPath}?done=meeting_outcome`);
    const match = await w.h.app.inject({ url: `/matches/${id}`, cookies: { hd_session: token } });
    assert.ok(match.body.includes('Na een afspraak: een volgende stap afgesproken'), 'the outcome is on the timeline');
    assert.ok(
      !(await w.h.app.inject({ url: meetingPath, cookies: { hd_session: token } })).body.includes(
        `${meetingPath}/outcome`,
      ),
    );
  } finally {
    w.h.services.now = () => new Date();
  }
});
