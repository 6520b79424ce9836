// Changes to a published item's content by someone who does not curate it: the item stays online,
// and each change waits, with the changed fields before and after, until the curating ambassador
// checks it. content_changed_at tells every reader when an item's content last changed.
export const publishedChanges: string[] = [
  `CREATE TABLE published_changes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    item_kind text NOT NULL CHECK (item_kind IN ('challenge', 'solution')),
    item_id uuid NOT NULL,
    changed_by uuid REFERENCES people(id),
    changed_at timestamptz NOT NULL,
    before jsonb NOT NULL,
    after jsonb NOT NULL,
    checked_by uuid REFERENCES people(id),
    checked_at timestamptz
  )`,
  `CREATE INDEX published_changes_unchecked ON published_changes (item_kind, item_id, changed_at) WHERE checked_at IS NULL`,
  `ALTER TABLE challenges ADD COLUMN content_changed_at timestamptz`,
  `ALTER TABLE solutions ADD COLUMN content_changed_at timestamptz`,
];
