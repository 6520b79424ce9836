// Liveness says the process answers; readiness says it can serve: database reachable, migrations
// applied, and not shutting down.
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { pendingMigrations } from '../db/migrate.ts';

const Health = Type.Object({ status: Type.String() });
const Readiness = Type.Object({
  status: Type.String(),
  database: Type.Boolean(),
  migrations: Type.Boolean(),
  draining: Type.Boolean(),
});

export function healthRoutes(app: App, services: Services): void {
  app.get('/health', { schema: { response: { 200: Health } } }, async () => ({ status: 'ok' }));

  app.get('/ready', { schema: { response: { 200: Readiness, 503: Readiness } } }, async (_request, reply) => {
    const database = await sql`select 1`.execute(services.db).then(
      () => true,
      () => false,
    );
    const migrations =
      database &&
      (await pendingMigrations(services.db).then(
        (p) => p.length === 0,
        () => false,
      ));
    const ready = database && migrations && !services.state.draining;
    return reply
      .status(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'not_ready', database, migrations, draining: services.state.draining });
  });
}
