// A call published beyond its page, through the real server: followers of the challenge's sector and
// spearhead hear of it when it opens (only if they may read the challenge), the open data carries the
// open calls on public challenges and nothing else, and those who manage a call (and only they) get it
// as an eForms E1 notice, field by field, in JSON and XML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { startWorld, publish, type World } from '../test-support/matches-world.ts';
import { challengeInput } from '../test-support/items.ts';
import type { TestPerson } from '../test-support/harness.ts';
import { createOrganisation, createPerson } from '../test-support/harness.ts';
import { fromBrusselsInput } from '../meetings/brussels-time.ts';
import { callInput, openCall } from './test-fixtures.ts';
import { eformsDateTime } from './eforms-e1.ts';

let w: World;
let publicCall: string;
let confidentialCall: string;
let draftCall: string;
const followers: Record<'sector' | 'spearhead' | 'unrelated' | 'outsiderOfConfidential', TestPerson> = {} as never;

const get = (url: string, who?: TestPerson) => w.h.app.inject({ url, headers: who?.auth ?? {} });
const follow = (who: TestPerson, targetType: string, target: string) =>
  w.h.app.inject({ method: 'POST', url: '/api/v1/follows', headers: who.auth, payload: { targetType, target } });

async function noticesOf(who: TestPerson, link: string): Promise<string[]> {
  const list = (await get('/api/v1/notifications', who)).json();
  return list.items.filter((n: { link: string }) => n.link === link).map((n: { kind: string }) => n.kind);
}

before(async () => {
  w = await startWorld();
  const organisation = await createOrganisation(w.h.db, 'Volgers vzw');
  followers.sector = await createPerson(w.h.db, 'member', organisation);
  followers.spearhead = await createPerson(w.h.db, 'member', organisation);
  followers.unrelated = await createPerson(w.h.db, 'member', organisation);
  followers.outsiderOfConfidential = await createPerson(w.h.db, 'member', organisation);
  assert.equal((await follow(followers.sector, 'sector', 'care')).statusCode, 200);
  assert.equal((await follow(followers.spearhead, 'spearhead', '9')).statusCode, 200);
  assert.equal((await follow(followers.unrelated, 'sector', 'mobility')).statusCode, 200);
  assert.equal((await follow(followers.outsiderOfConfidential, 'sector', 'education')).statusCode, 200);
  await w.h.services.events.settled();
  publicCall = await openCall(
    w.h,
    w.careHome,
    w.ambassador,
    callInput(w.challengeId, { eligibility: 'Aanbieders met <b>zorg</b> & ervaring' }),
  );
  const confidential = await publish(
    w.h,
    'challenges',
    w.careHome,
    w.ambassador,
    challengeInput({ title: 'Vertrouwelijke Okapi-uitdaging', classification: 'confidential', sectors: ['education'] }),
  );
  confidentialCall = await openCall(w.h, w.careHome, w.ambassador, callInput(confidential));
  const draft = await w.h.app.inject({
    method: 'POST',
    url: '/api/v1/calls',
    headers: w.careHome.auth,
    payload: callInput(w.challengeId, { eligibility: 'Nog een ontwerp: Zeekoe' }),
  });
  draftCall = draft.json().id;
  await w.h.services.events.settled();
});
after(() => w.h.close());

test('a call opening is told to followers of its sector and spearhead who may read it, and to no one else', async () => {
  const link = `/calls/${publicCall}`;
  assert.deepEqual(await noticesOf(followers.sector, link), ['call_opened']);
  assert.deepEqual(await noticesOf(followers.spearhead, link), ['call_opened']);
  assert.deepEqual(await noticesOf(followers.unrelated, link), []);
  // The confidential challenge's sector is followed, but the follower may not read the challenge.
  assert.deepEqual(await noticesOf(followers.outsiderOfConfidential, `/calls/${confidentialCall}`), []);
});

