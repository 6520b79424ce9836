// Meeting pages of a match: the list with the form to propose one, and one meeting with what the
// reader may do (pick a slot, decline, cancel, say how it went) as plain forms that work without
// JavaScript. Times are shown and entered in Brussels time; texts are escaped by preact.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField, ErrorSummary, TextField, type FormState } from '../web/forms.tsx';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { MatchRecord } from '../matches/schemas.ts';
import { MAX_MINUTES, MAX_SLOTS, MIN_MINUTES, OUTCOMES, type Meeting } from './schemas.ts';

type Slot = Meeting['slots'][number];

function slotText(t: Translator, slot: Slot): string {
  const start = new Date(slot.start);
  const day = new Intl.DateTimeFormat(t.intlLocale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  const hour = new Intl.DateTimeFormat(t.intlLocale, { timeStyle: 'short', timeZone: 'Europe/Brussels' });
  return `${day.format(start)} – ${hour.format(new Date(slot.end))}`;
}

function Place({ t, meeting }: { t: Translator; meeting: Meeting }) {
  return (
    <p>
      {t.colon(t.t('meeting.where'))}{' '}
      {meeting.onlineUrl ? (
        <a href={meeting.onlineUrl} rel="nofollow noopener">
          {meeting.onlineUrl}
        </a>
      ) : (
        meeting.address
      )}
    </p>
  );
}

const titleOf = (t: Translator, key: MessageKey, match: MatchRecord) =>
  t.t(key, { challenge: match.challenge.title, solution: match.solution.title });

function SlotField({ t, form, number }: { t: Translator; form: FormState; number: number }) {
  const name = `start${number}`;
  return (
    <fieldset>
      <legend>{t.t('meeting.slot_legend', { number })}</legend>
      <TextField
        name={name}
        label={t.t('meeting.slot_start')}
        type="datetime-local"
        required={number === 1}
        form={form}
        t={t}
      />
      <TextField name={`duration${number}`} label={t.t('meeting.slot_duration')} type="number" form={form} t={t} />
    </fieldset>
  );
}

function ProposeForm({ context, matchId, form }: { context: PageContext; matchId: string; form: FormState }) {
  const { t } = context;
  const labels: Record<string, string> = { onlineUrl: t.t('meeting.online_url'), address: t.t('meeting.address') };
  for (let n = 1; n <= MAX_SLOTS; n += 1) {
    labels[`start${n}`] = `${t.colon(t.t('meeting.slot_legend', { number: n }))} ${t.t('meeting.slot_start')}`;
    labels[`duration${n}`] = `${t.colon(t.t('meeting.slot_legend', { number: n }))} ${t.t('meeting.slot_duration')}`;
  }
  return (
    <section aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t.t('meeting.propose')}</h2>
      <ErrorSummary form={form} t={t} labels={labels} />
      <form method="post" action={`/matches/${matchId}/meetings`} novalidate>
        <CsrfField token={context.csrfToken} />
        <p class="hint">{t.t('meeting.slot_hint', { min: MIN_MINUTES, max: MAX_MINUTES })}</p>
        {[1, 2, 3].map((number) => (
          <SlotField t={t} form={form} number={number} />
        ))}
        <p class="hint">{t.t('meeting.place_hint')}</p>
        <TextField name="onlineUrl" label={labels.onlineUrl as string} type="url" form={form} t={t} maxLength={500} />
        <TextField name="address" label={labels.address as string} form={form} t={t} maxLength={500} />
        <button type="submit">{t.t('meeting.send')}</button>
      </form>
    </section>
  );
}

