// Indexes for the indicators, which are computed from the live tables on every request: challenges
// by publication, matches by the moment both sides had accepted, and outcomes by kind and moment.
export const indicators: string[] = [
  `CREATE INDEX challenges_published_at ON challenges (published_at) WHERE published_at IS NOT NULL`,
  `CREATE INDEX matches_accepted_at ON matches ((greatest(challenge_accepted_at, solution_accepted_at)), challenge_id)
    WHERE challenge_accepted_at IS NOT NULL AND solution_accepted_at IS NOT NULL`,
  `CREATE INDEX match_events_outcome ON match_events (action, occurred_at, match_id)`,
];
