// The meeting requests page of a matchmaking day: what the reader's organisation received (to accept
// or decline), what it sent, and a form to ask another participant for a meeting. Plain forms that
// work without JavaScript; texts are escaped by preact.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField, ErrorSummary, SelectField, TextArea, type FormState } from '../web/forms.tsx';
import type { Translator } from '../i18n/translator.ts';
import type { MatchmakingEvent, MeetingRequest, Participant } from './schemas.ts';

export interface RequestsView {
  event: MatchmakingEvent;
  received: MeetingRequest[];
  sent: MeetingRequest[];
  /** The reader's own participant, who may ask; null for an ambassador or a colleague. */
  own: Participant | null;
  others: Participant[];
}

function Decision({ context, request }: { context: PageContext; request: MeetingRequest }) {
  const { t } = context;
  const action = `/events/${request.eventId}/requests/${request.id}/decision`;
  return (
    <div class="item-actions">
      {(['accept', 'decline'] as const).map((decision) => (
        <form method="post" action={action} class="action-form" key={decision}>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="decision" value={decision} />
          <button type="submit" class={decision === 'decline' ? 'secondary' : undefined}>
            {t.t(`matchmaking.${decision}`)}
          </button>
        </form>
      ))}
    </div>
  );
}

function RequestList(props: { context: PageContext; requests: MeetingRequest[]; incoming: boolean }) {
  const { context, requests, incoming } = props;
  const { t } = context;
  if (requests.length === 0) return <p>{t.t('matchmaking.none')}</p>;
  return (
    <ul class="requests">
      {requests.map((request) => (
        <li key={request.id}>
          <p>
            <strong>{incoming ? request.fromName : request.toName}</strong> (
            {t.t(`matchmaking.status.${request.status}`)})
          </p>
          <p>{request.reason}</p>
          {incoming && request.status === 'requested' && <Decision context={context} request={request} />}
          {!incoming && request.status === 'requested' && (
            <p>
              <a href={`/events/${request.eventId}/requests/${request.id}/withdraw`}>
                {t.t('matchmaking.withdraw_request')}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

function AskForm(props: { context: PageContext; view: RequestsView; form: FormState; own: Participant }) {
  const { context, view, form, own } = props;
  const { t } = context;
  const labels = { toParticipantId: t.t('matchmaking.ask_whom'), reason: t.t('matchmaking.ask_reason') };
  const options = view.others.map((p): [string, string] => [p.id, `${p.name} (${p.organisationName})`]);
  return (
    <section aria-labelledby="ask-heading">
      <h2 id="ask-heading">{t.t('matchmaking.ask')}</h2>
      <ErrorSummary form={form} t={t} labels={labels} />
      <form method="post" action={`/events/${view.event.id}/requests`} novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="fromParticipantId" value={own.id} />
        <SelectField
          name="toParticipantId"
          label={labels.toParticipantId}
          options={options}
          form={form}
          t={t}
          required
        />
        <TextArea name="reason" label={labels.reason} rows={3} form={form} t={t} required />
        <button type="submit">{t.t('matchmaking.ask_send')}</button>
      </form>
    </section>
  );
}

function Offers({ t, others }: { t: Translator; others: Participant[] }) {
  return (
    <dl class="facts">
      {others.flatMap((p) => [
        <dt key={`${p.id}-name`}>{`${p.name} (${p.organisationName})`}</dt>,
        <dd key={`${p.id}-text`}>
          {t.colon(t.t('matchmaking.seeks'))} {p.seeks || '—'} · {t.colon(t.t('matchmaking.offers'))} {p.offers || '—'}
        </dd>,
      ])}
    </dl>
  );
}

export function RequestsPage({ context, view, form }: { context: PageContext; view: RequestsView; form: FormState }) {
  const { t } = context;
  const title = t.t('matchmaking.requests_title', { event: view.event.name });
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>
        <a href={`/events/${view.event.id}`}>{t.t('matchmaking.back_to_event')}</a>
      </p>
      <h2>{t.t('matchmaking.received')}</h2>
      <RequestList context={context} requests={view.received} incoming />
      <h2>{t.t('matchmaking.sent')}</h2>
      <RequestList context={context} requests={view.sent} incoming={false} />
      {view.own && view.others.length > 0 && <AskForm context={context} view={view} form={form} own={view.own} />}
      {view.others.length > 0 && <h2>{t.t('matchmaking.participants')}</h2>}
      {view.others.length > 0 && <Offers t={t} others={view.others} />}
      {view.own && (
        <p>
          <a href={`/events/${view.event.id}/withdraw`}>{t.t('matchmaking.withdraw_link')}</a>
        </p>
      )}
    </Layout>
  );
}

/** The confirmation step before a withdrawal: what goes, who is told, a box to tick, and a way back. */
export function WithdrawPage(props: {
  context: PageContext;
  title: string;
  text: string;
  confirm: string;
  send: string;
  action: string;
  back: string;
  unconfirmed: boolean;
}) {
  const { context, title, text, confirm, send, action, back, unconfirmed } = props;
  const { t } = context;
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <form method="post" action={action}>
        <CsrfField token={context.csrfToken} />
        <div class={unconfirmed ? 'checkbox has-error' : 'checkbox'}>
          {unconfirmed && (
            <p class="field-error" id="confirm-error">
              {t.t('field.required')}
            </p>
          )}
          <input
            type="checkbox"
            id="confirm"
            name="confirm"
            value="yes"
            required
            aria-invalid={unconfirmed ? 'true' : undefined}
            aria-describedby={unconfirmed ? 'confirm-error' : undefined}
          />
          <label for="confirm">{confirm}</label>
        </div>
        <button type="submit" class="danger">
          {send}
        </button>
      </form>
      <p>
        <a href={back}>{t.t('matchmaking.keep')}</a>
      </p>
    </Layout>
  );
}