test('the open data lists open calls on public challenges only, with public fields, in CSV, JSON-LD and Turtle', async () => {
  const csv = await get('/opendata/calls.csv');
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  const [header, ...lines] = csv.body.trim().split(/\r?\n/);
  assert.match(
    header ?? '',
    /^"id","kind","challengeId","challengeTitle","organisationName","sectors","spearheads","region"/,
  );
  assert.equal(lines.filter((line) => line.startsWith(`"${publicCall}"`)).length, 1);
  assert.match(csv.body, /Gebruiksgemak voor bewoners \(50 %\); Prijs \(30 %\); Privacy \(20 %\)/);
  const jsonld = await get('/opendata/calls.jsonld');
  const graph = jsonld.json()['@graph'] as { '@id': string; '@type': string[] }[];
  assert.deepEqual(
    graph.map((node) => node['@id']),
    [`http://hd.test/calls/${publicCall}`],
  );
  assert.deepEqual(graph[0]?.['@type'], ['hd:OpenCall']);
  const turtle = await get('/opendata/calls.ttl');
  assert.match(turtle.body, new RegExp(`<http://hd.test/calls/${publicCall}>`));
  for (const body of [csv.body, jsonld.body, turtle.body]) {
    assert.doesNotMatch(body, new RegExp(`${confidentialCall}|Okapi|${draftCall}|Zeekoe`));
    assert.doesNotMatch(body, new RegExp(w.careHome.id), 'no panel or person is published');
  }
  const etag = String(csv.headers.etag);
  assert.equal(
    (await w.h.app.inject({ url: '/opendata/calls.csv', headers: { 'if-none-match': etag } })).statusCode,
    304,
  );
});

test('the DCAT catalogue describes the open calls as a dataset with its distributions', async () => {
  const catalogue = (await get('/opendata/catalog.jsonld')).json()['@graph'] as Record<string, unknown>[];
  const dataset = catalogue.find((node) => node['@id'] === 'http://hd.test/opendata/datasets/calls');
  assert.ok(dataset, 'the calls dataset is in the catalogue');
  assert.deepEqual(
    (dataset['dcat:distribution'] as { '@id': string }[]).map((d) => d['@id']).sort(),
    ['csv', 'jsonld', 'ttl'].map((f) => `http://hd.test/opendata/calls.${f}#distribution`).sort(),
  );
  const root = catalogue.find((node) => node['@id'] === 'http://hd.test/opendata/catalog');
  const listed = (root?.['dcat:dataset'] ?? []) as { '@id': string }[];
  assert.ok(listed.some((d) => d['@id'] === dataset['@id']));
});

test('the eForms E1 export is for those who manage the call: 401 anonymous, 403 a reader, 404 an outsider', async () => {
  const url = `/api/v1/calls/${publicCall}/eforms-e1`;
  assert.equal((await get(url)).statusCode, 401);
  assert.equal((await get(url, w.provider)).statusCode, 403);
  assert.equal((await get(`${url}.xml`, w.provider)).statusCode, 403);
  assert.equal((await get(`/api/v1/calls/${confidentialCall}/eforms-e1`, w.stranger)).statusCode, 404);
  assert.equal((await get(url, w.careHome)).statusCode, 200);
  assert.equal((await get(url, w.ambassador)).statusCode, 200);
  assert.equal((await get(`/api/v1/calls/${draftCall}/eforms-e1`, w.careHome)).statusCode, 200);
});

