// The federation job of `helemaal serve` (a scheduled job checked every minute) syncs the partners
// that are due: each one hourly when it answers, sooner or later by back-off when it does not.
import { DEFAULT_SYNC_OPTIONS, type SyncOptions } from './sync.ts';

/** FEDERATION_SYNC_MINUTES (default 60): how often a partner that answers is synced. */
export function federationOptions(env: NodeJS.ProcessEnv = process.env): SyncOptions {
  const minutes = Number(env.FEDERATION_SYNC_MINUTES || 60);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new Error(`FEDERATION_SYNC_MINUTES must be a positive number, got "${env.FEDERATION_SYNC_MINUTES}"`);
  return { ...DEFAULT_SYNC_OPTIONS, intervalMs: minutes * 60_000 };
}
