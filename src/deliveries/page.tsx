// The administrators' deliveries page: where each consumer of the outbox stands, the deliveries that
// failed (waiting for a retry or given up) and the e-mails not sent, each with a replay button (a
// plain POST form, so it works without JavaScript), and the scheduled jobs.
import type { ComponentChildren } from 'preact';
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField } from '../web/forms.tsx';
import type { EventFailureRow, OutgoingMailRow, ScheduledJobRow } from '../db/event-tables.ts';
import type { ConsumerState } from './service.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translator } from '../i18n/translator.ts';

export const DELIVERIES_PAGE = '/admin/deliveries';

/** What an administrator's replay led to, carried to the page in its address (`?replayed=mail`). */
export const REPLAY_OUTCOMES = ['delivery', 'mail', 'gone'] as const;
export type ReplayOutcome = (typeof REPLAY_OUTCOMES)[number];

const KNOWN_CONSUMERS = [
  'challenge-matched',
  'introductions',
  'match-step-notices',
  'followed-item-notices',
  'strong-match-notices',
  'ldes-members',
] as const;
type KnownConsumer = (typeof KNOWN_CONSUMERS)[number];
const ERROR_LENGTH = 200;

export interface DeliveriesPageProps {
  context: PageContext;
  consumers: ConsumerState[];
  failures: EventFailureRow[];
  mails: OutgoingMailRow[];
  jobs: ScheduledJobRow[];
  replayed: ReplayOutcome | null;
}

const isKnown = (name: string): name is KnownConsumer => KNOWN_CONSUMERS.some((known) => known === name);
const consumerLabel = (name: string, t: Translator) => (isKnown(name) ? t.t(`deliveries.consumer.${name}`) : name);

function ConsumerName({ name, t }: { name: string; t: Translator }) {
  return isKnown(name) ? consumerLabel(name, t) : <code>{name}</code>;
}

/** Errors can be long stack-like messages: the first part says what went wrong. */
function shortened(error: string | null, t: Translator): string {
  if (!error) return t.t('deliveries.no_error');
  return error.length > ERROR_LENGTH ? `${error.slice(0, ERROR_LENGTH)}…` : error;
}

function momentFormat(t: Translator) {
  const format = new Intl.DateTimeFormat(t.intlLocale, {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Brussels',
  });
  return (value: Date | null) =>
    value ? <time datetime={value.toISOString()}>{format.format(value)}</time> : t.t('deliveries.never');
}

