// The event flow of one instance. After every commit (and on a timer, for other instances' commits)
// it reads the outbox: first this instance's listeners (matching index, caches) in event order from an
// in-memory cursor, then each shared consumer from its durable cursor under a lease, then the failed
// deliveries that are due again, then the queues of delivery tasks (e-mail). A failure never stops the
// stream: it is recorded, retried with back-off, and after the last attempt kept as a dead letter.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import type { Services } from '../app-types.ts';
import * as repository from './repository.ts';
import type { Cursor, DeliveryTask, InstanceListener, RecordedEvent, SharedConsumer } from './types.ts';

declare module '../app-types.ts' {
  interface Services {
    /** The outbox's flow on this instance: services call `afterCommit()` after writing their events. */
    events: EventFlow;
  }
}

export interface FlowOptions {
  /** First retry after this many seconds, doubled at every attempt up to an hour. */
  retryBaseSeconds?: number;
  /** Attempts before a delivery is kept as a dead letter. */
  maxAttempts?: number;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
  /** Told when a consumer has done an event, with how long after its commit (database clock). */
  onDelivered?: (consumer: string, lagMs: number) => void;
}

const BATCH = 200;
const LEASE_SECONDS = 60;
const LONGEST_DELAY_SECONDS = 3600;
const SETTLE_WAIT_MS = 10_000;

export class EventFlow {
  readonly holder = randomUUID();
  readonly retryBaseSeconds: number;
  readonly maxAttempts: number;
  #services: Services | null = null;
  #shared: SharedConsumer[] = [];
  #listeners: InstanceListener[] = [];
  #tasks: DeliveryTask[] = [];
  /** This instance's in-memory cursor: where its index and caches stand, started at the head. */
  #local: Promise<Cursor>;
  #localRun: Promise<void> = Promise.resolve();
  /** Positions applied ahead of the cursor (see #applyAhead). */
  #ahead = new Set<number>();
  #sharedRun: Promise<number> | null = null;
  #again = false;
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;

  constructor(
    private readonly db: Database,
    private readonly options: FlowOptions = {},
  ) {
    this.retryBaseSeconds = options.retryBaseSeconds ?? 30;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.#local = repository.headCursor(db);
    // Read when first needed; a database not migrated yet fails then, not as an unhandled rejection now.
    this.#local.catch(() => {});
  }

  /** Where this instance's memory starts: an index built from the rows after this has every change. */
  async started(): Promise<void> {
    this.#local = this.#local.catch(() => repository.headCursor(this.db));
    await this.#local;
  }

  bind(services: Services): void {
    this.#services = services;
  }

  /** Where failures are logged (the server's logger, once the app exists). */
  reportTo(onError: NonNullable<FlowOptions['onError']>): void {
    this.options.onError = onError;
  }

  addShared<P>(consumer: SharedConsumer<P>): void {
    this.#shared.push(consumer as SharedConsumer);
  }

  onInstanceEvent(listener: InstanceListener): void {
    this.#listeners.push(listener);
  }

  addTask(task: DeliveryTask): void {
    this.#tasks.push(task);
  }

  /** Seconds before attempt `attempts + 1` of a failed delivery. */
  delayAfter(attempts: number): number {
    return Math.min(this.retryBaseSeconds * 2 ** Math.max(0, attempts - 1), LONGEST_DELAY_SECONDS);
  }

  /** After a commit: this instance's memory follows at once (awaited), shared consequences in the background. */
  async afterCommit(): Promise<void> {
    await this.catchUp();
    this.kick();
  }

