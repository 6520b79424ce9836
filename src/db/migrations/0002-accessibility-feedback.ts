// Reports of accessibility problems, which Flemish public websites must accept and answer.
export const accessibilityFeedback: string[] = [
  `CREATE TABLE accessibility_feedback (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    page text NOT NULL,
    message text NOT NULL,
    contact_email text,
    locale text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    handled_at timestamptz
  )`,
];
