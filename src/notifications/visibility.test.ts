// Notices ask the visibility rule for each recipient when they are shown or sent: followers never
// hear of an item they may not read, the other side of a match sees a neutral description, and a
// notice shown after its item became confidential no longer names it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startMailbox, type Mailbox } from '../test-support/mailbox.ts';
import { challengeInput } from '../test-support/items.ts';
import type { TestPerson } from '../test-support/harness.ts';
import { publish, startWorld, type World } from '../test-support/matches-world.ts';
import { runReminders } from '../reminders/service.ts';
import { visibleReferences } from '../db/migrations/0016-visible-references.ts';
import { sendDigests } from './digest.ts';

const MARKER = 'Quokkaventiel';
const WITHHELD = 'Vertrouwelijke uitdaging van een zorgvoorziening (Oost-Vlaanderen)';

let w: World;
let mailbox: Mailbox;
let careOrganisation: string;
let confidentialId: string;
before(async () => {
  mailbox = await startMailbox();
  w = await startWorld(mailbox.mailer, { strongMatchScore: 0.01 });
  careOrganisation = (
    await w.h.db
      .selectFrom('memberships')
      .select('organisation_id')
      .where('person_id', '=', w.careHome.id)
      .executeTakeFirstOrThrow()
  ).organisation_id;
  await w.h.db.updateTable('organisations').set({ kind: 'care_provider' }).where('id', '=', careOrganisation).execute();
  for (const follow of [
    { targetType: 'sector', target: 'care' },
    { targetType: 'spearhead', target: '5' },
    { targetType: 'organisation', target: careOrganisation },
  ]) {
    assert.equal((await api('POST', '/api/v1/follows', w.stranger, follow)).statusCode, 200);
  }
  assert.equal(
    (await api('POST', '/api/v1/saved-searches', w.stranger, { kind: 'challenge', query: `q=${MARKER}` })).statusCode,
    201,
  );
  confidentialId = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({
      title: `${MARKER} tegen eenzaamheid`,
      description: `Het ${MARKER}-project: videobellen op een tablet voor eenzame bewoners van het woonzorgcentrum.`,
      classification: 'confidential',
    }),
  );
  await w.h.services.events.settled();
});
after(async () => {
  await w.h.close();
  await mailbox.close();
});

function api(method: 'GET' | 'POST' | 'PUT', url: string, who: TestPerson, payload?: Record<string, unknown>) {
  return w.h.app.inject({ method, url, headers: who.auth, payload });
}

async function notices(who: TestPerson): Promise<{ kind: string; text: string; link: string }[]> {
  return (await api('GET', '/api/v1/notifications', who)).json().items;
}

const mailsTo = (who: TestPerson) =>
  mailbox
    .to(who.email)
    .map((m) => `${m.subject}\n${m.text}\n${m.html}`)
    .join('\n');

test('followers of a sector, spearhead or organisation, and a fitting saved search, hear nothing of a confidential item they may not read', async () => {
  assert.ok(
    !(await notices(w.stranger)).some((n) => n.link === `/challenges/${confidentialId}` || n.text.includes(MARKER)),
  );
  assert.ok(!mailsTo(w.stranger).includes(MARKER));
  const page = await w.h.app.inject({ url: '/notifications', cookies: { hd_session: w.stranger.token } });
  assert.ok(!page.body.includes(MARKER));
});

test('a strong match names the other side’s confidential challenge only by a neutral description, in the app and by e-mail', async () => {
  const strong = (await notices(w.provider)).filter((n) => n.kind === 'strong_match');
  assert.ok(
    strong.some((n) => n.text.includes(WITHHELD)),
    JSON.stringify(strong),
  );
  assert.ok(!strong.some((n) => n.text.includes(MARKER)));
  assert.ok(mailsTo(w.provider).includes(WITHHELD));
  assert.ok(!mailsTo(w.provider).includes(MARKER));
  assert.ok((await notices(w.careHome)).some((n) => n.kind === 'strong_match' && n.text.includes(MARKER)));
});

