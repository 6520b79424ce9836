// The organiser's page of a matchmaking day (ambassadors): the figures, a button that runs the
// scheduler, and every request with where it was placed; each accepted one has a small form to
// place it by hand and, once its slot began, buttons to record whether it was held. A refused
// placement comes back on its own row with the reason, and nothing changed.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField } from '../web/forms.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translator } from '../i18n/translator.ts';
import type { EventFigures } from './outcomes.ts';
import type { MatchmakingEvent, MeetingRequest } from './schemas.ts';

/** A refused action on one row: the message says which rule it broke. */
export interface RowProblem {
  requestId: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

interface RowProps {
  context: PageContext;
  event: MatchmakingEvent;
  request: MeetingRequest;
  problem: RowProblem | undefined;
}

function PlaceForm({ context, event, request, problem }: RowProps) {
  const { t } = context;
  const id = request.id;
  const errorId = `place-${id}-error`;
  const described = problem ? errorId : undefined;
  return (
    <details open={problem !== undefined}>
      <summary>{t.t('matchmaking.place_summary')}</summary>
      {problem && (
        <p class="field-error" id={errorId}>
          {t.t(problem.message, problem.params)}
        </p>
      )}
      <form method="post" action={`/events/${event.id}/requests/${id}/placement`} class="place-form">
        <CsrfField token={context.csrfToken} />
        <label for={`slot-${id}`}>{t.t('matchmaking.place_slot')}</label>
        <select id={`slot-${id}`} name="slot" aria-describedby={described}>
          {event.slots.map((slot) => (
            <option value={String(slot.slot)} selected={slot.slot === request.slot}>
              {slot.startBrussels.slice(11)}
            </option>
          ))}
        </select>
        <label for={`table-${id}`}>{t.t('matchmaking.place_table', { max: event.tables })}</label>
        <input
          id={`table-${id}`}
          name="table"
          type="number"
          min={1}
          max={event.tables}
          value={String(request.table ?? 1)}
          aria-describedby={described}
        />
        <button type="submit">{t.t('matchmaking.place_send')}</button>
      </form>
    </details>
  );
}

function AttendanceForm({ context, event, request }: RowProps) {
  const { t } = context;
  return (
    <form method="post" action={`/events/${event.id}/requests/${request.id}/attendance`} class="attendance-form">
      <CsrfField token={context.csrfToken} />
      <fieldset>
        <legend>{t.t('matchmaking.attendance_question')}</legend>
        <button type="submit" name="attendance" value="held">
          {t.t('matchmaking.attendance_held')}
        </button>{' '}
        <button type="submit" name="attendance" value="no_show" class="secondary">
          {t.t('matchmaking.attendance_no_show')}
        </button>
      </fieldset>
    </form>
  );
}

function RequestRow(props: RowProps & { now: Date }) {
  const { context, request, now } = props;
  const { t } = context;
  const time = new Intl.DateTimeFormat(t.intlLocale, { timeStyle: 'short', timeZone: 'Europe/Brussels' });
  const begun = request.start !== null && new Date(request.start) <= now;
  return (
    <tr>
      <td>{t.t('matchmaking.organise_pair', { from: request.fromName, to: request.toName })}</td>
      <td>
        {t.t(`matchmaking.status.${request.status}`)}
        {request.attendance && `, ${t.t(`matchmaking.attendance.${request.attendance}`)}`}
      </td>
      <td>
        {request.start && request.table
          ? `${time.format(new Date(request.start))} · ${t.t('matchmaking.table_number', { table: request.table })}`
          : '—'}
      </td>
      <td>
        {request.status === 'accepted' && <PlaceForm {...props} />}
        {request.status === 'accepted' && begun && <AttendanceForm {...props} />}
      </td>
    </tr>
  );
}

const COUNTED = ['participants', 'organisations', 'requested', 'accepted', 'placed', 'held', 'noShows'] as const;

/** Each count in the plural form its number takes in the reader's language ("1 aanvraag", "2 aanvragen"). */
function figuresSentence(t: Translator, figures: EventFigures): string {
  const counted = Object.fromEntries(COUNTED.map((k) => [k, t.plural(`matchmaking.figures.${k}`, figures[k])]));
  return t.t('matchmaking.organise_figures', {
    ...counted,
    smeShare: t.number(Math.round((figures.smeShare ?? 0) * 100)),
  });
}

export function OrganiserPage(props: {
  context: PageContext;
  event: MatchmakingEvent;
  figures: EventFigures;
  requests: MeetingRequest[];
  now: Date;
  problem?: RowProblem;
}) {
  const { context, event, figures, requests, now, problem } = props;
  const { t } = context;
  const title = t.t('matchmaking.organise_title', { event: event.name });
  return (
    <Layout context={context} title={title}>
      <link rel="stylesheet" href="/static/organiser.css" />
      <h1>{title}</h1>
      <p>{figuresSentence(t, figures)}</p>
      <form method="post" action={`/events/${event.id}/schedule`} class="action-form">
        <CsrfField token={context.csrfToken} />
        <button type="submit">{t.t('matchmaking.organise_schedule')}</button>
      </form>
      <section class="table-scroll organise" tabindex={0} aria-labelledby="organise-caption">
        <table>
          <caption id="organise-caption">{t.t('matchmaking.organise_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('matchmaking.organise_meeting')}</th>
              <th scope="col">{t.t('matchmaking.organise_status')}</th>
              <th scope="col">{t.t('matchmaking.organise_place')}</th>
              <th scope="col">{t.t('matchmaking.organise_actions')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <RequestRow
                key={request.id}
                context={context}
                event={event}
                request={request}
                now={now}
                problem={problem?.requestId === request.id ? problem : undefined}
              />
            ))}
          </tbody>
        </table>
      </section>
      <p>
        <a href={`/events/${event.id}/edit`}>{t.t('matchmaking.edit_link')}</a> ·{' '}
        <a href={`/events/${event.id}`}>{t.t('matchmaking.back_to_event')}</a>
      </p>
    </Layout>
  );
}
