// Row types of the outbox, its consumers' cursors and failures, the e-mail queue and scheduled jobs.
import type { ColumnType, Generated, Selectable } from 'kysely';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface DomainEventsTable {
  position: Generated<number>;
  /** xid8, read as text: ordered with the position in SQL only. */
  transaction_id: Generated<string>;
  type: string;
  payload: ColumnType<Record<string, unknown>, string, never>;
  recorded_at: Generated<Date>;
}

export interface EventConsumersTable {
  name: string;
  transaction_id: Generated<string>;
  position: Generated<number>;
  leased_by: string | null;
  leased_until: NullableStamp;
  delivered_at: NullableStamp;
}

export type FailureState = 'retrying' | 'dead';

export interface EventFailuresTable {
  consumer: string;
  position: number;
  state: Generated<FailureState>;
  attempts: Generated<number>;
  /** No default: whoever records a failure decides when it is retried. */
  next_attempt_at: ColumnType<Date, Date | string, Date | string>;
  leased_until: NullableStamp;
  last_error: string;
  failed_at: Generated<Date>;
}

export type MailState = 'pending' | 'sent' | 'dead';

export interface OutgoingMailsTable {
  id: Generated<string>;
  key: string;
  person_id: string | null;
  recipient: string;
  mail: ColumnType<Record<string, unknown>, string, never>;
  state: Generated<MailState>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  leased_until: NullableStamp;
  last_error: string | null;
  created_at: Generated<Date>;
  sent_at: NullableStamp;
}

export interface ScheduledJobsTable {
  name: string;
  next_run_at: Stamp;
  leased_by: string | null;
  leased_until: NullableStamp;
  last_started_at: NullableStamp;
  last_finished_at: NullableStamp;
  last_error: string | null;
  runs: Generated<number>;
}

export interface EventTables {
  domain_events: DomainEventsTable;
  event_consumers: EventConsumersTable;
  event_failures: EventFailuresTable;
  outgoing_mails: OutgoingMailsTable;
  scheduled_jobs: ScheduledJobsTable;
}

export type EventFailureRow = Selectable<EventFailuresTable>;
export type OutgoingMailRow = Selectable<OutgoingMailsTable>;
export type ScheduledJobRow = Selectable<ScheduledJobsTable>;