export function MeetingsPage(props: {
  context: PageContext;
  match: MatchRecord;
  meetings: Meeting[];
  mayPropose: boolean;
  form: FormState;
}) {
  const { context, match, meetings, mayPropose, form } = props;
  const { t } = context;
  const title = titleOf(t, 'meeting.list_title', match);
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>
        <a href={`/matches/${match.id}`}>{t.t('meeting.back_to_match')}</a>
      </p>
      <p>{t.t('meeting.intro')}</p>
      {meetings.length === 0 ? (
        <p>{t.t('meeting.none')}</p>
      ) : (
        <ul>
          {meetings.map((meeting) => {
            const chosen = meeting.slots.find((s) => s.chosen) ?? meeting.slots[0];
            return (
              <li>
                <a href={`/matches/${match.id}/meetings/${meeting.id}`}>{chosen ? slotText(t, chosen) : meeting.id}</a>{' '}
                ({t.t(`meeting.status.${meeting.status}`)})
              </li>
            );
          })}
        </ul>
      )}
      {mayPropose && <ProposeForm context={context} matchId={match.id} form={form} />}
    </Layout>
  );
}

function Action({
  context,
  action,
  label,
  name,
  value,
  kind,
}: {
  context: PageContext;
  action: string;
  label: string;
  name?: string;
  value?: string;
  kind?: 'secondary' | 'danger';
}) {
  return (
    <form method="post" action={action} class="action-form">
      <CsrfField token={context.csrfToken} />
      {name && <input type="hidden" name={name} value={value} />}
      <button type="submit" class={kind}>
        {label}
      </button>
    </form>
  );
}

function DeclineForm({ context, base }: { context: PageContext; base: string }) {
  const { t } = context;
  return (
    <details>
      <summary>{t.t('meeting.decline')}</summary>
      <form method="post" action={`${base}/decline`} class="action-form">
        <CsrfField token={context.csrfToken} />
        <div class="field">
          <label for="reason">{t.t('meeting.decline_reason')}</label>
          <textarea id="reason" name="reason" rows={2} required minLength={3} maxLength={1000}></textarea>
        </div>
        <button type="submit" class="secondary">
          {t.t('meeting.decline_send')}
        </button>
      </form>
    </details>
  );
}

export function MeetingPage({
  context,
  match,
  meeting,
}: {
  context: PageContext;
  match: MatchRecord;
  meeting: Meeting;
}) {
  const { t } = context;
  const title = titleOf(t, 'meeting.title', match);
  const base = `/matches/${match.id}/meetings/${meeting.id}`;
  const may = (action: Meeting['actions'][number]) => meeting.actions.includes(action);
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <p>
        <a href={`/matches/${match.id}/meetings`}>{t.t('meeting.back')}</a>
      </p>
      <p>
        {t.colon(t.t('meeting.status_label'))} <strong>{t.t(`meeting.status.${meeting.status}`)}</strong>
      </p>
      {meeting.declineReason && <p>{t.t('meeting.declined_because', { reason: meeting.declineReason })}</p>}
      <Place t={t} meeting={meeting} />
      <h2>{t.t('meeting.slots')}</h2>
      <ul class="slots">
        {meeting.slots.map((slot) => (
          <li>
            <time datetime={slot.start}>{slotText(t, slot)}</time>
            {slot.chosen && <strong> ({t.t('meeting.chosen')})</strong>}
            {may('pick') && (
              <Action
                context={context}
                action={`${base}/pick`}
                label={t.t('meeting.pick')}
                name="slotId"
                value={slot.id}
              />
            )}
          </li>
        ))}
      </ul>
      {may('decline') && <DeclineForm context={context} base={base} />}
      {meeting.calendar && (
        <p>
          <a href={`${base}.ics`} download>
            {t.t('meeting.download')}
          </a>
        </p>
      )}
      {may('cancel') && (
        <Action context={context} action={`${base}/cancel`} label={t.t('meeting.cancel')} kind="danger" />
      )}
      {meeting.outcome && (
        <p>{t.t('meeting.outcome_recorded', { outcome: t.t(`meeting.outcome.${meeting.outcome}`) })}</p>
      )}
      {may('outcome') && (
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">{t.t('meeting.how_did_it_go')}</h2>
          {OUTCOMES.map((outcome) => (
            <Action
              context={context}
              action={`${base}/outcome`}
              label={t.t(`meeting.outcome.${outcome}`)}
              name="outcome"
              value={outcome}
              kind="secondary"
            />
          ))}
        </section>
      )}
    </Layout>
  );
}
