// After a matchmaking day (src/matchmaking/follow-ups.ts): each participant of a held meeting says how it
// went; a "next step" on a challenge and a solution the two registered becomes a match of origin 'event',
// linked to the meeting request it came from (an existing match of the pair is linked, not duplicated).
export const eventOutcomes: string[] = [
  `ALTER TABLE matches DROP CONSTRAINT matches_origin_check`,
  `ALTER TABLE matches ADD CONSTRAINT matches_origin_check
    CHECK (origin IN ('engine', 'ambassador', 'application', 'request', 'event'))`,
  `ALTER TABLE matches ADD COLUMN matchmaking_request_id uuid REFERENCES matchmaking_requests(id) ON DELETE SET NULL`,
  `CREATE INDEX matches_matchmaking_request ON matches (matchmaking_request_id)
    WHERE matchmaking_request_id IS NOT NULL`,
  `CREATE TABLE matchmaking_follow_ups (
    request_id uuid NOT NULL REFERENCES matchmaking_requests(id) ON DELETE CASCADE,
    participant_id uuid NOT NULL REFERENCES matchmaking_participants(id) ON DELETE CASCADE,
    outcome text NOT NULL CHECK (outcome IN ('next_step', 'not_a_fit')),
    match_id uuid REFERENCES matches(id) ON DELETE SET NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, participant_id)
  )`,
  `CREATE INDEX matchmaking_follow_ups_match ON matchmaking_follow_ups (match_id) WHERE match_id IS NOT NULL`,
];
