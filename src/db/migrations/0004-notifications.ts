// In-app notifications and each person's e-mail preference (immediate, daily or weekly digest, off).
export const notifications: string[] = [
  `CREATE TABLE notifications (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind text NOT NULL,
    params jsonb NOT NULL DEFAULT '{}',
    link text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at timestamptz,
    emailed_at timestamptz
  )`,
  `CREATE INDEX notifications_person ON notifications (person_id, created_at DESC)`,
  `CREATE INDEX notifications_unsent ON notifications (person_id) WHERE emailed_at IS NULL`,
  `CREATE TABLE notification_settings (
    person_id uuid PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    email_mode text NOT NULL DEFAULT 'immediate' CHECK (email_mode IN ('immediate', 'daily', 'weekly', 'off')),
    last_digest_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
];
