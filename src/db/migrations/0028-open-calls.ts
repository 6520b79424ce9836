// Open calls (src/calls): a market consultation, request for information or call for pilots on a
// published challenge. A call has phases ending at fixed instants (stored in UTC, entered in Brussels
// time), the questions every respondent answers, weighted criteria, a panel, and public questions and
// answers. It is reviewed by an ambassador before it opens; a change after opening is a dated
// clarification. Responses, scores and the decision reference these tables in a later migration.
export const openCalls: string[] = [
  `CREATE TABLE calls (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    challenge_id uuid NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('market_consultation', 'request_for_information', 'call_for_pilots')),
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'open')),
    eligibility text NOT NULL DEFAULT '',
    questions_until timestamptz NOT NULL,
    responses_until timestamptz NOT NULL,
    evaluation_until timestamptz NOT NULL,
    result_date timestamptz NOT NULL,
    publish_result boolean NOT NULL DEFAULT true,
    return_reason text,
    created_by uuid REFERENCES people(id) ON DELETE SET NULL,
    reviewed_by uuid REFERENCES people(id) ON DELETE SET NULL,
    opened_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (questions_until < responses_until),
    CHECK (responses_until < evaluation_until),
    CHECK (evaluation_until < result_date)
  )`,
  `CREATE INDEX calls_challenge ON calls (challenge_id)`,
  `CREATE INDEX calls_status ON calls (status, responses_until)`,
  `CREATE TABLE call_questions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 1),
    kind text NOT NULL CHECK (kind IN ('text', 'choice', 'yes_no', 'price_range')),
    prompt text NOT NULL,
    max_length integer CHECK (max_length BETWEEN 1 AND 10000),
    options text[] NOT NULL DEFAULT '{}',
    UNIQUE (call_id, position),
    CHECK ((kind = 'text') = (max_length IS NOT NULL))
  )`,
  `CREATE TABLE call_criteria (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 1),
    name text NOT NULL,
    weight integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
    UNIQUE (call_id, position)
  )`,
  `CREATE TABLE call_panel_members (
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (call_id, person_id)
  )`,
  `CREATE TABLE call_clarifications (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    text text NOT NULL,
    written_by uuid REFERENCES people(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX call_clarifications_call ON call_clarifications (call_id, created_at)`,
  `CREATE TABLE call_public_questions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    question text NOT NULL,
    asked_by uuid REFERENCES people(id) ON DELETE SET NULL,
    asked_at timestamptz NOT NULL DEFAULT now(),
    answer text,
    answered_by uuid REFERENCES people(id) ON DELETE SET NULL,
    answered_at timestamptz,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
  )`,
  `CREATE INDEX call_public_questions_call ON call_public_questions (call_id, asked_at)`,
];
