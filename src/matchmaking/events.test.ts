// Matchmaking days, step one, through the real server: only ambassadors create events (nothing stored
// when any field is wrong); the events list (page and API, upcoming and past), each event's public page
// with schema.org Event JSON-LD, its .ics parsed back by ical.js, and the Atom feed with its validators.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { startWorld, type World } from '../test-support/matches-world.ts';
import { DAY, eventInput, inDays } from './test-fixtures.ts';

let w: World;
before(async () => {
  w = await startWorld();
});
after(async () => {
  await w.h.close();
});

const create = (auth: { authorization: string } | undefined, payload: object) =>
  w.h.app.inject({ method: 'POST', url: '/api/v1/events', ...(auth ? { headers: auth } : {}), payload });

test('only an ambassador creates an event: a visitor gets 401, a member 403, and the ambassador 201 with its slots', async () => {
  const input = eventInput();
  assert.equal((await create(undefined, input)).statusCode, 401);
  assert.equal((await create(w.careHome.auth, input)).statusCode, 403);
  const created = await create(w.ambassador.auth, input);
  assert.equal(created.statusCode, 201);
  const event = created.json();
  assert.equal(event.name, input.name);
  assert.equal(event.startBrussels, input.start);
  assert.equal(event.slots.length, 9, 'three hours of 20-minute slots');
  assert.deepEqual(event.slots[1], {
    slot: 1,
    start: new Date(Date.parse(event.start) + 20 * 60_000).toISOString(),
    startBrussels: `${input.start.slice(0, 11)}09:20`,
  });
  assert.equal(event.registrationOpen, true);
  assert.equal(created.headers.location, `/api/v1/events/${event.id}`);
  assert.equal(event.links.calendar, `http://hd.test/events/${event.id}.ics`);
});

test('a wrong event names every problem and stores nothing', async () => {
  const before = (await w.h.db.selectFrom('matchmaking_events').select('id').execute()).length;
  const wrong = await create(
    w.ambassador.auth,
    eventInput({
      start: inDays(-1),
      end: inDays(-1, 8),
      registrationDeadline: 'tomorrow',
      onlineUrl: 'http://call.example/x',
    }),
  );
  assert.equal(wrong.statusCode, 400);
  const fields = wrong
    .json()
    .error.fields.map((f: { field: string }) => f.field)
    .sort();
  assert.deepEqual(fields, ['address', 'end', 'registrationDeadline', 'start']);
  const deadlineAfterStart = await create(w.ambassador.auth, eventInput({ registrationDeadline: inDays(21) }));
  assert.deepEqual(
    deadlineAfterStart.json().error.fields.map((f: { field: string }) => f.field),
    ['registrationDeadline'],
  );
  const insecure = await create(
    w.ambassador.auth,
    eventInput({ address: undefined, onlineUrl: 'http://call.example' }),
  );
  assert.deepEqual(
    insecure.json().error.fields.map((f: { field: string }) => f.field),
    ['onlineUrl'],
  );
  assert.equal((await w.h.db.selectFrom('matchmaking_events').select('id').execute()).length, before);
});

test('the events list shows upcoming events soonest first and past ones apart, in the API and on /events', async () => {
  const later = (
    await create(w.ambassador.auth, eventInput({ start: inDays(40), end: inDays(40, 13), name: 'Later dag' }))
  ).json();
  const sooner = (
    await create(
      w.ambassador.auth,
      eventInput({ start: inDays(15), end: inDays(15, 13), name: 'Vroege dag', registrationDeadline: inDays(5) }),
    )
  ).json();
  const past = (await create(w.ambassador.auth, eventInput({ name: 'Voorbije dag' }))).json();
  await w.h.db
    .updateTable('matchmaking_events')
    .set({
      starts_at: new Date(Date.now() - 30 * DAY),
      ends_at: new Date(Date.now() - 30 * DAY + 3_600_000),
      registration_deadline: new Date(Date.now() - 40 * DAY),
    })
    .where('id', '=', past.id)
    .execute();
  const list = await w.h.app.inject({ url: '/api/v1/events' });
  assert.equal(list.statusCode, 200);
  const upcoming = list.json().upcoming.map((e: { id: string }) => e.id);
  assert.ok(upcoming.indexOf(sooner.id) < upcoming.indexOf(later.id));
  assert.ok(!upcoming.includes(past.id));
  const pastOne = list.json().past.find((e: { id: string }) => e.id === past.id);
  assert.equal(pastOne.registrationOpen, false);
  assert.equal(pastOne.links.calendar, `http://hd.test/events/${past.id}.ics`);
  const page = await w.h.app.inject({ url: '/events', headers: { 'accept-language': 'en' } });
  assert.equal(page.statusCode, 200);
  const [upcomingPart, pastPart] = page.body.split('Past matchmaking days');
  assert.match(upcomingPart ?? '', /Vroege dag[\s\S]*Later dag/);
  assert.match(pastPart ?? '', /Voorbije dag/);
  assert.doesNotMatch(upcomingPart ?? '', /Voorbije dag/);
});

