// Sessions get an idle timeout besides their absolute lifetime: each session remembers whether the
// person asked to stay signed in (a longer idle timeout) and always has a last-seen time. Sessions
// opened before this migration end at the new, shorter absolute lifetime.
export const sessionLifetimes: string[] = [
  `ALTER TABLE sessions ADD COLUMN keep_signed_in boolean NOT NULL DEFAULT false`,
  `UPDATE sessions SET last_used_at = created_at WHERE last_used_at IS NULL`,
  `ALTER TABLE sessions ALTER COLUMN last_used_at SET DEFAULT now()`,
  `ALTER TABLE sessions ALTER COLUMN last_used_at SET NOT NULL`,
  `UPDATE sessions SET expires_at = LEAST(expires_at, created_at + interval '12 hours')`,
];
