// "How did it go?" after a matchmaking meeting, in the API and as the agenda page's form: a participant
// of a held meeting says next step (with a challenge and solution pair, which becomes a match) or not a fit.
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody } from '../http/schemas.ts';
import { writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { withFeedback } from '../web/feedback.ts';
import { errors, isAppError } from '../shared/errors.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { agendaOf } from './agenda.ts';
import { recordFollowUp } from './follow-ups.ts';
import { FollowUpInput, FollowUpResult } from './follow-up-schemas.ts';
import { AgendaPage } from './pages.tsx';
import { RequestParams } from './schemas.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page's radio button carries the pair as "challengeId:solutionId"; a malformed one is a problem at the pair. */
function formInput(body: Record<string, unknown>): FollowUpInput {
  const values = formToInput(body);
  const pair = typeof values.pair === 'string' ? values.pair.split(':') : [];
  const [challengeId, solutionId] = pair;
  if (pair.length > 0 && (pair.length !== 2 || !UUID.test(challengeId ?? '') || !UUID.test(solutionId ?? '')))
    throw errors.validation([{ field: 'pair', message: 'matchmaking.error_pair' }]);
  return parseInput(FollowUpInput, {
    outcome: values.outcome,
    ...(challengeId && solutionId ? { challengeId, solutionId } : {}),
  });
}

export function followUpRoutes(app: App, services: Services): void {
  app.post<{ Params: { id: string; requestId: string }; Body: FollowUpInput }>(
    '/api/v1/events/:id/requests/:requestId/follow-up',
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        operationId: 'recordEventFollowUp',
        tags: ['matchmaking'],
        summary: 'Say how a matchmaking meeting went',
        description:
          'Once, for either participant of the meeting (404 for anyone else), after it was held (409 before, or ' +
          'when recorded as missed or already answered). A next step names one of the agenda’s `pairs` (400 for ' +
          'another; with one pair it may be left out): the pair’s match, of origin `event`, is created or the ' +
          'existing one linked, and counts as the caller’s side accepting it. The other side accepts as usual; ' +
          'when both participants said next step for the same pair, it is accepted by both.',
        params: RequestParams,
        body: FollowUpInput,
        response: { 201: FollowUpResult, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { id, requestId } = request.params;
      return reply.status(201).send(await recordFollowUp(services, request.viewer, id, requestId, request.body));
    },
  );

  app.post<{ Params: { id: string; requestId: string }; Body: Record<string, unknown> }>(
    '/events/:id/agenda/:requestId/follow-up',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer, schema: { hide: true } },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const requestId = pageId(request.params.requestId);
      const values = formToInput(request.body);
      try {
        await recordFollowUp(services, request.viewer, id, requestId, formInput(request.body));
        return reply.redirect(withFeedback(`/events/${id}/agenda`, 'matchmaking_follow_up'), 303);
      } catch (error) {
        if (!isAppError(error) || error.id !== 'validation_failed') throw error;
        const agenda = await agendaOf(services, request.viewer, id);
        const failed = { requestId, form: { values, problems: error.fields } };
        return sendPage(
          reply,
          <AgendaPage context={pageContext(request, reply)} agenda={agenda} failed={failed} />,
          400,
        );
      }
    },
  );
}
