import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startHarness,
  createOrganisation,
  createPerson,
  json,
  type Harness,
  type TestPerson,
} from '../test-support/harness.ts';
import { challengeInput, solutionInput } from '../test-support/items.ts';

let h: Harness;
let ambassador: TestPerson;
let narrowAmbassador: TestPerson;
let member: TestPerson;
let newcomer: TestPerson;
const ids = { original: '', unrelated: '', confidentialCopy: '', copy: '', solution: '' };
const organisations = { verified: '', unverified: '', other: '' };

const LONELINESS = challengeInput();
const LONELINESS_AGAIN = challengeInput({
  title: 'Videogesprekken tegen eenzaamheid in ons woonzorgcentrum',
  description:
    'Onze bewoners voelen zich eenzaam. We zoeken een eenvoudige manier om met de familie te videobellen op een tablet, ook in het weekend.',
});

async function create(
  person: TestPerson,
  kind: 'challenges' | 'solutions',
  payload: Record<string, unknown>,
): Promise<string> {
  const response = await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: person.auth, payload });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response).id;
}

async function transition(
  person: TestPerson,
  kind: 'challenges' | 'solutions',
  id: string,
  action: string,
): Promise<void> {
  const response = await h.app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/${id}/transitions`,
    headers: person.auth,
    payload: { action },
  });
  assert.equal(response.statusCode, 200, response.body);
}

async function published(
  person: TestPerson,
  kind: 'challenges' | 'solutions',
  payload: Record<string, unknown>,
): Promise<string> {
  const id = await create(person, kind, payload);
  await transition(person, kind, id, 'submit');
  await transition(ambassador, kind, id, 'publish');
  return id;
}

async function reviewPage(person: TestPerson): Promise<string> {
  const response = await h.app.inject({ url: '/review?lang=en', cookies: { hd_session: person.token } });
  assert.equal(response.statusCode, 200);
  return response.body;
}

/** The review entry of one item, from its title to the next entry or section. */
function entryOf(html: string, href: string): string {
  const entry = html
    .split('<li class="card review-item">')
    .find((part) => part.includes(`<a href="${href}">`) && part.startsWith('<h3'));
  assert.ok(entry, `${href} is not on the review screen`);
  return entry.split('<section')[0] ?? '';
}

before(async () => {
  h = await startHarness();
  organisations.verified = await createOrganisation(h.db, 'WZC Zonnebloem');
  organisations.unverified = await createOrganisation(h.db, 'Nieuwe Zorg vzw');
  organisations.other = await createOrganisation(h.db, 'Andere Zorg vzw');
  await h.db
    .updateTable('organisations')
    .set({ verified: true })
    .where('id', 'in', [organisations.verified, organisations.other])
    .execute();
  member = await createPerson(h.db, 'member', organisations.verified);
  newcomer = await createPerson(h.db, 'member', organisations.unverified);
  const other = await createPerson(h.db, 'member', organisations.other);
  ambassador = await createPerson(h.db, 'ambassador');
  narrowAmbassador = await createPerson(h.db, 'ambassador', undefined, [5]);
  ids.original = await published(member, 'challenges', LONELINESS);
  ids.unrelated = await published(
    member,
    'challenges',
    challengeInput({
      title: 'Slimme verlichting in de sporthal',
      description:
        'De lampen van onze sporthal branden de hele nacht. We zoeken sensoren die het licht doven als niemand sport.',
      sectors: ['culture'],
    }),
  );
  ids.confidentialCopy = await published(other, 'challenges', {
    ...LONELINESS,
    classification: 'confidential',
    spearheads: [3],
  });
  ids.copy = await create(newcomer, 'challenges', {
    ...LONELINESS_AGAIN,
    description: `${LONELINESS_AGAIN.description as string}\n\n<script>alert(1)</script> [klik](javascript:alert(1))\n\n- punt één`,
  });
  await transition(newcomer, 'challenges', ids.copy, 'submit');
  ids.solution = await create(
    member,
    'solutions',
    solutionInput({
      title: 'Boekhouding voor voetbalclubs',
      description:
        'Een eenvoudig pakket om lidgelden, kantine-inkomsten en facturen van een amateurvoetbalclub bij te houden.',
    }),
  );
  await transition(member, 'solutions', ids.solution, 'submit');
});
after(() => h.close());

test("a submitted item shows its organisation's verification state with a link to the organisation", async () => {
  const html = await reviewPage(ambassador);
  const copy = entryOf(html, `/challenges/${ids.copy}`);
  assert.match(copy, new RegExp(`<a href="/organisations/${organisations.unverified}">Nieuwe Zorg vzw</a>`));
  assert.match(copy, /<span class="badge unverified">not verified yet<\/span>/);
  const solution = entryOf(html, `/solutions/${ids.solution}`);
  assert.match(solution, new RegExp(`<a href="/organisations/${organisations.verified}">WZC Zonnebloem</a>`));
  assert.match(solution, /<span class="badge verified">verified<\/span>/);
});

test('a submitted item shows the similar published items, the near copy flagged as a possible duplicate', async () => {
  const copy = entryOf(await reviewPage(ambassador), `/challenges/${ids.copy}`);
  const original = new RegExp(
    `<li class="possible-duplicate"><a href="/challenges/${ids.original}" lang="nl">[^<]+</a> <span[^>]*>WZC Zonnebloem · similarity \\d+%</span> <strong class="badge duplicate">Possible duplicate</strong>`,
  );
  assert.match(copy, original);
  assert.match(copy, /Closely resembles an existing item/);
  assert.doesNotMatch(copy, new RegExp(`<li class="possible-duplicate"><a href="/challenges/${ids.unrelated}"`));
});

test('an item unlike anything published says so and flags nothing', async () => {
  const solution = entryOf(await reviewPage(ambassador), `/solutions/${ids.solution}`);
  assert.doesNotMatch(solution, /Possible duplicate/);
  assert.match(solution, /Similar published items/);
});

test("similar items follow the visibility rule: a confidential item outside the ambassador's spearheads stays hidden", async () => {
  const broad = entryOf(await reviewPage(ambassador), `/challenges/${ids.copy}`);
  assert.match(broad, new RegExp(`/challenges/${ids.confidentialCopy}`));
  const narrow = entryOf(await reviewPage(narrowAmbassador), `/challenges/${ids.copy}`);
  assert.doesNotMatch(narrow, new RegExp(ids.confidentialCopy));
  assert.doesNotMatch(narrow, /Andere Zorg vzw/);
});

test('the description on the review screen keeps its lists and never carries script or javascript: links', async () => {
  const copy = entryOf(await reviewPage(ambassador), `/challenges/${ids.copy}`);
  assert.match(copy, /<details><summary>Read the description<\/summary><div class="description rich-text" lang="nl">/);
  assert.match(copy, /<li>punt één<\/li>/);
  assert.match(copy, /&lt;script&gt;/);
  assert.doesNotMatch(copy, /<script>|href="javascript:/i);
});

test('organisations awaiting verification are listed with a link, those with submitted items first; verified ones are not', async () => {
  const quiet = await createOrganisation(h.db, 'Stille Startup bv');
  const html = await reviewPage(ambassador);
  const section = html.slice(html.indexOf('id="review-organisations"'));
  assert.match(
    section,
    new RegExp(
      `<a href="/organisations/${organisations.unverified}">Nieuwe Zorg vzw</a> <span[^>]*>[0-9.]+ · registered on [^·<]+ · submitted items: 1</span>`,
    ),
  );
  assert.match(section, new RegExp(`<a href="/organisations/${quiet}">Stille Startup bv</a>`));
  assert.ok(section.indexOf('Nieuwe Zorg vzw') < section.indexOf('Stille Startup bv'));
  assert.doesNotMatch(section, /WZC Zonnebloem|Andere Zorg vzw/);
});

test('once verified, an organisation leaves the list and its items show as verified', async () => {
  const admin = await createPerson(h.db, 'admin');
  const verified = await h.app.inject({
    method: 'POST',
    url: `/api/v1/organisations/${organisations.unverified}/verify`,
    headers: admin.auth,
  });
  assert.equal(verified.statusCode, 200, verified.body);
  const html = await reviewPage(ambassador);
  assert.match(entryOf(html, `/challenges/${ids.copy}`), /<span class="badge verified">verified<\/span>/);
  assert.doesNotMatch(html.slice(html.indexOf('id="review-organisations"')), /Nieuwe Zorg vzw/);
  await h.db.updateTable('organisations').set({ verified: false }).where('id', '=', organisations.unverified).execute();
});

test('members cannot open the review screen', async () => {
  const response = await h.app.inject({ url: '/review', cookies: { hd_session: member.token } });
  assert.equal(response.statusCode, 403);
});
