// When to try a failing partner again: exponential back-off from one minute, capped at six hours,
// with "equal jitter" so partners that failed together do not all come back at the same moment.
const BASE_MS = 60_000;
const CAP_MS = 6 * 60 * 60_000;

/** The wait after the `failures`-th failure in a row; `random` returns a number in [0, 1). */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

export const BACKOFF_CAP_MS = CAP_MS;
