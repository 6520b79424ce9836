// The administrators' deliveries page and its replay actions: a replay makes a failed delivery or an
// unsent e-mail due again now, then sends the administrator back to the page with what happened.
import type { App, Services } from '../app-types.ts';
import { requireAdmin } from '../http/guards.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { pageId } from '../web/form-handling.ts';
import { errors } from '../shared/errors.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { deliveriesOverview, replayDelivery, replayUnsentMail } from './service.ts';
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
      const overview = await deliveriesOverview(services);
      const page = (
        <DeliveriesPage context={pageContext(request, reply)} {...overview} replayed={replayedOf(request.query)} />
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
      const replayed = await replayDelivery(services, request.params.consumer, positionOf(request.params.position));
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
      const replayed = await replayUnsentMail(services, pageId(request.params.id));
      return reply.redirect(outcomeAddress(replayed ? 'mail' : 'gone'), 303);
    },
  );
}