test('the steps and reminders of a match on a confidential challenge reach the provider without its title', async () => {
  const created = await api('POST', '/api/v1/matches/requests', w.careHome, {
    challengeId: confidentialId,
    solutionId: w.solutionId,
  });
  assert.equal(created.statusCode, 201);
  await w.h.services.events.settled();
  const at = new Date(Date.now() + 8 * 86_400_000);
  w.h.services.now = () => at;
  try {
    await runReminders(w.h.services);
  } finally {
    w.h.services.now = () => new Date();
  }
  const link = `/matches/${created.json().id}`;
  const own = (await notices(w.provider)).filter((n) => n.link === link);
  assert.deepEqual(own.map((n) => n.kind).sort(), ['match_step', 'reminder_waiting']);
  for (const notice of own) {
    assert.ok(notice.text.includes(WITHHELD), notice.text);
    assert.ok(!notice.text.includes(MARKER), notice.text);
  }
  assert.ok(!mailsTo(w.provider).includes(MARKER));
});

test('a notice shown after its item became confidential no longer names it: in the app, in the digest and in the personal export', async () => {
  await api('PUT', '/api/v1/me/notification-settings', w.stranger, { emailMode: 'daily' });
  const title = 'Kwartelkoning in het dagcentrum';
  const id = await publish(w.h, 'challenges', w.careHome, w.ambassador, challengeInput({ title }));
  await w.h.services.events.settled();
  assert.ok((await notices(w.stranger)).some((n) => n.text.includes(title)));
  await w.h.db.updateTable('challenges').set({ classification: 'confidential' }).where('id', '=', id).execute();
  const shown = await notices(w.stranger);
  assert.ok(shown.some((n) => n.link === `/challenges/${id}`));
  assert.ok(!shown.some((n) => n.text.includes(title)));
  const before = mailbox.to(w.stranger.email).length;
  assert.ok((await sendDigests(w.h.services, 'daily')) >= 1);
  const digest = mailbox.to(w.stranger.email).slice(before);
  assert.equal(digest.length, 1);
  assert.ok(!digest[0]!.text.includes(title) && !digest[0]!.html.includes(title));
  const exported = await api('GET', '/api/v1/me/export', w.stranger);
  assert.equal(exported.statusCode, 200);
  assert.ok(!exported.body.includes(title));
});

test('notices stored with titles before migration 0016 keep only references, so they too name only what the reader may read', async () => {
  const match = await w.h.db
    .selectFrom('matches')
    .select(['id', 'solution_id'])
    .where('challenge_id', '=', confidentialId)
    .executeTakeFirstOrThrow();
  const legacy = [
    {
      kind: 'match_step',
      params: { challenge: `${MARKER} tegen eenzaamheid`, solution: 'Beeldbellen', step: 'request' },
      link: `/matches/${match.id}`,
    },
    {
      kind: 'strong_match',
      params: {
        challenge: `${MARKER} tegen eenzaamheid`,
        solution: 'Beeldbellen',
        percent: '50 %',
        pair: `${confidentialId}:${match.solution_id}`,
      },
      link: `/challenges/${confidentialId}`,
    },
    {
      kind: 'followed_item',
      params: { title: `${MARKER} tegen eenzaamheid`, item: confidentialId },
      link: `/challenges/${confidentialId}`,
    },
  ];
  await w.h.db
    .insertInto('notifications')
    .values(
      legacy.map((n) => ({ person_id: w.stranger.id, kind: n.kind, params: JSON.stringify(n.params), link: n.link })),
    )
    .execute();
  for (const statement of visibleReferences.filter((s) => s.startsWith('UPDATE notifications')))
    await sql.raw(statement).execute(w.h.db);
  const stored = await w.h.db
    .selectFrom('notifications')
    .select('params')
    .where('person_id', '=', w.stranger.id)
    .execute();
  assert.ok(!JSON.stringify(stored).includes(MARKER));
  const shown = (await notices(w.stranger)).filter((n) => legacy.some((l) => l.kind === n.kind && l.link === n.link));
  assert.equal(shown.length, 3);
  assert.ok(shown.every((n) => !n.text.includes(MARKER)));
  assert.ok(shown.some((n) => n.kind === 'match_step' && n.text.includes(WITHHELD)));
});
