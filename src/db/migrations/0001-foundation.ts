// Organisations, people, sessions, challenges, solutions and the append-only audit log.
export const foundation: string[] = [
  `CREATE TABLE organisations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
    kind text NOT NULL,
    is_sme boolean NOT NULL DEFAULT false,
    enterprise_number text NOT NULL UNIQUE,
    country text NOT NULL DEFAULT 'BE',
    street text,
    postal_code text,
    municipality text,
    nis_code text,
    website text,
    verified boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE people (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name text NOT NULL,
    password_hash text,
    role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'ambassador', 'admin')),
    locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'fr', 'en')),
    email_verified_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE TABLE memberships (
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, organisation_id)
  )`,
  `CREATE TABLE ambassador_spearheads (
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    spearhead integer NOT NULL CHECK (spearhead BETWEEN 1 AND 9),
    PRIMARY KEY (person_id, spearhead)
  )`,
  `CREATE TABLE sessions (
    id text PRIMARY KEY,
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
  )`,
  `CREATE INDEX sessions_person ON sessions (person_id)`,
  `CREATE TABLE account_tokens (
    id text PRIMARY KEY,
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  `CREATE TABLE challenges (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title text NOT NULL,
    description text NOT NULL,
    sectors text[] NOT NULL DEFAULT '{}',
    spearheads integer[] NOT NULL DEFAULT '{}',
    region text NOT NULL,
    language text NOT NULL,
    urgency text NOT NULL,
    deadline date,
    duration_months integer,
    desired_kinds text[] NOT NULL DEFAULT '{}',
    classification text NOT NULL DEFAULT 'public' CHECK (classification IN ('public', 'internal', 'confidential')),
    status text NOT NULL DEFAULT 'draft',
    owner_organisation_id uuid NOT NULL REFERENCES organisations(id),
    created_by uuid REFERENCES people(id) ON DELETE SET NULL,
    assigned_ambassador_id uuid REFERENCES people(id) ON DELETE SET NULL,
    review_note text,
    submitted_at timestamptz,
    published_at timestamptz,
    expires_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    search_vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')
    ) STORED
  )`,
  `CREATE INDEX challenges_status ON challenges (status, classification)`,
  `CREATE INDEX challenges_owner ON challenges (owner_organisation_id)`,
  `CREATE INDEX challenges_search ON challenges USING gin (search_vector)`,
  `CREATE TABLE solutions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title text NOT NULL,
    description text NOT NULL,
    kind text NOT NULL,
    technologies text[] NOT NULL DEFAULT '{}',
    sectors text[] NOT NULL DEFAULT '{}',
    spearheads integer[] NOT NULL DEFAULT '{}',
    trl integer CHECK (trl BETWEEN 1 AND 9),
    market_stage text,
    pricing text NOT NULL,
    free_months integer,
    regions_served text[] NOT NULL DEFAULT '{}',
    languages text[] NOT NULL DEFAULT '{}',
    reference_text text NOT NULL DEFAULT '',
    language text NOT NULL,
    classification text NOT NULL DEFAULT 'public' CHECK (classification IN ('public', 'internal', 'confidential')),
    status text NOT NULL DEFAULT 'draft',
    provider_organisation_id uuid NOT NULL REFERENCES organisations(id),
    created_by uuid REFERENCES people(id) ON DELETE SET NULL,
    review_note text,
    submitted_at timestamptz,
    published_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    search_vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')
    ) STORED
  )`,
  `CREATE INDEX solutions_status ON solutions (status, classification)`,
  `CREATE INDEX solutions_provider ON solutions (provider_organisation_id)`,
  `CREATE INDEX solutions_search ON solutions USING gin (search_vector)`,
  `CREATE TABLE audit_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor_id uuid,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text NOT NULL,
    before jsonb,
    after jsonb
  )`,
  `CREATE INDEX audit_events_object ON audit_events (object_type, object_id)`,
  // The audit log is append-only: the database itself refuses to change or remove an event.
  `CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$`,
  `CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
];
