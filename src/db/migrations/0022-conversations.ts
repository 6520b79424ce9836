// The conversation of a match whose sides both accepted (src/conversations): its messages, how far
// each participant has read, and reports of messages to the curating ambassador. A message outlives
// its author's erasure as "[erased]": erasure empties the text and stamps erased_at, so the others'
// replies keep their place. `position` orders messages and is what a participant has read up to.
export const conversations: string[] = [
  `CREATE TABLE conversation_messages (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    match_id uuid NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    author_id uuid REFERENCES people(id) ON DELETE SET NULL,
    author_side text NOT NULL CHECK (author_side IN ('challenge', 'solution', 'curator')),
    author_organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
    body text NOT NULL CHECK (char_length(body) <= 4000),
    to_all_matches boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    hidden_at timestamptz,
    hidden_by uuid REFERENCES people(id) ON DELETE SET NULL,
    erased_at timestamptz
  )`,
  `CREATE INDEX conversation_messages_match ON conversation_messages (match_id, position)`,
  `CREATE INDEX conversation_messages_author ON conversation_messages (author_id)`,
  `CREATE TABLE conversation_reads (
    match_id uuid NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    read_up_to bigint NOT NULL,
    PRIMARY KEY (match_id, person_id)
  )`,
  `CREATE INDEX conversation_reads_person ON conversation_reads (person_id)`,
  `CREATE TABLE conversation_reports (
    message_id uuid NOT NULL REFERENCES conversation_messages(id) ON DELETE CASCADE,
    reporter_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    reason text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_id, reporter_id)
  )`,
];
