// Matchmaking pages: the events list (upcoming and past), one public event page with its schema.org
// Event description, and a participant's own agenda, printable (agenda.css) and as a calendar file.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import type { Translator } from '../i18n/translator.ts';
import { isAmbassador } from '../shared/viewer.ts';
import { SECTORS, SPEARHEADS, type Sector, type Spearhead } from '../taxonomy/taxonomy.ts';
import type { Agenda, MatchmakingEvent } from './schemas.ts';
import { FollowUps, type FollowUpForm } from './follow-up-form.tsx';

const dayAndTime = (t: Translator) =>
  new Intl.DateTimeFormat(t.intlLocale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Brussels' });
const timeOnly = (t: Translator) =>
  new Intl.DateTimeFormat(t.intlLocale, { timeStyle: 'short', timeZone: 'Europe/Brussels' });

export const windowText = (t: Translator, event: MatchmakingEvent): string =>
  `${dayAndTime(t).format(new Date(event.start))} – ${timeOnly(t).format(new Date(event.end))}`;

function EventList({ t, events }: { t: Translator; events: MatchmakingEvent[] }) {
  if (events.length === 0) return <p>{t.t('matchmaking.none')}</p>;
  return (
    <ul class="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <a href={`/events/${event.id}`}>{event.name}</a> — {windowText(t, event)}
        </li>
      ))}
    </ul>
  );
}

export function EventsPage(props: { context: PageContext; upcoming: MatchmakingEvent[]; past: MatchmakingEvent[] }) {
  const { context, upcoming, past } = props;
  const { t } = context;
  const title = t.t('matchmaking.events_title');
  return (
    <Layout context={context} title={title} description={t.t('matchmaking.events_intro')}>
      <h1>{title}</h1>
      <p>{t.t('matchmaking.events_intro')}</p>
      <p>
        <a href="/feeds/events.atom" type="application/atom+xml">
          {t.t('matchmaking.feed')}
        </a>
      </p>
      {isAmbassador(context.viewer) && (
        <p>
          <a href="/events/new">{t.t('matchmaking.new_title')}</a>
        </p>
      )}
      <h2>{t.t('matchmaking.upcoming')}</h2>
      <EventList t={t} events={upcoming} />
      <h2>{t.t('matchmaking.past')}</h2>
      <EventList t={t} events={past} />
    </Layout>
  );
}

function Place({ t, event }: { t: Translator; event: MatchmakingEvent }) {
  return event.onlineUrl ? (
    <a href={event.onlineUrl} rel="nofollow noopener">
      {t.t('matchmaking.online')}
    </a>
  ) : (
    (event.address ?? '')
  );
}

function Facts({ t, event }: { t: Translator; event: MatchmakingEvent }) {
  const sectors = event.sectors.map((code) => SECTORS[code as Sector]?.[t.locale] ?? code);
  const spearheads = event.spearheads.map((n) => SPEARHEADS[n as Spearhead]?.[t.locale] ?? String(n));
  return (
    <dl class="facts">
      <dt>{t.t('matchmaking.when')}</dt>
      <dd>{windowText(t, event)}</dd>
      <dt>{t.t('matchmaking.where')}</dt>
      <dd>
        <Place t={t} event={event} />
      </dd>
      <dt>{t.t('matchmaking.format')}</dt>
      <dd>{t.t('matchmaking.format_text', { minutes: event.slotMinutes, tables: event.tables })}</dd>
      <dt>{t.t('matchmaking.deadline')}</dt>
      <dd>
        {dayAndTime(t).format(new Date(event.registrationDeadline))}
        {event.registrationOpen ? '' : ` (${t.t('matchmaking.registration_closed')})`}
      </dd>
      {sectors.length > 0 && <dt>{t.t('matchmaking.sectors')}</dt>}
      {sectors.length > 0 && <dd>{sectors.join(', ')}</dd>}
      {spearheads.length > 0 && <dt>{t.t('matchmaking.spearheads')}</dt>}
      {spearheads.length > 0 && <dd>{spearheads.join(', ')}</dd>}
    </dl>
  );
}

