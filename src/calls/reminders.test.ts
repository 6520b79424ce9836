// Reminders before each phase of an open call ends, through the hourly reminders job on a fake clock
// and the real SMTP test server: two days before in Brussels time, once per call and phase, to the
// challenge's followers and drafting respondents (questions, responses), the panel members who may score
// (evaluation), the call's managers while no decision is recorded (result) — and to no one else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { createPerson, type TestPerson } from '../test-support/harness.ts';
import { runReminders } from '../reminders/service.ts';
import { fromBrusselsInput } from '../meetings/brussels-time.ts';
import { callInput, openCall } from './test-fixtures.ts';
import { declareConflict, insertResponse, markDecided, organisationOf } from './data-fixtures.ts';
import { reminderDue } from './reminders.ts';

const HOUR = 3_600_000;
let w: World;
let mailbox: Mailbox;
let callId: string;
let follower: TestPerson;
let panelScoring: TestPerson;
let panelExcused: TestPerson;
let ends: Record<'questions' | 'responses' | 'evaluation' | 'result', Date>;

before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer);
  const careOrganisation = await organisationOf(w.h.db, w.careHome.id);
  follower = await createPerson(w.h.db, 'member', await organisationOf(w.h.db, w.stranger.id));
  panelScoring = await createPerson(w.h.db, 'member', careOrganisation);
  panelExcused = await createPerson(w.h.db, 'member', careOrganisation);
  const followed = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/follows',
    headers: follower.auth,
    payload: { targetType: 'challenge', target: w.challengeId },
  });
  assert.equal(followed.statusCode, 200);
  callId = await openCall(
    w.h,
    w.careHome,
    w.ambassador,
    callInput(w.challengeId, { panel: [panelScoring.id, panelExcused.id] }),
  );
  await declareConflict(w.h.db, callId, panelScoring.id, 'none');
  await declareConflict(w.h.db, callId, panelExcused.id, 'conflict');
  const provider = await organisationOf(w.h.db, w.provider.id);
  await insertResponse(w.h.db, { callId, organisationId: provider, solutionId: w.solutionId, status: 'draft' });
  const row = await w.h.db.selectFrom('calls').selectAll().where('id', '=', callId).executeTakeFirstOrThrow();
  ends = {
    questions: row.questions_until,
    responses: row.responses_until,
    evaluation: row.evaluation_until,
    result: row.result_date,
  };
  await w.h.services.events.settled();
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

async function runAt(at: Date) {
  w.h.services.now = () => at;
  try {
    return await runReminders(w.h.services);
  } finally {
    w.h.services.now = () => new Date();
  }
}

async function reminded(who: TestPerson, phase: string): Promise<number> {
  const list = (await w.h.app.inject({ url: '/api/v1/notifications', headers: who.auth })).json();
  return list.items.filter((n: { kind: string; link: string }) => n.kind === `call_reminder_${phase}`).length;
}

test('two days before is the same Brussels wall-clock time two days earlier, across a clock change', () => {
  const end = fromBrusselsInput('2027-03-29T17:00') as Date;
  assert.deepEqual(reminderDue(end), fromBrusselsInput('2027-03-27T17:00'));
  assert.equal((end.getTime() - reminderDue(end).getTime()) / HOUR, 47, 'summer time began in between');
  const autumn = fromBrusselsInput('2027-11-01T09:00') as Date;
  assert.equal((autumn.getTime() - reminderDue(autumn).getTime()) / HOUR, 49);
});

test('the questions and responses reminders go once to followers and drafting respondents, by e-mail', async () => {
  assert.equal((await runAt(new Date(reminderDue(ends.questions).getTime() - HOUR))).callPhases, 0);
  assert.equal((await runAt(new Date(reminderDue(ends.questions).getTime() + HOUR))).callPhases, 1);
  assert.equal(await reminded(follower, 'questions'), 1);
  assert.equal(await reminded(w.provider, 'questions'), 1);
  assert.equal(await reminded(w.stranger, 'questions'), 0);
  assert.equal(await reminded(panelScoring, 'questions'), 0);
  let mail = await mailbox.next(w.provider.email);
  while (!mail.subject.includes('vragen te stellen')) mail = await mailbox.next(w.provider.email);
  assert.match(mail.subject, /Nog twee dagen om vragen te stellen over de open oproep op „.+”: tot \d+ \w+ \d{4}/);
  assert.equal((await runAt(new Date(reminderDue(ends.questions).getTime() + 2 * HOUR))).callPhases, 0);
  assert.equal(await reminded(follower, 'questions'), 1, 'once per call and phase');

  assert.equal((await runAt(new Date(ends.responses.getTime() - HOUR))).callPhases, 1);
  assert.equal(await reminded(follower, 'responses'), 1);
  assert.equal(await reminded(w.provider, 'responses'), 1);
  assert.equal(await reminded(w.careHome, 'responses'), 0);
});

test('the evaluation reminder goes to the panel members who may score, not to an excused one', async () => {
  assert.equal((await runAt(new Date(ends.evaluation.getTime() - HOUR))).callPhases, 1);
  assert.equal(await reminded(panelScoring, 'evaluation'), 1);
  assert.equal(await reminded(panelExcused, 'evaluation'), 0);
  assert.equal(await reminded(follower, 'evaluation'), 0);
  assert.equal(await reminded(w.provider, 'evaluation'), 0);
  let mail = await mailbox.next(panelScoring.email);
  while (!mail.subject.includes('te beoordelen')) mail = await mailbox.next(panelScoring.email);
  assert.match(mail.subject, /de antwoorden op de open oproep op „.+” te beoordelen/);
});

test('the result reminder goes to the call’s managers, and not for a call already decided', async () => {
  const decided = await openCall(w.h, w.careHome, w.ambassador, callInput(w.challengeId));
  await markDecided(w.h.db, decided, new Date(), w.careHome.id);
  assert.equal((await runAt(new Date(ends.result.getTime() - HOUR))).callPhases, 1);
  assert.equal(await reminded(w.careHome, 'result'), 1, 'only the undecided call is reminded');
  assert.equal(await reminded(w.ambassador, 'result'), 1);
  assert.equal(await reminded(w.otherAmbassador, 'result'), 0, 'an ambassador of other spearheads');
  assert.equal(await reminded(follower, 'result'), 0);
  assert.equal(await reminded(panelScoring, 'result'), 1, 'a member of the challenge’s organisation');
});