test('an event page describes the event as a schema.org Event in JSON-LD, for anyone', async () => {
  const event = (await create(w.ambassador.auth, eventInput({ name: 'Zorg </script><b>x</b>' }))).json();
  const page = await w.h.app.inject({ url: `/events/${event.id}` });
  assert.equal(page.statusCode, 200);
  assert.doesNotMatch(page.body, /<b>x<\/b>/);
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)?.[1];
  assert.ok(json, 'a JSON-LD block');
  const data = JSON.parse(json);
  assert.equal(data['@type'], 'Event');
  assert.equal(data.name, 'Zorg </script><b>x</b>');
  assert.equal(data.startDate, event.start);
  assert.equal(data.endDate, event.end);
  assert.equal(data.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.equal(data.location['@type'], 'Place');
  assert.equal(data.url, `http://hd.test/events/${event.id}`);
  assert.equal((await w.h.app.inject({ url: '/events/00000000-0000-0000-0000-000000000000' })).statusCode, 404);
  assert.equal((await w.h.app.inject({ url: '/events/not-an-id' })).statusCode, 404);
});

test('an online event is an OnlineEventAttendanceMode with a VirtualLocation', async () => {
  const event = (
    await create(w.ambassador.auth, eventInput({ address: undefined, onlineUrl: 'https://call.example/day' }))
  ).json();
  const page = await w.h.app.inject({ url: `/events/${event.id}` });
  const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)?.[1] ?? '{}');
  assert.equal(data.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.deepEqual(data.location, { '@type': 'VirtualLocation', url: 'https://call.example/day' });
});

test('the event’s .ics, parsed back by ical.js, has the event’s name, UTC times, place and a stable UID', async () => {
  const event = (await create(w.ambassador.auth, eventInput())).json();
  const file = await w.h.app.inject({ url: `/events/${event.id}.ics` });
  assert.equal(file.statusCode, 200);
  assert.match(String(file.headers['content-type']), /^text\/calendar/);
  const vevent = new ICAL.Component(ICAL.parse(file.body)).getFirstSubcomponent('vevent');
  assert.ok(vevent);
  const parsed = new ICAL.Event(vevent);
  assert.equal(parsed.summary, event.name);
  assert.equal(parsed.startDate.toJSDate().toISOString(), event.start);
  assert.equal(parsed.endDate.toJSDate().toISOString(), event.end);
  assert.equal(parsed.location, event.address);
  assert.equal(parsed.uid, `matchmaking-event-${event.id}@hd.test`);
  const again = await w.h.app.inject({ url: `/events/${event.id}.ics` });
  const second = new ICAL.Component(ICAL.parse(again.body)).getFirstSubcomponent('vevent');
  assert.ok(second);
  assert.equal(new ICAL.Event(second).uid, parsed.uid);
});

test('the Atom feed lists events with links to their pages, and answers 304 to a reader whose copy is current', async () => {
  const event = (await create(w.ambassador.auth, eventInput({ name: 'Feeddag' }))).json();
  const feed = await w.h.app.inject({ url: '/feeds/events.atom' });
  assert.equal(feed.statusCode, 200);
  assert.match(String(feed.headers['content-type']), /application\/atom\+xml/);
  const document = new XMLParser({ ignoreAttributes: false }).parse(feed.body);
  const entries = [document.feed.entry].flat();
  const entry = entries.find((e: { title: { '#text': string } }) => e.title['#text'] === 'Feeddag');
  assert.ok(entry, 'the new event is in the feed');
  assert.equal(entry.link['@_href'], `http://hd.test/events/${event.id}`);
  const etag = String(feed.headers.etag);
  assert.ok(feed.headers['last-modified']);
  const again = await w.h.app.inject({ url: '/feeds/events.atom', headers: { 'if-none-match': etag } });
  assert.equal(again.statusCode, 304);
  await create(w.ambassador.auth, eventInput({ name: 'Nog een dag' }));
  const changed = await w.h.app.inject({ url: '/feeds/events.atom', headers: { 'if-none-match': etag } });
  assert.equal(changed.statusCode, 200, 'a new event changes the feed');
});

test('every page’s main navigation leads to the matchmaking days', async () => {
  for (const url of ['/', '/challenges', '/solutions']) {
    const page = await w.h.app.inject({ url, headers: { 'accept-language': 'nl' } });
    const nav = /<nav[^>]*class="main-nav"[\s\S]*?<\/nav>/.exec(page.body)?.[0] ?? '';
    assert.match(nav, /<a[^>]*href="\/events"[^>]*>Matchmakingdagen<\/a>/, url);
  }
});