function Table({
  id,
  columns,
  children,
  t,
}: {
  id: string;
  columns: MessageKey[];
  children: ComponentChildren;
  t: Translator;
}) {
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby={id}>
      <table aria-labelledby={id}>
        <thead>
          <tr>
            {columns.map((key) => (
              <th scope="col">{t.t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

function ReplayButton({ context, action, label }: { context: PageContext; action: string; label: string }) {
  return (
    <form method="post" action={action} class="action-form">
      <CsrfField token={context.csrfToken} />
      <button type="submit">
        {context.t.t('deliveries.replay')}
        <span class="visually-hidden"> ({label})</span>
      </button>
    </form>
  );
}

function Consumers({ context, consumers }: { context: PageContext; consumers: ConsumerState[] }) {
  const { t } = context;
  const moment = momentFormat(t);
  return (
    <>
      <h2 id="consumers-heading">{t.t('deliveries.consumers')}</h2>
      {consumers.length === 0 ? (
        <p>{t.t('deliveries.consumers.none')}</p>
      ) : (
        <Table
          id="consumers-heading"
          columns={['deliveries.consumer', 'deliveries.delivered_at', 'deliveries.behind']}
          t={t}
        >
          {consumers.map((consumer) => (
            <tr>
              <th scope="row">
                <ConsumerName name={consumer.name} t={t} />
              </th>
              <td>{moment(consumer.deliveredAt)}</td>
              <td>{t.number(consumer.behind)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

function Failures({ context, failures }: { context: PageContext; failures: EventFailureRow[] }) {
  const { t } = context;
  const moment = momentFormat(t);
  const columns: MessageKey[] = [
    'deliveries.consumer',
    'deliveries.position',
    'deliveries.state',
    'deliveries.attempts',
    'deliveries.next_attempt',
    'deliveries.last_error',
    'deliveries.actions',
  ];
  return (
    <>
      <h2 id="failures-heading">{t.t('deliveries.failures')}</h2>
      {failures.length === 0 ? (
        <p>{t.t('deliveries.failures.none')}</p>
      ) : (
        <Table id="failures-heading" columns={columns} t={t}>
          {failures.map((failure) => (
            <tr>
              <th scope="row">
                <ConsumerName name={failure.consumer} t={t} />
              </th>
              <td>{failure.position}</td>
              <td>{t.t(`deliveries.state.${failure.state}`)}</td>
              <td>{t.number(failure.attempts)}</td>
              <td>{failure.state === 'dead' ? '—' : moment(failure.next_attempt_at)}</td>
              <td>{shortened(failure.last_error, t)}</td>
              <td>
                <ReplayButton
                  context={context}
                  label={`${consumerLabel(failure.consumer, t)}, ${failure.position}`}
                  action={`${DELIVERIES_PAGE}/failures/${encodeURIComponent(failure.consumer)}/${failure.position}/replay`}
                />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

function Mails({ context, mails }: { context: PageContext; mails: OutgoingMailRow[] }) {
  const { t } = context;
  const moment = momentFormat(t);
  const columns: MessageKey[] = [
    'deliveries.recipient',
    'deliveries.created_at',
    'deliveries.state',
    'deliveries.attempts',
    'deliveries.next_attempt',
    'deliveries.last_error',
    'deliveries.actions',
  ];
  return (
    <>
      <h2 id="mails-heading">{t.t('deliveries.mails')}</h2>
      {mails.length === 0 ? (
        <p>{t.t('deliveries.mails.none')}</p>
      ) : (
        <Table id="mails-heading" columns={columns} t={t}>
          {mails.map((mail) => (
            <tr>
              <th scope="row">{mail.recipient}</th>
              <td>{moment(mail.created_at)}</td>
              <td>{t.t(mail.state === 'dead' ? 'deliveries.mail_state.dead' : 'deliveries.state.pending')}</td>
              <td>{t.number(mail.attempts)}</td>
              <td>{mail.state === 'dead' ? '—' : moment(mail.next_attempt_at)}</td>
              <td>{shortened(mail.last_error, t)}</td>
              <td>
                <ReplayButton
                  context={context}
                  label={mail.recipient}
                  action={`${DELIVERIES_PAGE}/mails/${mail.id}/replay`}
                />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

function Jobs({ context, jobs }: { context: PageContext; jobs: ScheduledJobRow[] }) {
  const { t } = context;
  const moment = momentFormat(t);
  const columns: MessageKey[] = [
    'deliveries.job',
    'deliveries.last_started',
    'deliveries.last_finished',
    'deliveries.next_run',
    'deliveries.runs',
    'deliveries.last_error',
  ];
  return (
    <>
      <h2 id="jobs-heading">{t.t('deliveries.jobs')}</h2>
      {jobs.length === 0 ? (
        <p>{t.t('deliveries.jobs.none')}</p>
      ) : (
        <Table id="jobs-heading" columns={columns} t={t}>
          {jobs.map((job) => (
            <tr>
              <th scope="row">
                <code>{job.name}</code>
              </th>
              <td>{moment(job.last_started_at)}</td>
              <td>{moment(job.last_finished_at)}</td>
              <td>{moment(job.next_run_at)}</td>
              <td>{t.number(job.runs)}</td>
              <td>{shortened(job.last_error, t)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export function DeliveriesPage({ context, consumers, failures, mails, jobs, replayed }: DeliveriesPageProps) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('deliveries.title')}>
      <h1>{t.t('deliveries.title')}</h1>
      <p>{t.t('deliveries.intro')}</p>
      {replayed && (
        <p class="notice feedback" role="status">
          {t.t(`deliveries.replayed.${replayed}`)}
        </p>
      )}
      <Consumers context={context} consumers={consumers} />
      <Failures context={context} failures={failures} />
      <Mails context={context} mails={mails} />
      <Jobs context={context} jobs={jobs} />
    </Layout>
  );
}
