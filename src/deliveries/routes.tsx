// The administrators' deliveries page and its replay actions: a replay makes a failed delivery or an
// unsent e-mail due again now, then sends the administrator back to the page with what happened.
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { pageId } from '../web/form-handling.ts';
import { errors } from '../shared/errors.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { replayMail, unsentMails } from '../notifications/outgoing-repository.ts';
import { consumerStates, listFailures, replayFailure } from '../events/repository.ts';
import { listJobs } from '../events/job-repository.ts';
import { DELIVERIES_PAGE, DeliveriesPage, REPLAY_OUTCOMES, type ReplayOutcome } from './page.tsx';

/** Only the outcomes the page knows are shown; anything else in the address is ignored. */
function replayedOf(query: unknown): ReplayOutcome | null {
  const value = (query as Record<string, unknown> | undefined)?.replayed;
  return REPLAY_OUTCOMES.find((outcome) => outcome === value) ?? null;
}

/** Event positions in an address: a positive whole number, or the page is simply not found. */
function positionOf(value: string): number {
  if (!/^[1-9]\d{0,17}$/.test(value)) throw errors.notFound();
  return Number(value);
}

const outcomeAddress = (outcome: ReplayOutcome) => `${DELIVERIES_PAGE}?replayed=${outcome}`;

export function deliveryAdminRoutes(app: App, services: Services): void {
  app.get(
    DELIVERIES_PAGE,
    { config: { page: true, rateLimit: readLimit }, onRequest: requireAdmin },
    async (request, reply) => {
      const [consumers, failures, mails, jobs] = await Promise.all([
        consumerStates(services.db),
        listFailures(services.db),
        unsentMails(services.db),
        listJobs(services.db),
      ]);
      const page = (
        <DeliveriesPage
          context={pageContext(request, reply)}
          consumers={consumers}
          failures={failures}
          mails={mails}
          jobs={jobs}
          replayed={replayedOf(request.query)}
        />
      );
      return sendPage(reply, page);
    },
  );

  app.post<{ Params: { consumer: string; position: string } }>(
    `${DELIVERIES_PAGE}/failures/:consumer/:position/replay`,
    {
      config: { page: true, rateLimit: writeLimit },
      onRequest: requireAdmin,
    },
    async (request, reply) => {
      const replayed = await replayFailure(services.db, request.params.consumer, positionOf(request.params.position));
      // The flow picks up due failures on its next pass; nudging it makes the replay happen now.
      if (replayed) services.events.kick();
      return reply.redirect(outcomeAddress(replayed ? 'delivery' : 'gone'), 303);
    },
  );

  app.post<{ Params: { id: string } }>(
    `${DELIVERIES_PAGE}/mails/:id/replay`,
    {
      config: { page: true, rateLimit: writeLimit },
      onRequest: requireAdmin,
    },
    async (request, reply) => {
      const replayed = await replayMail(services.db, pageId(request.params.id));
      if (replayed) services.events.kick();
      return reply.redirect(outcomeAddress(replayed ? 'mail' : 'gone'), 303);
    },
  );
}