test('the E1 export maps the call field by field to the eForms SDK ids', async () => {
  const e1 = (await get(`/api/v1/calls/${publicCall}/eforms-e1`, w.careHome)).json();
  const input = callInput(w.challengeId);
  const questions = eformsDateTime(fromBrusselsInput(input.questionsUntil as string) as Date);
  const responses = eformsDateTime(fromBrusselsInput(input.responsesUntil as string) as Date);
  const buyer = await w.h.db
    .selectFrom('organisations')
    .innerJoin('challenges', 'challenges.owner_organisation_id', 'organisations.id')
    .select(['organisations.name', 'organisations.enterprise_number', 'challenges.title', 'challenges.description'])
    .where('challenges.id', '=', w.challengeId)
    .executeTakeFirstOrThrow();
  assert.equal(e1.noticeSubType, 'E1');
  assert.deepEqual(e1.sdk, {
    version: 'eforms-sdk-1.15',
    source: 'https://github.com/OP-TED/eForms-SDK (release 1.15.1)',
    licence: 'CC BY 4.0',
  });
  assert.deepEqual(e1.notice, {
    'OPP-070-notice': 'E1',
    'BT-02-notice': 'pmc',
    'BT-03-notice': 'consultation',
    'BT-01-notice': 'other',
    'OPT-001-notice': '2.3',
    'OPT-002-notice': 'eforms-sdk-1.15',
    'BT-701-notice': publicCall,
    'BT-757-notice': '01',
    'BT-702(a)-notice': 'NLD',
    'OPT-300-Procedure-Buyer': 'ORG-0001',
    'BT-22-Procedure': publicCall,
    'BT-21-Procedure': { NLD: buyer.title },
    'BT-24-Procedure': { NLD: buyer.description },
    'BT-300-Procedure': { NLD: 'Aanbieders met <b>zorg</b> & ervaring' },
    'BT-5141-Procedure': 'BEL',
  });
  assert.deepEqual(e1.organisations, [
    {
      'OPT-200-Organization-Company': 'ORG-0001',
      'BT-500-Organization-Company': buyer.name,
      'BT-501-Organization-Company': buyer.enterprise_number,
      'BT-505-Organization-Company': 'https://delinde.example',
      'BT-510(a)-Organization-Company': 'Lindelaan 4',
      'BT-512-Organization-Company': '9000',
      'BT-513-Organization-Company': 'Gent',
      'BT-514-Organization-Company': 'BEL',
    },
  ]);
  assert.deepEqual(e1.lots, [
    {
      'BT-137-Lot': 'LOT-0001',
      'BT-21-Lot': { NLD: buyer.title },
      'BT-24-Lot': { NLD: buyer.description },
      'BT-300-Lot': { NLD: 'Gebruiksgemak voor bewoners: 50 %; Prijs: 30 %; Privacy: 20 %' },
      'BT-13(d)-Lot': questions.date,
      'BT-13(t)-Lot': questions.time,
      'BT-800(d)-Lot': responses.date,
      'BT-800(t)-Lot': responses.time,
      'BT-97-Lot': 'NLD',
      'BT-18-Lot': `http://hd.test/calls/${publicCall}`,
      'BT-15-Lot': `http://hd.test/calls/${publicCall}`,
    },
  ]);
  assert.match(questions.time, /^17:00:00\+0[12]:00$/, 'Brussels wall-clock time with its offset');
  assert.deepEqual(e1.toComplete, [
    'BT-05(a)-notice',
    'BT-05(b)-notice',
    'BT-23-Procedure',
    'BT-262-Procedure',
    'BT-23-Lot',
    'BT-262-Lot',
  ]);
});

test('the E1 XML carries the same values at the SDK’s element paths, escaped', async () => {
  const response = await get(`/api/v1/calls/${publicCall}/eforms-e1.xml`, w.careHome);
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^application\/xml/);
  assert.match(response.body, /Aanbieders met &lt;b&gt;zorg&lt;\/b&gt; &amp; ervaring/);
  const xml = new XMLParser({ ignoreAttributes: false, removeNSPrefix: false }).parse(response.body);
  const notice = xml.PriorInformationNotice;
  const e1 = (await get(`/api/v1/calls/${publicCall}/eforms-e1`, w.careHome)).json();
  const extension = notice['ext:UBLExtensions']['ext:UBLExtension']['ext:ExtensionContent']['efext:EformsExtension'];
  assert.equal(extension['efac:NoticeSubType']['cbc:SubTypeCode']['#text'], 'E1');
  const company = extension['efac:Organizations']['efac:Organization']['efac:Company'];
  assert.equal(company['cac:PartyName']['cbc:Name']['#text'], e1.organisations[0]['BT-500-Organization-Company']);
  assert.equal(company['cac:PostalAddress']['cac:Country']['cbc:IdentificationCode']['#text'], 'BEL');
  assert.equal(notice['cbc:NoticeTypeCode']['#text'], 'pmc');
  assert.equal(notice['cbc:NoticeTypeCode']['@_listName'], 'consultation');
  assert.equal(notice['cbc:ID']['#text'], publicCall);
  assert.equal(notice['cac:ProcurementProject']['cbc:Name']['#text'], e1.notice['BT-21-Procedure'].NLD);
  const lot = notice['cac:ProcurementProjectLot'];
  assert.equal(lot['cbc:ID']['#text'], 'LOT-0001');
  const answers = lot['cac:TenderingProcess']['ext:UBLExtensions']['ext:UBLExtension']['ext:ExtensionContent'];
  assert.equal(
    answers['efext:EformsExtension']['efac:AnswerReceptionPeriod']['cbc:EndDate'],
    e1.lots[0]['BT-800(d)-Lot'],
  );
  assert.equal(
    lot['cac:TenderingProcess']['cac:AdditionalInformationRequestPeriod']['cbc:EndTime'],
    e1.lots[0]['BT-13(t)-Lot'],
  );
  assert.equal(lot['cac:TenderingTerms']['cac:TenderRecipientParty']['cbc:EndpointID'], e1.lots[0]['BT-18-Lot']);
  assert.equal(notice['cbc:IssueDate'], undefined, 'the dispatch date is the procurement system’s to set');
});
