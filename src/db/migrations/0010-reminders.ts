// Reminders sent once per item and reason (the key names the item and the state it was in), the
// setting of members who accept contact only from organisations they follow, and following an
// organisation.
export const reminders: string[] = [
  `CREATE TABLE reminders_sent (
    reason text NOT NULL,
    item_key text NOT NULL,
    sent_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (reason, item_key)
  )`,
  `CREATE TABLE contact_settings (
    person_id uuid PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    followed_only boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `ALTER TABLE follows DROP CONSTRAINT follows_target_type_check`,
  `ALTER TABLE follows ADD CONSTRAINT follows_target_type_check CHECK (target_type IN ('challenge', 'solution', 'sector', 'spearhead', 'organisation'))`,
];
