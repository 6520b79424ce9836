// The administrators' deliveries page: where each consumer of the outbox stands, the deliveries that
// failed (waiting for a retry or given up) and the e-mails not sent, each with a replay button (a
// plain POST form, so it works without JavaScript), and the scheduled jobs.
import type { ComponentChildren } from 'preact';
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField } from '../web/forms.tsx';
import type { EventFailureRow, OutgoingMailRow, ScheduledJobRow } from '../db/event-tables.ts';
import type { ConsumerState } from './repository.ts';
import { deliveryText, type DeliveryKey } from './messages.ts';

export const DELIVERIES_PAGE = '/admin/deliveries';

/** What an administrator's replay led to, carried to the page in its address (`?replayed=mail`). */
export const REPLAY_OUTCOMES = ['delivery', 'mail', 'gone'] as const;
export type ReplayOutcome = (typeof REPLAY_OUTCOMES)[number];

const KNOWN_CONSUMERS = ['challenge-matched', 'introductions', 'match-step-notices', 'followed-item-notices', 'strong-match-notices'];
const ERROR_LENGTH = 200;

export interface DeliveriesPageProps {
  context: PageContext;
  consumers: ConsumerState[];
  failures: EventFailureRow[];
  mails: OutgoingMailRow[];
  jobs: ScheduledJobRow[];
  replayed: ReplayOutcome | null;
}

type Text = (key: DeliveryKey) => string;

const isKnown = (name: string) => KNOWN_CONSUMERS.includes(name);
const consumerLabel = (name: string, text: Text) => (isKnown(name) ? text(`deliveries.consumer.${name}` as DeliveryKey) : name);

function ConsumerName({ name, text }: { name: string; text: Text }) {
  return isKnown(name) ? <>{consumerLabel(name, text)}</> : <code>{name}</code>;
}

/** Errors can be long stack-like messages: the first part says what went wrong. */
function shortened(error: string | null, text: Text): string {
  if (!error) return text('deliveries.no_error');
  return error.length > ERROR_LENGTH ? `${error.slice(0, ERROR_LENGTH)}…` : error;
}

