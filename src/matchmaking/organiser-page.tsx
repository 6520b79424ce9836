// The organiser's page of a matchmaking day (ambassadors): the figures, every request with where it
// was placed, and a button that runs the scheduler. Placing by hand and attendance go through the API.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField } from '../web/forms.tsx';
import type { EventFigures } from './outcomes.ts';
import type { MatchmakingEvent, MeetingRequest } from './schemas.ts';

export function OrganiserPage(props: {
  context: PageContext;
  event: MatchmakingEvent;
  figures: EventFigures;
  requests: MeetingRequest[];
}) {
  const { context, event, figures, requests } = props;
  const { t } = context;
  const title = t.t('matchmaking.organise_title', { event: event.name });
  const time = new Intl.DateTimeFormat(t.intlLocale, { timeStyle: 'short', timeZone: 'Europe/Brussels' });
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>{t.t('matchmaking.organise_figures', { ...figures, smeShare: Math.round((figures.smeShare ?? 0) * 100) })}</p>
      <form method="post" action={`/events/${event.id}/schedule`} class="action-form">
        <CsrfField token={context.csrfToken} />
        <button type="submit">{t.t('matchmaking.organise_schedule')}</button>
      </form>
      <section class="table-scroll" tabindex={0} aria-labelledby="organise-caption">
        <table>
          <caption id="organise-caption">{t.t('matchmaking.organise_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('matchmaking.organise_from')}</th>
              <th scope="col">{t.t('matchmaking.agenda_with')}</th>
              <th scope="col">{t.t('matchmaking.organise_status')}</th>
              <th scope="col">{t.t('matchmaking.agenda_time')}</th>
              <th scope="col">{t.t('matchmaking.agenda_table')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id}>
                <td>{request.fromName}</td>
                <td>{request.toName}</td>
                <td>{t.t(`matchmaking.status.${request.status}`)}</td>
                <td>{request.start ? time.format(new Date(request.start)) : '—'}</td>
                <td>{request.table ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>
        <a href={`/events/${event.id}`}>{t.t('matchmaking.back_to_event')}</a>
      </p>
    </Layout>
  );
}
