// Meetings between the two sides of an accepted match (src/meetings): one side proposes one to three
// time slots (stored in UTC) and an online link or an address; the other side picks a slot or
// declines; the proposer may cancel. After the meeting, one "how did it go" answer goes on the match's
// timeline. `sequence` is the iCalendar SEQUENCE, `reminded_at` marks the day-before reminder as sent.
export const meetings: string[] = [
  `CREATE TABLE meetings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id uuid NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    proposed_by uuid REFERENCES people(id) ON DELETE SET NULL,
    proposer_side text NOT NULL CHECK (proposer_side IN ('challenge', 'solution')),
    status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'declined', 'cancelled')),
    online_url text CHECK (online_url LIKE 'https://%'),
    address text,
    decline_reason text,
    decided_by uuid REFERENCES people(id) ON DELETE SET NULL,
    decided_at timestamptz,
    reminded_at timestamptz,
    outcome text CHECK (outcome IN ('next_step', 'pilot_agreed', 'not_a_fit')),
    outcome_by uuid REFERENCES people(id) ON DELETE SET NULL,
    outcome_at timestamptz,
    sequence integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((online_url IS NULL) <> (address IS NULL))
  )`,
  `CREATE INDEX meetings_match ON meetings (match_id, created_at)`,
  `CREATE TABLE meeting_slots (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
    chosen boolean NOT NULL DEFAULT false
  )`,
  `CREATE INDEX meeting_slots_meeting ON meeting_slots (meeting_id, starts_at)`,
  `CREATE INDEX meeting_slots_chosen ON meeting_slots (starts_at) WHERE chosen`,
];
