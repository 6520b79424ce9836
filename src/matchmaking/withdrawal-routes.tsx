// A participant's withdrawals at a matchmaking day, each behind a confirmation page: their whole
// registration (requests and placed meetings go with it), or one request they sent while it still
// waits for an answer. Without the box ticked the page comes back saying so, and nothing changed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { withFeedback } from '../web/feedback.ts';
import { errors } from '../shared/errors.ts';
import { ownRegistration, withdrawRegistration } from './registration.ts';
import { requestsFor, withdrawRequest } from './requests.ts';
import { participantLabel } from './presenter.ts';
import { WithdrawPage } from './request-pages.tsx';

type Body = Record<string, unknown>;
const confirmed = (body: Body | undefined) => body?.confirm === 'yes';

async function registrationPage(services: Services, request: FastifyRequest, reply: FastifyReply, id: string) {
  const { event, requests } = await ownRegistration(services, request.viewer, id);
  const t = request.translator;
  const unconfirmed = request.method === 'POST';
  const page = (
    <WithdrawPage
      context={pageContext(request, reply)}
      title={t.t('matchmaking.withdraw_title', { event: event.name })}
      text={t.t('matchmaking.withdraw_text', { count: requests.length })}
      confirm={t.t('matchmaking.withdraw_confirm')}
      send={t.t('matchmaking.withdraw_send')}
      action={`/events/${id}/withdraw`}
      back={`/events/${id}/requests`}
      unconfirmed={unconfirmed}
    />
  );
  return sendPage(reply, page, unconfirmed ? 400 : 200);
}

/** The viewer's own request still waiting for an answer, with the name of whom it asks. */
async function waitingRequest(services: Services, request: FastifyRequest, id: string, requestId: string) {
  const viewer = request.viewer;
  const { names, requests } = await requestsFor(services, viewer, id);
  const found = requests.find((r) => r.id === requestId && r.status === 'requested');
  const from = found && names.get(found.from_participant);
  const to = found && names.get(found.to_participant);
  if (!from || !to || !viewer?.organisationIds.includes(from.organisation_id)) throw errors.notFound();
  return participantLabel(to);
}

async function requestPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  requestId: string,
) {
  const name = await waitingRequest(services, request, id, requestId);
  const t = request.translator;
  const unconfirmed = request.method === 'POST';
  const page = (
    <WithdrawPage
      context={pageContext(request, reply)}
      title={t.t('matchmaking.withdraw_request_title', { name })}
      text={t.t('matchmaking.withdraw_request_text', { name })}
      confirm={t.t('matchmaking.withdraw_request_confirm')}
      send={t.t('matchmaking.withdraw_request')}
      action={`/events/${id}/requests/${requestId}/withdraw`}
      back={`/events/${id}/requests`}
      unconfirmed={unconfirmed}
    />
  );
  return sendPage(reply, page, unconfirmed ? 400 : 200);
}

export function withdrawalPages(app: App, services: Services): void {
  const reading = { config: { rateLimit: readLimit }, onRequest: requireViewer };
  const writing = { config: { rateLimit: writeLimit }, onRequest: requireViewer };
  type Ids = { Params: { id: string; requestId: string }; Body: Body };

  app.get<{ Params: { id: string } }>('/events/:id/withdraw', reading, async (request, reply) =>
    registrationPage(services, request, reply, pageId(request.params.id)),
  );

  app.post<{ Params: { id: string }; Body: Body }>('/events/:id/withdraw', writing, async (request, reply) => {
    const id = pageId(request.params.id);
    if (!confirmed(request.body)) return registrationPage(services, request, reply, id);
    const { participant } = await ownRegistration(services, request.viewer, id);
    await withdrawRegistration(services, request.viewer, id, participant.id);
    return reply.redirect(withFeedback(`/events/${id}`, 'registration_withdrawn'), 303);
  });

  app.get<Ids>('/events/:id/requests/:requestId/withdraw', reading, async (request, reply) =>
    requestPage(services, request, reply, pageId(request.params.id), pageId(request.params.requestId)),
  );

  app.post<Ids>('/events/:id/requests/:requestId/withdraw', writing, async (request, reply) => {
    const id = pageId(request.params.id);
    const requestId = pageId(request.params.requestId);
    if (!confirmed(request.body)) return requestPage(services, request, reply, id, requestId);
    await withdrawRequest(services, request.viewer, id, requestId);
    return reply.redirect(withFeedback(`/events/${id}/requests`, 'request_withdrawn'), 303);
  });
}
