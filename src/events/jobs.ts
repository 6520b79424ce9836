// Scheduled work that any instance may run (expiry, reminders and digests, federation sync): every
// instance checks on a timer, the first to claim a due job runs it, the others skip it. There is no
// instance with a special role, so any one may die and another carries on.
import type { Database } from '../db/database.ts';
import * as repository from './job-repository.ts';

export interface ScheduledJob {
  name: string;
  /** Seconds from the end of one run to the next. */
  everySeconds: number;
  /** Longer than the job can take: past it, another instance may take the job over. */
  leaseSeconds: number;
  run(): Promise<unknown>;
}

export interface JobReport {
  job: string;
  ok: boolean;
  seconds: number;
  error?: unknown;
}

export class JobRunner {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #ensured = false;

  constructor(
    private readonly db: Database,
    private readonly holder: string,
    private readonly jobs: ScheduledJob[],
    private readonly onRun: (report: JobReport) => void = () => {},
  ) {}

  /** Runs every job that is due now and not held by another instance. */
  runDue(): Promise<void> {
    this.#running ??= this.#runDue().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #runDue(): Promise<void> {
    if (!this.#ensured) {
      for (const job of this.jobs) await repository.ensureJob(this.db, job.name);
      this.#ensured = true;
    }
    for (const job of this.jobs) {
      if (!(await repository.claimDueJob(this.db, job.name, this.holder, job.leaseSeconds))) continue;
      const started = performance.now();
      let error: unknown = null;
      try {
        await job.run();
      } catch (failure) {
        error = failure;
      }
      const message = error === null ? null : (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      await repository.finishJob(this.db, job.name, this.holder, { intervalSeconds: job.everySeconds, error: message });
      this.onRun({
        job: job.name,
        ok: error === null,
        seconds: (performance.now() - started) / 1000,
        ...(error === null ? {} : { error }),
      });
    }
  }

  start(checkEveryMs: number): void {
    this.#timer = setInterval(() => {
      void this.runDue().catch((error: unknown) => this.onRun({ job: 'scheduler', ok: false, seconds: 0, error }));
    }, checkEveryMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#running?.catch(() => {});
  }
}
