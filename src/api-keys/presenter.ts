// The admin API's view of a stored key: never its hash.
import type { Static } from 'typebox';
import type { ApiKey } from './schemas.ts';
import type { ApiKeyRow } from './repository.ts';

export function presentApiKey(row: ApiKeyRow): Static<typeof ApiKey> {
  return {
    id: row.id,
    clientName: row.client_name,
    keyPrefix: row.key_prefix,
    rateLimitPerMinute: row.rate_limit_per_minute,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at ? row.last_used_at.toISOString() : null,
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
  };
}
