// Matchmaking pages for everyone (the events list, an event's page and .ics, the Atom feed of events)
// and the participant's own agenda (page and .ics) for the person attending.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { readLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { sendCurrent } from '../http/conditional-get.ts';
import { schemaOrgJson } from '../opendata/schema-org.ts';
import { atomDocument, newestUpdate } from '../feeds/atom.ts';
import { eventById, eventsByTime, eventsChangedAt, takesPart, type EventRow } from './events.ts';
import { agendaFile, agendaOf } from './agenda.ts';
import { eventCalendar } from './calendar.ts';
import { presentEvent } from './presenter.ts';
import { AgendaPage, EventPage, EventsPage } from './pages.tsx';
import type { MatchmakingEvent } from './schemas.ts';

const FEED_SIZE = 50;

/** schema.org Event for search engines: where (a place or a virtual location), when, who organises. */
function structuredEvent(event: MatchmakingEvent, organiser: string): string {
  return schemaOrgJson({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    ...(event.description ? { description: event.description } : {}),
    url: event.links.page,
    startDate: event.start,
    endDate: event.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: event.onlineUrl
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: event.onlineUrl
      ? { '@type': 'VirtualLocation', url: event.onlineUrl }
      : { '@type': 'Place', name: event.address, address: event.address },
    organizer: { '@type': 'Organization', name: organiser },
  });
}

const sendCalendar = (reply: FastifyReply, name: string, body: string) =>
  reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.ics"`)
    .send(body);

async function eventFeed(services: Services, request: FastifyRequest, reply: FastifyReply) {
  const baseUrl = services.config.baseUrl;
  const t = request.translator;
  const all = await eventsByTime(services);
  const rows: EventRow[] = [...all.upcoming, ...all.past].slice(0, FEED_SIZE);
  const feed = {
    id: `${baseUrl}/feeds/events.atom`,
    selfLink: `${baseUrl}/feeds/events.atom`,
    alternateLink: `${baseUrl}/events`,
    title: `${t.t('site.name')} · ${t.t('matchmaking.events_title')}`,
    language: t.locale,
    author: t.t('site.name'),
    now: services.now(),
    lastChange: await eventsChangedAt(services),
    entries: rows.map((row) => {
      const event = presentEvent(row, baseUrl, services.now());
      return {
        id: event.links.page,
        title: row.name,
        summary:
          `${event.startBrussels.replace('T', ' ')} · ${row.address ?? row.online_url ?? ''}\n${row.description}`.trim(),
        language: t.locale,
        link: event.links.page,
        author: t.t('site.name'),
        published: row.created_at,
        updated: row.updated_at,
      };
    }),
  };
  reply.type('application/atom+xml; charset=utf-8').header('vary', 'accept-language, cookie');
  return sendCurrent(request, reply, atomDocument(feed), newestUpdate(feed));
}

export function matchmakingPages(app: App, services: Services): void {
  const baseUrl = services.config.baseUrl;
  const host = new URL(baseUrl).host;
  const options = { config: { rateLimit: readLimit }, schema: { hide: true } };

  app.get('/events', options, async (request, reply) => {
    const { upcoming, past } = await eventsByTime(services);
    const present = (row: EventRow) => presentEvent(row, baseUrl, services.now());
    return sendPage(
      reply,
      <EventsPage context={pageContext(request, reply)} upcoming={upcoming.map(present)} past={past.map(present)} />,
    );
  });

  app.get<{ Params: { id: string } }>('/events/:id', options, async (request, reply) => {
    const ics = request.params.id.endsWith('.ics');
    const row = await eventById(services, pageId(ics ? request.params.id.slice(0, -4) : request.params.id));
    const event = presentEvent(row, baseUrl, services.now());
    if (ics) return sendCalendar(reply, `event-${row.id}`, eventCalendar(row, host, event.links.page));
    const viewer = request.viewer;
    const attending = viewer ? await takesPart(services, row.id, viewer.id) : false;
    const structuredData = structuredEvent(event, request.translator.t('site.name'));
    return sendPage(
      reply,
      <EventPage
        context={pageContext(request, reply)}
        event={event}
        structuredData={structuredData}
        takesPart={attending}
        mayRegister={!attending && event.registrationOpen && (viewer?.organisationIds.length ?? 0) > 0}
      />,
    );
  });

  app.get<{ Params: { id: string } }>(
    '/events/:id/agenda',
    { ...options, onRequest: requireViewer },
    async (request, reply) => {
      const agenda = await agendaOf(services, request.viewer, pageId(request.params.id));
      return sendPage(reply, <AgendaPage context={pageContext(request, reply)} agenda={agenda} />);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/events/:id/agenda.ics',
    { ...options, onRequest: requireViewer },
    async (request, reply) => {
      const t = request.translator;
      const id = pageId(request.params.id);
      const body = await agendaFile(services, request.viewer, id, (table) =>
        t.t('matchmaking.table_number', { table }),
      );
      return sendCalendar(reply, `agenda-${id}`, body);
    },
  );

  app.get('/feeds/events.atom', options, async (request, reply) => eventFeed(services, request, reply));
}
