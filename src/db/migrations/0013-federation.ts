// Federation with partner regions: the partner instances this platform pulls published items from
// (and serves its own to), and the origin of every item copied from a partner.
export const federation: string[] = [
  `CREATE TABLE federation_partners (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
    base_url text NOT NULL,
    inbound_key_hash text NOT NULL UNIQUE,
    outbound_key text NOT NULL,
    status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'ok', 'failing', 'removed')),
    sync_since timestamptz,
    last_sync_at timestamptz,
    last_success_at timestamptz,
    last_error text,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    failure_count integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz
  )`,
  // A removed partner stays as the origin of its (withdrawn) items; its address may be registered again.
  `CREATE UNIQUE INDEX federation_partners_active_url ON federation_partners (base_url) WHERE removed_at IS NULL`,
  `CREATE TABLE federated_items (
    partner_id uuid NOT NULL REFERENCES federation_partners(id),
    kind text NOT NULL CHECK (kind IN ('challenge', 'solution')),
    remote_id text NOT NULL,
    local_id uuid NOT NULL,
    remote_url text NOT NULL,
    remote_updated_at timestamptz NOT NULL,
    withdrawn boolean NOT NULL DEFAULT false,
    PRIMARY KEY (partner_id, kind, remote_id),
    UNIQUE (kind, local_id)
  )`,
];
