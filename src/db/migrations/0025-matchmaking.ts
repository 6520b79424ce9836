// Matchmaking days (src/matchmaking): an ambassador's event with a time window cut into slots of
// equal length and a number of tables; organisations' participants register with what they seek and
// offer and the slots they are free; participants request 1:1 meetings, which the other accepts or
// declines; accepted meetings are placed in a slot at a table by the scheduler or the organiser, and
// a placed meeting's attendance is recorded afterwards. Slots are numbered from 0 within the window.
export const matchmaking: string[] = [
  `CREATE TABLE matchmaking_events (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    slot_minutes integer NOT NULL CHECK (slot_minutes BETWEEN 5 AND 120),
    table_count integer NOT NULL CHECK (table_count BETWEEN 1 AND 500),
    address text,
    online_url text CHECK (online_url LIKE 'https://%'),
    registration_deadline timestamptz NOT NULL,
    sectors text[] NOT NULL DEFAULT '{}',
    spearheads integer[] NOT NULL DEFAULT '{}',
    created_by uuid REFERENCES people(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (registration_deadline <= starts_at),
    CHECK ((online_url IS NULL) <> (address IS NULL))
  )`,
  `CREATE INDEX matchmaking_events_start ON matchmaking_events (starts_at)`,
  `CREATE TABLE matchmaking_participants (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id uuid NOT NULL REFERENCES matchmaking_events(id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    seeks text NOT NULL DEFAULT '',
    offers text NOT NULL DEFAULT '',
    challenge_ids uuid[] NOT NULL DEFAULT '{}',
    solution_ids uuid[] NOT NULL DEFAULT '{}',
    available_slots integer[] NOT NULL DEFAULT '{}',
    registered_by uuid REFERENCES people(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, person_id)
  )`,
  `CREATE INDEX matchmaking_participants_organisation ON matchmaking_participants (organisation_id)`,
  `CREATE TABLE matchmaking_requests (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id uuid NOT NULL REFERENCES matchmaking_events(id) ON DELETE CASCADE,
    from_participant uuid NOT NULL REFERENCES matchmaking_participants(id) ON DELETE CASCADE,
    to_participant uuid NOT NULL REFERENCES matchmaking_participants(id) ON DELETE CASCADE,
    reason text NOT NULL,
    status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'accepted', 'declined')),
    decided_at timestamptz,
    slot integer CHECK (slot >= 0),
    table_number integer CHECK (table_number >= 1),
    placed_by text CHECK (placed_by IN ('scheduler', 'organiser')),
    attendance text CHECK (attendance IN ('held', 'no_show')),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (from_participant <> to_participant),
    CHECK ((slot IS NULL) = (table_number IS NULL)),
    UNIQUE (from_participant, to_participant)
  )`,
  `CREATE INDEX matchmaking_requests_event ON matchmaking_requests (event_id, status)`,
  `CREATE INDEX matchmaking_requests_to ON matchmaking_requests (to_participant)`,
  `CREATE UNIQUE INDEX matchmaking_requests_table_slot ON matchmaking_requests (event_id, slot, table_number)
    WHERE slot IS NOT NULL`,
];
