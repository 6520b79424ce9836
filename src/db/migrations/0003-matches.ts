// Match records between a challenge and a solution, their timeline, and duplicate marks on items.
export const matches: string[] = [
  `CREATE TABLE matches (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    challenge_id uuid NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
    solution_id uuid NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
    origin text NOT NULL CHECK (origin IN ('engine', 'ambassador', 'application', 'request')),
    score double precision,
    explanation jsonb,
    status text NOT NULL CHECK (status IN ('suggested', 'proposed', 'accepted', 'introduced', 'pilot', 'deployed', 'declined', 'expired')),
    challenge_accepted_at timestamptz,
    solution_accepted_at timestamptz,
    decline_reason text,
    created_by uuid REFERENCES people(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (challenge_id, solution_id)
  )`,
  `CREATE INDEX matches_solution ON matches (solution_id)`,
  `CREATE INDEX matches_status ON matches (status, updated_at)`,
  `CREATE TABLE match_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    match_id uuid NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    actor_id uuid REFERENCES people(id) ON DELETE SET NULL,
    action text NOT NULL,
    note text,
    occurred_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX match_events_match ON match_events (match_id, occurred_at)`,
  `ALTER TABLE challenges ADD COLUMN duplicate_of uuid REFERENCES challenges(id) ON DELETE SET NULL`,
  `ALTER TABLE solutions ADD COLUMN duplicate_of uuid REFERENCES solutions(id) ON DELETE SET NULL`,
];
