// One process per core on a PostgreSQL server: the primary keeps INSTANCES workers serving the same
// port, starts a new one when one dies, and passes a stop signal on to all of them. Each worker keeps
// its own matching index in step through the database, as separate machines would.
import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.ts';
import type { ProcessLog } from './process-log.ts';

/** PGlite is one process's database: several instances need a PostgreSQL server. */
export function instancesFor(config: Config, log: ProcessLog): number {
  if (config.instances <= 1) return 1;
  if (config.databaseUrl.startsWith('pglite:')) {
    log.warn(
      `INSTANCES=${config.instances} needs a PostgreSQL server (DATABASE_URL=postgres://…); running one instance on PGlite`,
    );
    return 1;
  }
  return config.instances;
}

export function runInstances(config: Config, count: number, log: ProcessLog): Promise<number> {
  // Every worker must sign and check cookies with the same secret.
  const env = { COOKIE_SECRET: config.cookieSecret };
  let stopping = false;
  return new Promise((resolve) => {
    const start = (): void => {
      const worker: Worker = cluster.fork(env);
      let served = false;
      worker.once('listening', () => {
        served = true;
      });
      worker.on('exit', (code, signal) => {
        if (stopping) return;
        log.error({ instance: worker.process.pid, signal, code }, 'instance stopped');
        // One that dies before it ever listened is failing to start: stop rather than start it again and again.
        if (served) start();
        else stop('SIGTERM', 1);
      });
    };
    const stop = (signal: NodeJS.Signals, code: number): void => {
      if (stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
      let running = workers.length;
      if (running === 0) resolve(code);
      for (const worker of workers) {
        worker.once('exit', () => {
          running -= 1;
          if (running === 0) resolve(code);
        });
        worker.process.kill(signal);
      }
    };
    for (let index = 0; index < count; index += 1) start();
    process.on('SIGTERM', () => stop('SIGTERM', 0));
    process.on('SIGINT', () => stop('SIGTERM', 0));
  });
}
