// A member's registration form, and the meeting requests page of a matchmaking day with its forms (ask
// for a meeting, accept, decline); each post answered with a redirect to the page with feedback, or the
// page again with the problems at their fields. The organiser's pages and the withdrawals join here.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { withFeedback } from '../web/feedback.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { emptyForm, type FormState } from '../web/forms.tsx';
import { isAppError } from '../shared/errors.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { decideRequest, requestMeeting, requestsFor } from './requests.ts';
import { registerParticipant, registrationChoices } from './registration.ts';
import { RegistrationPage } from './registration-page.tsx';
import { organiserPages } from './organiser-routes.tsx';
import { withdrawalPages } from './withdrawal-routes.tsx';
import { presentEvent, presentParticipant, presentRequest } from './presenter.ts';
import { DecisionInput, ParticipantInput, RequestInput } from './schemas.ts';
import { RequestsPage } from './request-pages.tsx';

type Body = Record<string, unknown>;

async function requestsPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form: FormState,
) {
  const viewer = request.viewer;
  const { event, names, requests } = await requestsFor(services, viewer, id);
  const presented = requests.map((r) => presentRequest(r, event, names));
  const participants = [...names.values()];
  const own = participants.find((p) => p.person_id === viewer?.id);
  const mine = new Set(
    participants.filter((p) => viewer?.organisationIds.includes(p.organisation_id)).map((p) => p.id),
  );
  const view = {
    event: presentEvent(event, services.config.baseUrl, services.now()),
    received: presented.filter((r) => mine.has(r.toParticipantId)),
    sent: presented.filter((r) => mine.has(r.fromParticipantId)),
    own: own ? presentParticipant(own) : null,
    others: participants.filter((p) => own && p.organisation_id !== own.organisation_id).map(presentParticipant),
  };
  return sendPage(
    reply,
    <RequestsPage context={pageContext(request, reply)} view={view} form={form} />,
    form.problems.length ? 400 : 200,
  );
}

const ITEM_LISTS = ['challengeIds', 'solutionIds', 'availableSlots'] as const;

async function registrationPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
  form: FormState,
) {
  const choices = await registrationChoices(services, request.viewer, id);
  return sendPage(
    reply,
    <RegistrationPage
      context={pageContext(request, reply)}
      event={presentEvent(choices.event, services.config.baseUrl, services.now())}
      organisationId={choices.organisationId}
      challenges={choices.challenges}
      solutions={choices.solutions}
      form={form}
    />,
    form.problems.length ? 400 : 200,
  );
}

function registrationRoutes(app: App, services: Services) {
  app.get<{ Params: { id: string } }>(
    '/events/:id/register',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => registrationPage(services, request, reply, pageId(request.params.id), emptyForm()),
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/events/:id/register',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const values = formToInput(request.body, ITEM_LISTS);
      try {
        const input = parseInput(ParticipantInput, { seeks: '', offers: '', ...values });
        await registerParticipant(services, request.viewer, id, input);
        return reply.redirect(withFeedback(`/events/${id}/requests`, 'registered'), 303);
      } catch (error) {
        if (!isAppError(error) || error.id !== 'validation_failed') throw error;
        return registrationPage(services, request, reply, id, { values, problems: error.fields });
      }
    },
  );
}

export function matchmakingRequestPages(app: App, services: Services): void {
  registrationRoutes(app, services);
  organiserPages(app, services);
  withdrawalPages(app, services);
  app.get<{ Params: { id: string } }>(
    '/events/:id/requests',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => requestsPage(services, request, reply, pageId(request.params.id), emptyForm()),
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/events/:id/requests',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const values = formToInput(request.body);
      try {
        await requestMeeting(services, request.viewer, id, parseInput(RequestInput, values));
        return reply.redirect(withFeedback(`/events/${id}/requests`, 'request_sent'), 303);
      } catch (error) {
        if (!isAppError(error) || error.id !== 'validation_failed') throw error;
        return requestsPage(services, request, reply, id, { values, problems: error.fields });
      }
    },
  );

  app.post<{ Params: { id: string; requestId: string }; Body: Body }>(
    '/events/:id/requests/:requestId/decision',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const { decision } = parseInput(DecisionInput, formToInput(request.body));
      await decideRequest(services, request.viewer, id, pageId(request.params.requestId), decision);
      return reply.redirect(withFeedback(`/events/${id}/requests`, 'request_answered'), 303);
    },
  );
}
