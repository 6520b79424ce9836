// Follows (a challenge, a solution, a sector or a spearhead) and saved catalogue searches.
export const follows: string[] = [
  `CREATE TABLE follows (
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    target_type text NOT NULL CHECK (target_type IN ('challenge', 'solution', 'sector', 'spearhead')),
    target text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, target_type, target)
  )`,
  `CREATE INDEX follows_target ON follows (target_type, target)`,
  `CREATE TABLE saved_searches (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('challenge', 'solution')),
    query text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX saved_searches_kind ON saved_searches (kind)`,
];
