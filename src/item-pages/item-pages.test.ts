import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
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
let owner: TestPerson;
let provider: TestPerson;
let ambassador: TestPerson;
const ids: Record<string, string> = {};

const MARKDOWN = [
  'Onze bewoners voelen zich eenzaam.\nVooral in de winter.',
  '',
  'Wat we zoeken:',
  '',
  '- een tablet met grote knoppen',
  '- videobellen met één aanraking',
  '',
  '1. eerst een proef',
  '2. dan het hele huis',
  '',
  'Meer op [onze website](https://wzc.example/project).',
].join('\n');

const HOSTILE =
  'Een beschrijving met <script>alert("x")</script> en <img src=x onerror=alert(1)> en [klik](javascript:alert(1)) en <b>vet</b>.';

async function create(
  person: TestPerson,
  kind: 'challenges' | 'solutions',
  payload: Record<string, unknown>,
): Promise<string> {
  const response = await h.app.inject({ method: 'POST', url: `/api/v1/${kind}`, headers: person.auth, payload });
  assert.equal(response.statusCode, 201, response.body);
  return json<{ id: string }>(response).id;
}

async function publish(person: TestPerson, kind: 'challenges' | 'solutions', id: string): Promise<void> {
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/${id}/transitions`,
    headers: person.auth,
    payload: { action: 'submit' },
  });
  const published = await h.app.inject({
    method: 'POST',
    url: `/api/v1/${kind}/${id}/transitions`,
    headers: ambassador.auth,
    payload: { action: 'publish' },
  });
  assert.equal(published.statusCode, 200, published.body);
}

async function page(url: string, person?: TestPerson): Promise<string> {
  const response = await h.app.inject({
    url,
    cookies: person ? { hd_session: person.token } : {},
    headers: { 'accept-language': 'en' },
  });
  assert.equal(response.statusCode, 200, url);
  return response.body;
}

function metaDescription(html: string): string | undefined {
  return /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
}

before(async () => {
  h = await startHarness();
  owner = await createPerson(h.db, 'member', await createOrganisation(h.db, 'WZC Zonnebloem'));
  provider = await createPerson(h.db, 'member', await createOrganisation(h.db, 'Tablet bv'));
  ambassador = await createPerson(h.db, 'ambassador');
  ids.markdown = await create(owner, 'challenges', challengeInput({ description: MARKDOWN }));
  await publish(owner, 'challenges', ids.markdown);
  ids.hostile = await create(owner, 'challenges', challengeInput({ title: 'Vijandige tekst', description: HOSTILE }));
  await publish(owner, 'challenges', ids.hostile);
  ids.internal = await create(
    owner,
    'challenges',
    challengeInput({ title: 'Interne uitdaging', classification: 'internal' }),
  );
  await publish(owner, 'challenges', ids.internal);
  ids.draft = await create(owner, 'challenges', challengeInput({ title: 'Concept' }));
  ids.solution = await create(
    provider,
    'solutions',
    solutionInput({ description: MARKDOWN, references: 'In gebruik bij:\n\n- WZC De Linde\n- WZC Zonnetij' }),
  );
  await publish(provider, 'solutions', ids.solution);
});
after(() => h.close());

test('a description keeps its paragraphs, line breaks, lists and links on the challenge and solution pages', async () => {
  for (const url of [`/challenges/${ids.markdown}`, `/solutions/${ids.solution}`]) {
    const html = await page(url);
    assert.match(
      html,
      /<div class="description rich-text" lang="nl"><p>Onze bewoners voelen zich eenzaam.<br \/>\s*Vooral in de winter.<\/p>/,
      url,
    );
    assert.match(
      html,
      /<ul>\s*<li>een tablet met grote knoppen<\/li>\s*<li>videobellen met één aanraking<\/li>\s*<\/ul>/,
      url,
    );
    assert.match(html, /<ol>\s*<li>eerst een proef<\/li>/, url);
    assert.match(html, /<a href="https:\/\/wzc.example\/project" rel="nofollow ugc noopener">onze website<\/a>/, url);
  }
});

test("a solution's references keep their list", async () => {
  const html = await page(`/solutions/${ids.solution}`);
  assert.match(
    html,
    /<dd><div class="references rich-text" lang="nl"><p>In gebruik bij:<\/p>\s*<ul>\s*<li>WZC De Linde<\/li>\s*<li>WZC Zonnetij<\/li>\s*<\/ul>/,
  );
});

test('script, event handlers, javascript: links and raw HTML in a description never reach the page', async () => {
  const html = await page(`/challenges/${ids.hostile}`);
  const description = /<div class="description rich-text"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  assert.match(description, /&lt;script&gt;/);
  assert.doesNotMatch(description, /<(script|img|b)\b/);
  assert.doesNotMatch(description, /<a /);
  assert.doesNotMatch(html, /<script>alert/);
  assert.doesNotMatch(html, /href="javascript:/i);
  assert.doesNotMatch(html, /<img src=x/);
});

test('the API and the CSV exports give the description as it was written', async () => {
  for (const id of [ids.markdown, ids.hostile]) {
    const api = json<{ description: string }>(await h.app.inject({ url: `/api/v1/challenges/${id}` }));
    assert.equal(api.description, id === ids.markdown ? MARKDOWN : HOSTILE);
  }
  for (const url of ['/opendata/challenges.csv', '/api/v1/exports/challenges.csv']) {
    const response = await h.app.inject({ url, headers: owner.auth });
    const rows = parse(response.body, { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(rows.find((r) => r.id === ids.markdown)?.description, MARKDOWN, url);
    assert.equal(rows.find((r) => r.id === ids.hostile)?.description, HOSTILE, url);
  }
});

test('a visitor on a published challenge is invited to log in to offer a solution and comes back to it', async () => {
  const html = await page(`/challenges/${ids.markdown}`);
  assert.match(
    html,
    new RegExp(
      `<a class="button" href="/login\\?next=%2Fchallenges%2F${ids.markdown}">Log in to offer your solution</a>`,
    ),
  );
  assert.match(html, /<a href="\/register">No account yet\? Register your organisation<\/a>/);
  const login = await page(`/login?next=%2Fchallenges%2F${ids.markdown}`);
  assert.match(login, new RegExp(`name="next" value="/challenges/${ids.markdown}"`));
});

test('a visitor on a published solution is invited to log in to ask for an introduction', async () => {
  const html = await page(`/solutions/${ids.solution}`);
  assert.match(
    html,
    new RegExp(`href="/login\\?next=%2Fsolutions%2F${ids.solution}">Log in to ask for an introduction</a>`),
  );
});

test('signed-in members see their own actions, not the invitation to log in', async () => {
  const onChallenge = await page(`/challenges/${ids.markdown}`, provider);
  assert.doesNotMatch(onChallenge, /Log in to offer your solution/);
  assert.match(onChallenge, /id="apply-heading"/);
  const onSolution = await page(`/solutions/${ids.solution}`, owner);
  assert.doesNotMatch(onSolution, /Log in to ask for an introduction/);
});

test('a public published item has its summary as meta description, in plain words and shortened', async () => {
  const content = metaDescription(await page(`/challenges/${ids.markdown}`)) ?? '';
  assert.match(content, /^Onze bewoners voelen zich eenzaam. Vooral in de winter. Wat we zoeken: een tablet/);
  assert.ok(content.length <= 160, content);
  assert.doesNotMatch(content, /\[|\]\(|^- /);
});

test("internal and unpublished items keep the site's own meta description", async () => {
  assert.equal(
    metaDescription(await page(`/challenges/${ids.internal}`, provider)),
    metaDescription(await page('/', provider)),
  );
  assert.equal(metaDescription(await page(`/challenges/${ids.draft}`, owner)), metaDescription(await page('/', owner)));
});
