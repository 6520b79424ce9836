// Account security: government (OpenID Connect) logins, TOTP second factor with recovery codes,
// lockout after repeated wrong passwords, and what the sessions page shows about each session.
export const accountSecurity: string[] = [
  `ALTER TABLE people ADD COLUMN oidc_subject text UNIQUE`,
  `ALTER TABLE people ADD COLUMN totp_secret text`,
  `ALTER TABLE people ADD COLUMN totp_enabled_at timestamptz`,
  `ALTER TABLE people ADD COLUMN totp_last_step bigint`,
  `ALTER TABLE people ADD COLUMN locked_until timestamptz`,
  `ALTER TABLE sessions ADD COLUMN second_factor_pending boolean NOT NULL DEFAULT false`,
  `ALTER TABLE sessions ADD COLUMN user_agent text`,
  `ALTER TABLE sessions ADD COLUMN last_used_at timestamptz`,
  `CREATE TABLE recovery_codes (
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    code_hash text NOT NULL,
    used_at timestamptz,
    PRIMARY KEY (person_id, code_hash)
  )`,
  `CREATE TABLE login_failures (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    occurred_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX login_failures_person ON login_failures (person_id, occurred_at)`,
];
