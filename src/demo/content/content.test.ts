import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoChallenges, demoOrganisations, demoSolutions } from './index.ts';
import { isValidForeignId, isValidKbo } from '../../organisations/enterprise-number.ts';
import {
  CLASSIFICATIONS,
  CONTENT_LANGUAGES,
  MARKET_STAGES,
  ORGANISATION_KINDS,
  PRICING,
  REGIONS,
  SECTORS,
  SOLUTION_KINDS,
  SPEARHEAD_NUMBERS,
  URGENCIES,
} from '../../taxonomy/taxonomy.ts';

const text = (item: { title: string; description: string }) => `${item.title} ${item.description}`.toLowerCase();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
// A solution has no content-language field: by convention the first of its languages is the one it is written in.
const contentLanguage = (s: { languages: readonly string[] }) => s.languages[0] ?? '';
const STOPWORDS: Record<string, string[]> = {
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'zijn', 'wordt'],
  en: ['the', 'and', 'of', 'for', 'with', 'to', 'is', 'are', 'that', 'without'],
  fr: ['le', 'la', 'les', 'des', 'et', 'pour', 'avec', 'une', 'du', 'est'],
};
const guessLanguage = (s: string) => {
  const tokens = s.toLowerCase().split(/[^a-zà-ÿ]+/);
  let best = '';
  let bestScore = -1;
  for (const [lang, stop] of Object.entries(STOPWORDS)) {
    const score = tokens.filter((t) => stop.includes(t)).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
};
const count = <T>(items: readonly T[], pick: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(pick(item), (counts.get(pick(item)) ?? 0) + 1);
  return counts;
};

test('there is enough demo content', () => {
  assert.ok(demoChallenges.length >= 30, `only ${demoChallenges.length} challenges`);
  assert.ok(demoSolutions.length >= 40, `only ${demoSolutions.length} solutions`);
  assert.ok(demoOrganisations.length >= 20, `only ${demoOrganisations.length} organisations`);
});

test('keys are unique across organisations, challenges and solutions', () => {
  for (const list of [demoOrganisations, demoChallenges, demoSolutions]) {
    const keys = list.map((item) => item.key);
    assert.equal(new Set(keys).size, keys.length, `duplicate keys: ${keys.filter((k, i) => keys.indexOf(k) !== i)}`);
  }
});

test('every referenced organisation exists', () => {
  const orgKeys = new Set(demoOrganisations.map((o) => o.key));
  for (const item of [...demoChallenges, ...demoSolutions]) {
    assert.ok(orgKeys.has(item.organisation), `${item.key} refers to unknown organisation ${item.organisation}`);
  }
});

test('organisations have valid enterprise numbers, addresses and kinds', () => {
  for (const o of demoOrganisations) {
    assert.ok(o.kind in ORGANISATION_KINDS, `${o.key}: kind ${o.kind}`);
    if (o.country === 'BE') {
      assert.ok(isValidKbo(o.enterpriseNumber), `${o.key}: invalid KBO ${o.enterpriseNumber}`);
      assert.match(o.enterpriseNumber, /^[01]\d{9}$/, `${o.key}: KBO must be ten digits starting with 0 or 1`);
      assert.match(o.nisCode ?? '', /^\d{5}$/, `${o.key}: NIS code`);
      assert.match(o.postalCode, /^\d{4}$/, `${o.key}: postal code`);
    } else {
      assert.ok(isValidForeignId(o.enterpriseNumber), `${o.key}: invalid foreign id ${o.enterpriseNumber}`);
      assert.ok(o.enterpriseNumber.startsWith(o.country), `${o.key}: id prefix should be ${o.country}`);
      assert.equal(o.nisCode, null, `${o.key}: no NIS code abroad`);
    }
  }
  assert.ok(
    demoOrganisations.some((o) => o.country === 'NL'),
    'a Dutch partner organisation',
  );
  assert.ok(
    demoOrganisations.some((o) => o.country === 'ES'),
    'a Basque partner organisation',
  );
});

test('codes come from the taxonomy', () => {
  for (const c of demoChallenges) {
    assert.ok(c.sectors.length > 0 && c.sectors.every((s) => s in SECTORS), `${c.key}: sectors`);
    assert.ok(
      c.spearheads.length > 0 && c.spearheads.every((s) => SPEARHEAD_NUMBERS.includes(s)),
      `${c.key}: spearheads`,
    );
    assert.ok(c.region in REGIONS && c.language in CONTENT_LANGUAGES && c.urgency in URGENCIES, c.key);
    assert.ok(c.classification in CLASSIFICATIONS, c.key);
    assert.ok(c.desiredKinds.length > 0 && c.desiredKinds.every((k) => k in SOLUTION_KINDS), `${c.key}: kinds`);
  }
  for (const s of demoSolutions) {
    assert.ok(s.kind in SOLUTION_KINDS && s.pricing in PRICING && s.classification in CLASSIFICATIONS, s.key);
    assert.ok(s.sectors.length > 0 && s.sectors.every((x) => x in SECTORS), `${s.key}: sectors`);
    assert.ok(
      s.spearheads.length > 0 && s.spearheads.every((x) => SPEARHEAD_NUMBERS.includes(x)),
      `${s.key}: spearheads`,
    );
    assert.ok(s.regionsServed.length > 0 && s.regionsServed.every((r) => r in REGIONS), `${s.key}: regions`);
    assert.ok(s.languages.length > 0 && s.languages.every((l) => l in CONTENT_LANGUAGES), `${s.key}: languages`);
  }
});

test('each challenge has exactly one of deadlineInDays and durationMonths', () => {
  for (const c of demoChallenges) {
    assert.ok((c.deadlineInDays === null) !== (c.durationMonths === null), `${c.key}: deadline xor duration`);
    if (c.status === 'expired') assert.ok((c.deadlineInDays ?? 0) < 0, `${c.key}: expired needs a past deadline`);
    if (c.durationMonths !== null) assert.ok(c.durationMonths > 0, c.key);
  }
});

test('challenge descriptions are specific (80 to 200 words)', () => {
  for (const c of demoChallenges) {
    const n = words(c.description);
    assert.ok(n >= 80 && n <= 200, `${c.key}: ${n} words`);
  }
});

test('solutions have a maturity that fits', () => {
  for (const s of demoSolutions) {
    assert.ok((s.trl === null) !== (s.marketStage === null), `${s.key}: TRL xor market stage`);
    if (s.trl !== null) assert.ok(Number.isInteger(s.trl) && s.trl >= 1 && s.trl <= 9, `${s.key}: TRL`);
    if (s.marketStage !== null) assert.ok(s.marketStage in MARKET_STAGES, `${s.key}: market stage`);
    assert.equal(s.pricing === 'free_period', s.freeMonths !== null, `${s.key}: freeMonths only with free_period`);
    assert.ok(s.references.length > 0, `${s.key}: references`);
  }
});

test('every spearhead appears on a published public challenge', () => {
  const open = demoChallenges.filter((c) => c.status === 'published' && c.classification === 'public');
  for (const n of SPEARHEAD_NUMBERS) {
    assert.ok(
      open.some((c) => c.spearheads.includes(n)),
      `spearhead ${n} has no published public challenge`,
    );
  }
});

test("the spec's five examples are present", () => {
  const has = (re: RegExp) => demoChallenges.some((c) => re.test(text(c)));
  assert.ok(has(/eenzaamheid/) && has(/videobellen|online gesprekken/), 'care homes: loneliness, online conversations');
  assert.ok(has(/afstandsonderwijs/), 'schools: remote teaching');
  assert.ok(has(/telewerk/), 'companies: telework');
  assert.ok(has(/drukte in winkels|hoe druk het is/), 'shops: how busy it is');
  assert.ok(has(/hotelbedden|hotelkamers/) && has(/ziekenhuis/), 'hotels: beds for hospitals');
});

test('descriptions are written in the declared language', () => {
  for (const c of demoChallenges) assert.equal(guessLanguage(c.description), c.language, c.key);
  for (const s of demoSolutions) assert.equal(guessLanguage(s.description), contentLanguage(s), s.key);
});

test('language, status and classification mix', () => {
  const cl = count(demoChallenges, (c) => c.language);
  assert.ok((cl.get('nl') ?? 0) > demoChallenges.length / 2, 'challenges mostly Dutch');
  assert.ok((cl.get('en') ?? 0) >= 3, 'at least 3 English challenges');
  assert.ok((cl.get('fr') ?? 0) >= 2, 'at least 2 French challenges');
  const sl = count(demoSolutions, contentLanguage);
  assert.ok((sl.get('nl') ?? 0) > demoSolutions.length / 2, 'solutions mostly Dutch');
  assert.ok((sl.get('en') ?? 0) >= 6, 'at least 6 English solutions');
  assert.ok((sl.get('fr') ?? 0) >= 3, 'at least 3 French solutions');

  const cs = count(demoChallenges, (c) => c.status);
  assert.ok((cs.get('published') ?? 0) > demoChallenges.length / 2, 'challenges mostly published');
  assert.equal(cs.get('submitted'), 3);
  assert.equal(cs.get('draft'), 2);
  assert.equal(cs.get('sent_back'), 1);
  assert.equal(cs.get('expired'), 1);
  assert.equal(cs.get('closed'), 1);
  for (const s of ['matched', 'in_progress', 'solved']) assert.ok((cs.get(s) ?? 0) >= 1, `a ${s} challenge`);
  const cc = count(demoChallenges, (c) => c.classification);
  assert.equal(cc.get('internal'), 3);
  assert.equal(cc.get('confidential'), 2);

  const ss = count(demoSolutions, (s) => s.status);
  assert.ok((ss.get('published') ?? 0) > demoSolutions.length / 2, 'solutions mostly published');
  assert.equal(ss.get('submitted'), 3);
  assert.equal(ss.get('draft'), 2);
  assert.equal(ss.get('archived'), 1);
  assert.equal(count(demoSolutions, (s) => s.classification).get('internal'), 2);
  assert.equal(
    new Set(demoSolutions.map((s) => s.kind)).size,
    Object.keys(SOLUTION_KINDS).length,
    'every solution kind',
  );
});