  kick(): void {
    if (this.#stopped || !this.#services) return;
    void this.#runShared().catch((error: unknown) => this.#report(error, { stage: 'shared' }));
  }

  /** Applies every settled event to this instance's listeners, in order. */
  catchUp(): Promise<void> {
    this.#localRun = this.#localRun
      .then(() => this.#applyLocal())
      .catch((error: unknown) => this.#report(error, { stage: 'instance' }));
    return this.#localRun;
  }

  async #applyLocal(): Promise<void> {
    // Before its tables existed nothing could be written: the head read again then is the start.
    let cursor = await this.#local.catch(() => repository.headCursor(this.db));
    try {
      for (
        let batch = await repository.eventsAfter(this.db, cursor, BATCH);
        batch.length > 0;
        batch = await repository.eventsAfter(this.db, cursor, BATCH)
      ) {
        for (const { recorded, cursor: next } of batch) {
          if (!this.#ahead.delete(recorded.position)) await this.#toListeners(recorded);
          cursor = next;
        }
      }
    } finally {
      // A listener that failed is tried again with its event at the next catch-up.
      this.#local = Promise.resolve(cursor);
    }
    await this.#applyAhead(cursor);
  }

  /**
   * Committed events that wait behind an older running transaction (a long import) are applied at
   * once, so whoever just published sees it matched; the cursor stays, and they are not applied twice.
   */
  async #applyAhead(cursor: Cursor): Promise<void> {
    for (const { recorded } of await repository.committedAfter(this.db, cursor, BATCH)) {
      if (this.#ahead.has(recorded.position)) continue;
      await this.#toListeners(recorded);
      this.#ahead.add(recorded.position);
    }
  }

  async #toListeners(recorded: RecordedEvent): Promise<void> {
    for (const listener of this.#listeners) await listener(recorded.event);
  }

  /**
   * Until nothing is left to do now (for tests, the CLI and shutdown): also for events that wait behind a
   * transaction still running (another consumer's, on a server), at most a few seconds; retries due later
   * are not waited for.
   */
  async settled(): Promise<void> {
    const deadline = performance.now() + SETTLE_WAIT_MS;
    for (;;) {
      await this.catchUp();
      while (this.#services && (await this.#runShared()) > 0) await this.catchUp();
      if (performance.now() > deadline || !(await repository.unsettledEvents(this.db))) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  #runShared(): Promise<number> {
    if (this.#sharedRun !== null) {
      this.#again = true;
      return this.#sharedRun;
    }
    this.#sharedRun = (async () => {
      let done = 0;
      do {
        this.#again = false;
        done += await this.#passOnce();
      } while (this.#again && !this.#stopped);
      return done;
    })().finally(() => {
      this.#sharedRun = null;
    });
    return this.#sharedRun;
  }

  async #passOnce(): Promise<number> {
    const services = this.#services!;
    let done = 0;
    // Only consumers behind the head are leased: an idle instance reads, it does not write.
    const [head, cursors] = await Promise.all([repository.headCursor(this.db), repository.consumerCursors(this.db)]);
    for (const consumer of this.#shared) {
      const cursor = cursors.get(consumer.name);
      if (!cursor || before(cursor, head)) done += await this.#consume(services, consumer);
    }
    done += await this.#retryDue(services);
    for (const task of this.#tasks) done += await task(services);
    return done;
  }

  async #consume(services: Services, consumer: SharedConsumer): Promise<number> {
    let cursor = await repository.leaseConsumer(this.db, consumer.name, this.holder, LEASE_SECONDS);
    if (!cursor) return 0;
    let done = 0;
    try {
      for (
        let batch = await repository.eventsAfter(this.db, cursor, BATCH);
        batch.length > 0 && !this.#stopped;
        batch = await repository.eventsAfter(this.db, cursor, BATCH)
      ) {
        for (const { recorded, cursor: next } of batch) {
          if (consumer.handles(recorded.event)) {
            if (!(await this.#deliver(services, consumer, recorded, next))) return done;
            done += 1;
          }
          cursor = next;
        }
        if (!(await this.#advance(consumer.name, cursor))) return done;
        await repository.leaseConsumer(this.db, consumer.name, this.holder, LEASE_SECONDS);
      }
      return done;
    } finally {
      await repository.releaseConsumer(this.db, consumer.name, this.holder);
    }
  }

  #advance(name: string, cursor: Cursor): Promise<boolean> {
    return this.db.transaction().execute((tx) => repository.advanceConsumer(tx, name, this.holder, cursor));
  }

  /** Delivers one event and moves the cursor past it in the same transaction; a failure is recorded instead. False: the lease was lost. */
  async #deliver(
    services: Services,
    consumer: SharedConsumer,
    recorded: RecordedEvent,
    next: Cursor,
  ): Promise<boolean> {
    const started = performance.now();
    try {
      const prepared = consumer.prepare ? await consumer.prepare(services, recorded.event) : undefined;
      const kept = await this.db.transaction().execute(async (tx) => {
        if (!(await repository.advanceConsumer(tx, consumer.name, this.holder, next))) return false;
        await consumer.apply({ ...services, db: tx }, recorded.event, prepared);
        return true;
      });
      if (kept) this.options.onDelivered?.(consumer.name, recorded.ageMs + performance.now() - started);
      return kept;
    } catch (error) {
      this.#report(error, { consumer: consumer.name, position: recorded.position });
      return this.db.transaction().execute(async (tx) => {
        if (!(await repository.advanceConsumer(tx, consumer.name, this.holder, next))) return false;
        await repository.recordFailure(tx, {
          consumer: consumer.name,
          position: recorded.position,
          error: describe(error),
          delaySeconds: this.delayAfter(1),
          dead: this.maxAttempts <= 1,
        });
        return true;
      });
    }
  }

  async #retryDue(services: Services): Promise<number> {
    const byName = new Map(this.#shared.map((consumer) => [consumer.name, consumer]));
    const due = await repository.claimDueFailures(this.db, [...byName.keys()], LEASE_SECONDS, BATCH);
    for (const failure of due) {
      const consumer = byName.get(failure.consumer)!;
      const recorded = await repository.eventAt(this.db, failure.position);
      try {
        const prepared = consumer.prepare && recorded ? await consumer.prepare(services, recorded.event) : undefined;
        await this.db.transaction().execute(async (tx) => {
          if (recorded) await consumer.apply({ ...services, db: tx }, recorded.event, prepared);
          await repository.resolveFailure(tx, failure.consumer, failure.position);
        });
      } catch (error) {
        this.#report(error, { consumer: failure.consumer, position: failure.position, attempt: failure.attempts + 1 });
        const attempts = failure.attempts + 1;
        await repository.recordFailure(this.db, {
          consumer: failure.consumer,
          position: failure.position,
          error: describe(error),
          delaySeconds: this.delayAfter(attempts),
          dead: attempts >= this.maxAttempts,
        });
      }
    }
    return due.length;
  }

  /** Runs the flow every `intervalMs` for other instances' commits and retries that came due. */
  start(intervalMs: number): void {
    this.#timer = setInterval(() => {
      void this.catchUp().then(() => this.kick());
    }, intervalMs);
    this.#timer.unref();
  }

  /** Stops the timer and waits for the work in progress (before the database closes). */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#localRun;
    await this.#sharedRun?.catch(() => 0);
  }

  #report(error: unknown, context: Record<string, unknown>): void {
    this.options.onError?.(error, context);
  }
}

function before(a: Cursor, b: Cursor): boolean {
  const [x, y] = [BigInt(a.transactionId), BigInt(b.transactionId)];
  return x < y || (x === y && a.position < b.position);
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);
}
