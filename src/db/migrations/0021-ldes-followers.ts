// Federation over LDES: a partner is followed through its LDES (its /ldes/items), so it is registered
// by that address and no longer by a base address and a pair of keys. A copy is now known by the
// item's IRI (the members' dcterms:isVersionOf), which is the address the old protocol sent as the
// item's url: existing copies are re-keyed, not copied again. Where the follower stands in a partner's
// stream is kept here, so any instance resumes where the last one stopped.
export const ldesFollowers: string[] = [
  `ALTER TABLE federation_partners RENAME COLUMN base_url TO ldes_url`,
  `UPDATE federation_partners SET ldes_url = ldes_url || '/ldes/items'`,
  `ALTER TABLE federation_partners DROP COLUMN inbound_key_hash`,
  `ALTER TABLE federation_partners DROP COLUMN outbound_key`,
  `ALTER TABLE federation_partners DROP COLUMN sync_since`,
  `UPDATE federated_items SET remote_id = remote_url`,
  // page_url: the page being read; members_seen: the members of that page already applied (an open
  // page grows; a page with a relation onward is left for the next one and this list emptied).
  `CREATE TABLE ldes_followers (
    partner_id uuid PRIMARY KEY REFERENCES federation_partners(id),
    page_url text NOT NULL,
    members_seen text[] NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
];
