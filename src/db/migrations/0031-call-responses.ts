// The second half of an open call (src/calls): providers' responses (a solution, an answer per question,
// PDF attachments), the panel's conflict-of-interest declarations and scores per criterion, the owner's
// decision per response with reasons, the reminders already sent before a phase ends, and the match a
// decision becomes (origin 'call'), linked from the response only: a link back from matches would make the two
// tables reference each other, which a backup cannot restore table by table.
export const callResponses: string[] = [
  `ALTER TABLE matches DROP CONSTRAINT matches_origin_check`,
  `ALTER TABLE matches ADD CONSTRAINT matches_origin_check
    CHECK (origin IN ('engine', 'ambassador', 'application', 'request', 'event', 'call'))`,
  `ALTER TABLE calls ADD COLUMN decided_at timestamptz`,
  `ALTER TABLE calls ADD COLUMN decided_by uuid REFERENCES people(id) ON DELETE SET NULL`,
  // A panel member sees responses only after declaring; one who declares a conflict is excused.
  `ALTER TABLE call_panel_members ADD COLUMN conflict text CHECK (conflict IN ('none', 'conflict'))`,
  `ALTER TABLE call_panel_members ADD COLUMN declared_at timestamptz`,
  `ALTER TABLE call_panel_members ADD CONSTRAINT call_panel_members_declared
    CHECK ((conflict IS NULL) = (declared_at IS NULL))`,
  `CREATE TABLE call_responses (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    solution_id uuid NOT NULL REFERENCES solutions(id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'withdrawn')),
    created_by uuid REFERENCES people(id) ON DELETE SET NULL,
    submitted_at timestamptz,
    decision text CHECK (decision IN ('shortlist', 'invite_to_pilot', 'award', 'no_award')),
    decision_reasons text,
    match_id uuid REFERENCES matches(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (call_id, organisation_id),
    CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
    CHECK ((decision IS NULL) = (decision_reasons IS NULL))
  )`,
  `CREATE INDEX call_responses_call ON call_responses (call_id, status)`,
  `CREATE TABLE call_response_answers (
    response_id uuid NOT NULL REFERENCES call_responses(id) ON DELETE CASCADE,
    question_id uuid NOT NULL REFERENCES call_questions(id) ON DELETE CASCADE,
    text_answer text,
    choice text,
    yes_no boolean,
    price_from numeric(14, 2) CHECK (price_from >= 0),
    price_to numeric(14, 2) CHECK (price_to >= price_from),
    PRIMARY KEY (response_id, question_id)
  )`,
  `CREATE TABLE call_response_attachments (
    response_id uuid NOT NULL REFERENCES call_responses(id) ON DELETE CASCADE,
    attachment_id uuid NOT NULL UNIQUE REFERENCES attachments(id) ON DELETE CASCADE,
    position smallint NOT NULL,
    PRIMARY KEY (response_id, position)
  )`,
  `CREATE TRIGGER call_response_attachments_delete_file AFTER DELETE ON call_response_attachments
    FOR EACH ROW EXECUTE FUNCTION delete_linked_attachment()`,
  `CREATE TABLE call_scores (
    response_id uuid NOT NULL REFERENCES call_responses(id) ON DELETE CASCADE,
    criterion_id uuid NOT NULL REFERENCES call_criteria(id) ON DELETE CASCADE,
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    score smallint NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment text NOT NULL DEFAULT '',
    scored_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (response_id, criterion_id, person_id)
  )`,
  // A reminder before a phase ends goes once per call and phase.
  `CREATE TABLE call_reminders_sent (
    call_id uuid NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    phase text NOT NULL CHECK (phase IN ('questions', 'responses', 'evaluation', 'result')),
    sent_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (call_id, phase)
  )`,
];