function momentFormat(context: PageContext, text: Text) {
  const format = new Intl.DateTimeFormat(context.t.intlLocale, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Brussels' });
  return (value: Date | null) => (value ? <time datetime={value.toISOString()}>{format.format(value)}</time> : <>{text('deliveries.never')}</>);
}

function Table({ id, columns, children, text }: { id: string; columns: DeliveryKey[]; children: ComponentChildren; text: Text }) {
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-labelledby={id}>
      <table aria-labelledby={id}>
        <thead><tr>{columns.map((key) => <th scope="col">{text(key)}</th>)}</tr></thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function ReplayButton({ context, action, label, text }: { context: PageContext; action: string; label: string; text: Text }) {
  return (
    <form method="post" action={action} class="action-form">
      <CsrfField token={context.csrfToken} />
      <button type="submit">{text('deliveries.replay')}<span class="visually-hidden"> ({label})</span></button>
    </form>
  );
}

function Consumers({ context, consumers, text }: { context: PageContext; consumers: ConsumerState[]; text: Text }) {
  const moment = momentFormat(context, text);
  return (
    <>
      <h2 id="consumers-heading">{text('deliveries.consumers')}</h2>
      {consumers.length === 0 ? <p>{text('deliveries.consumers.none')}</p> : (
        <Table id="consumers-heading" columns={['deliveries.consumer', 'deliveries.delivered_at', 'deliveries.behind']} text={text}>
          {consumers.map((consumer) => (
            <tr>
              <th scope="row"><ConsumerName name={consumer.name} text={text} /></th>
              <td>{moment(consumer.deliveredAt)}</td>
              <td>{context.t.number(consumer.behind)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

function Failures({ context, failures, text }: { context: PageContext; failures: EventFailureRow[]; text: Text }) {
  const moment = momentFormat(context, text);
  const columns: DeliveryKey[] = ['deliveries.consumer', 'deliveries.position', 'deliveries.state', 'deliveries.attempts', 'deliveries.next_attempt', 'deliveries.last_error', 'deliveries.actions'];
  return (
    <>
      <h2 id="failures-heading">{text('deliveries.failures')}</h2>
      {failures.length === 0 ? <p>{text('deliveries.failures.none')}</p> : (
        <Table id="failures-heading" columns={columns} text={text}>
          {failures.map((failure) => (
            <tr>
              <th scope="row"><ConsumerName name={failure.consumer} text={text} /></th>
              <td>{failure.position}</td>
              <td>{text(`deliveries.state.${failure.state}`)}</td>
              <td>{context.t.number(failure.attempts)}</td>
              <td>{failure.state === 'dead' ? '—' : moment(failure.next_attempt_at)}</td>
              <td>{shortened(failure.last_error, text)}</td>
              <td>
                <ReplayButton context={context} text={text} label={`${consumerLabel(failure.consumer, text)}, ${failure.position}`}
                  action={`${DELIVERIES_PAGE}/failures/${encodeURIComponent(failure.consumer)}/${failure.position}/replay`} />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

function Mails({ context, mails, text }: { context: PageContext; mails: OutgoingMailRow[]; text: Text }) {
  const moment = momentFormat(context, text);
  const columns: DeliveryKey[] = ['deliveries.recipient', 'deliveries.created_at', 'deliveries.state', 'deliveries.attempts', 'deliveries.next_attempt', 'deliveries.last_error', 'deliveries.actions'];
  return (
    <>
      <h2 id="mails-heading">{text('deliveries.mails')}</h2>
      {mails.length === 0 ? <p>{text('deliveries.mails.none')}</p> : (
        <Table id="mails-heading" columns={columns} text={text}>
          {mails.map((mail) => (
            <tr>
              <th scope="row">{mail.recipient}</th>
              <td>{moment(mail.created_at)}</td>
              <td>{text(mail.state === 'dead' ? 'deliveries.mail_state.dead' : 'deliveries.state.pending')}</td>
              <td>{context.t.number(mail.attempts)}</td>
              <td>{mail.state === 'dead' ? '—' : moment(mail.next_attempt_at)}</td>
              <td>{shortened(mail.last_error, text)}</td>
              <td><ReplayButton context={context} text={text} label={mail.recipient} action={`${DELIVERIES_PAGE}/mails/${mail.id}/replay`} /></td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

function Jobs({ context, jobs, text }: { context: PageContext; jobs: ScheduledJobRow[]; text: Text }) {
  const moment = momentFormat(context, text);
  const columns: DeliveryKey[] = ['deliveries.job', 'deliveries.last_started', 'deliveries.last_finished', 'deliveries.next_run', 'deliveries.runs', 'deliveries.last_error'];
  return (
    <>
      <h2 id="jobs-heading">{text('deliveries.jobs')}</h2>
      {jobs.length === 0 ? <p>{text('deliveries.jobs.none')}</p> : (
        <Table id="jobs-heading" columns={columns} text={text}>
          {jobs.map((job) => (
            <tr>
              <th scope="row"><code>{job.name}</code></th>
              <td>{moment(job.last_started_at)}</td>
              <td>{moment(job.last_finished_at)}</td>
              <td>{moment(job.next_run_at)}</td>
              <td>{context.t.number(job.runs)}</td>
              <td>{shortened(job.last_error, text)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

export function DeliveriesPage({ context, consumers, failures, mails, jobs, replayed }: DeliveriesPageProps) {
  const text: Text = (key) => deliveryText(context.t, key);
  return (
    <Layout context={context} title={text('deliveries.title')}>
      <h1>{text('deliveries.title')}</h1>
      <p>{text('deliveries.intro')}</p>
      {replayed && <p class="notice feedback" role="status">{text(`deliveries.replayed.${replayed}`)}</p>}
      <Consumers context={context} consumers={consumers} text={text} />
      <Failures context={context} failures={failures} text={text} />
      <Mails context={context} mails={mails} text={text} />
      <Jobs context={context} jobs={jobs} text={text} />
    </Layout>
  );
}
