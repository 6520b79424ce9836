// The federation job of `helemaal serve` (a scheduled job checked every minute) syncs the partners
// that are due: each one hourly when it answers, sooner or later by back-off when it does not.
import { DEFAULT_SYNC_OPTIONS, type SyncOptions } from './sync.ts';

/** How often a partner that answers is synced: FEDERATION_SYNC_MINUTES, checked with the other settings. */
export function federationOptions(syncMinutes: number): SyncOptions {
  return { ...DEFAULT_SYNC_OPTIONS, intervalMs: syncMinutes * 60_000 };
}
