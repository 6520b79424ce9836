// The transactional outbox: every change writes its domain events in its own transaction. The order
// comes from the database (the writing transaction's id, then a sequence), never from an application
// clock, so a reader that only reads below the oldest running transaction never skips a late commit.
// Consumers keep durable cursors; a consequence that fails is retried with back-off and ends as a dead
// letter an administrator can replay. E-mails that consequences produce wait in a queue of their own,
// at most one per key, and scheduled jobs are claimed by whichever instance is free.
export const domainEvents: string[] = [
  `CREATE TABLE domain_events (
    position bigserial PRIMARY KEY,
    transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
    type text NOT NULL,
    payload jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
  )`,
  `CREATE INDEX domain_events_order ON domain_events (transaction_id, position)`,
  `CREATE TABLE event_consumers (
    name text PRIMARY KEY,
    transaction_id xid8 NOT NULL DEFAULT '0',
    position bigint NOT NULL DEFAULT 0,
    leased_by text,
    leased_until timestamptz,
    delivered_at timestamptz
  )`,
  `CREATE TABLE event_failures (
    consumer text NOT NULL,
    position bigint NOT NULL REFERENCES domain_events(position),
    state text NOT NULL DEFAULT 'retrying' CHECK (state IN ('retrying', 'dead')),
    attempts integer NOT NULL DEFAULT 1,
    next_attempt_at timestamptz NOT NULL,
    leased_until timestamptz,
    last_error text NOT NULL,
    failed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (consumer, position)
  )`,
  `CREATE INDEX event_failures_due ON event_failures (next_attempt_at) WHERE state = 'retrying'`,
  `CREATE TABLE outgoing_mails (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key text NOT NULL UNIQUE,
    -- Erased with the person (privacy/service.ts removes every row that refers to them this way).
    person_id uuid REFERENCES people(id) ON DELETE CASCADE,
    recipient text NOT NULL,
    mail jsonb NOT NULL,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'dead')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    leased_until timestamptz,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    sent_at timestamptz
  )`,
  `CREATE INDEX outgoing_mails_due ON outgoing_mails (next_attempt_at) WHERE state = 'pending'`,
  `CREATE TABLE scheduled_jobs (
    name text PRIMARY KEY,
    next_run_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    leased_by text,
    leased_until timestamptz,
    last_started_at timestamptz,
    last_finished_at timestamptz,
    last_error text,
    runs integer NOT NULL DEFAULT 0
  )`,
];
