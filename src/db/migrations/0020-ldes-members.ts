// The versions of the LDES of published items (src/ldes): one row per public version of an item, or
// per tombstone when it left publication, written by the ldes-members consumer in the order of the
// outbox and never changed after. `sequence` numbers the members without gaps (the consumer writes
// them one at a time under its lease), so the stream's pages are fixed ranges of it. Items published
// before the stream existed enter it through a quiet item.changed each (nobody is notified), in the
// order they were published: the consumer then decides with the visibility rule, as for any change.
export const ldesMembers: string[] = [
  `CREATE TABLE ldes_members (
    sequence bigint PRIMARY KEY CHECK (sequence >= 0),
    item_kind text NOT NULL CHECK (item_kind IN ('challenge', 'solution')),
    item_id uuid NOT NULL,
    deleted boolean NOT NULL,
    content jsonb,
    content_hash text,
    generated_at timestamptz NOT NULL,
    CHECK (deleted = (content IS NULL) AND (content IS NULL) = (content_hash IS NULL))
  )`,
  `CREATE INDEX ldes_members_item ON ldes_members (item_kind, item_id, sequence DESC)`,
  // Immutable: the pages that carry them are cached for a year.
  `CREATE FUNCTION ldes_members_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION 'ldes_members are immutable'; END $$`,
  `CREATE TRIGGER ldes_members_immutable BEFORE UPDATE OR DELETE ON ldes_members
   FOR EACH ROW EXECUTE FUNCTION ldes_members_immutable()`,
  `INSERT INTO domain_events (type, payload)
   SELECT 'item.changed', jsonb_build_object('kind', kind, 'id', id, 'status', status, 'quiet', true)
   FROM (SELECT 'challenge' AS kind, id, status, published_at FROM challenges WHERE classification = 'public'
         UNION ALL
         SELECT 'solution', id, status, published_at FROM solutions WHERE classification = 'public') AS items
   WHERE published_at IS NOT NULL
   ORDER BY published_at, id`,
];