export function EventPage(props: {
  context: PageContext;
  event: MatchmakingEvent;
  structuredData: string;
  takesPart: boolean;
  mayRegister: boolean;
}) {
  const { context, event, structuredData, takesPart, mayRegister } = props;
  const { t } = context;
  return (
    <Layout
      context={context}
      title={event.name}
      structuredData={structuredData}
      description={event.description || t.t('matchmaking.events_intro')}
    >
      <h1>{event.name}</h1>
      {event.changedAt && (
        <p class="notice">
          {t.t('matchmaking.changed', {
            date: dayAndTime(t).format(new Date(event.changedAt)),
            parts: event.changes.map((part) => t.t(`matchmaking.change.${part}`)).join(', '),
          })}
        </p>
      )}
      {event.description && <p class="description">{event.description}</p>}
      <Facts t={t} event={event} />
      <p>
        <a href={`/events/${event.id}.ics`}>{t.t('matchmaking.calendar')}</a>
      </p>
      {isAmbassador(context.viewer) && (
        <p>
          <a href={`/events/${event.id}/organise`}>{t.t('matchmaking.organise_link')}</a> ·{' '}
          <a href={`/events/${event.id}/edit`}>{t.t('matchmaking.edit_link')}</a>
        </p>
      )}
      {mayRegister && (
        <p>
          <a href={`/events/${event.id}/register`}>{t.t('matchmaking.register_link')}</a>
        </p>
      )}
      {takesPart && (
        <p>
          <a href={`/events/${event.id}/agenda`}>{t.t('matchmaking.agenda_link')}</a> ·{' '}
          <a href={`/events/${event.id}/requests`}>{t.t('matchmaking.requests_link')}</a> ·{' '}
          <a href={`/events/${event.id}/withdraw`}>{t.t('matchmaking.withdraw_link')}</a>
        </p>
      )}
      <p>
        <a href="/events">{t.t('matchmaking.back')}</a>
      </p>
    </Layout>
  );
}

export function AgendaPage(props: { context: PageContext; agenda: Agenda; failed?: FollowUpForm }) {
  const { context, agenda, failed } = props;
  const { t } = context;
  const { event } = agenda;
  const title = t.t('matchmaking.agenda_title', { event: event.name });
  const time = timeOnly(t);
  return (
    <Layout context={context} title={title}>
      <link rel="stylesheet" href="/static/agenda.css" />
      <h1>{title}</h1>
      <p>
        {windowText(t, event)} · <Place t={t} event={event} />
      </p>
      {agenda.meetings.length === 0 ? (
        <p>{t.t('matchmaking.agenda_none')}</p>
      ) : (
        <section class="table-scroll agenda" tabindex={0} aria-labelledby="agenda-caption">
          <table>
            <caption id="agenda-caption">{t.t('matchmaking.agenda_caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('matchmaking.agenda_time')}</th>
                <th scope="col">{t.t('matchmaking.agenda_table')}</th>
                <th scope="col">{t.t('matchmaking.agenda_with')}</th>
                <th scope="col">{t.t('matchmaking.agenda_reason')}</th>
              </tr>
            </thead>
            <tbody>
              {agenda.meetings.map((meeting) => (
                <tr key={meeting.requestId}>
                  <td>
                    {time.format(new Date(meeting.start))}–{time.format(new Date(meeting.end))}
                  </td>
                  <td>{meeting.table}</td>
                  <td>{meeting.with}</td>
                  <td>{meeting.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <FollowUps context={context} agenda={agenda} failed={failed} />
      <p class="agenda-links">
        <a href={`/events/${event.id}/agenda.ics`}>{t.t('matchmaking.agenda_calendar')}</a> ·{' '}
        <a href={`/events/${event.id}`}>{t.t('matchmaking.back_to_event')}</a>
      </p>
    </Layout>
  );
}
