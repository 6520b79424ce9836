// The federation job of `helemaal serve`: every minute, sync the partners that are due (each one
// hourly when it answers, sooner or later by back-off when it does not). Runs never overlap.
import type { Services } from '../app-types.ts';
import { DEFAULT_SYNC_OPTIONS, syncDuePartners, type SyncOptions } from './sync.ts';

const CHECK_INTERVAL_MS = 60_000;

/** FEDERATION_SYNC_MINUTES (default 60): how often a partner that answers is synced. */
export function federationOptions(env: NodeJS.ProcessEnv = process.env): SyncOptions {
  const minutes = Number(env.FEDERATION_SYNC_MINUTES || 60);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new Error(`FEDERATION_SYNC_MINUTES must be a positive number, got "${env.FEDERATION_SYNC_MINUTES}"`);
  return { ...DEFAULT_SYNC_OPTIONS, intervalMs: minutes * 60_000 };
}

export function startFederationSchedule(services: Services, onError: (error: unknown) => void, options = federationOptions()): NodeJS.Timeout {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    syncDuePartners(services, options).catch(onError).finally(() => { running = false; });
  }, CHECK_INTERVAL_MS);
  timer.unref();
  return timer;
}
