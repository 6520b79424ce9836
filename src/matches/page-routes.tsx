// Match pages: one match with its timeline, and the decision and outcome forms posted from it, each
// answered with a redirect to the match page carrying what was done.
import type { App, Services } from '../app-types.ts';
import { requireAmbassador, requireViewer } from '../http/guards.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { pageId } from '../web/form-handling.ts';
import { withFeedback, type Feedback } from '../web/feedback.ts';
import type { MatchStatus } from '../db/schema.ts';
import type { Viewer } from '../shared/viewer.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { DecisionInput, OutcomeInput } from './schemas.ts';
import * as service from './service.ts';
import { presentMatch } from './presenter.ts';
import { isAppError } from '../shared/errors.ts';
import { MatchPage } from './match-page.tsx';

type Body = Record<string, unknown>;

/** The message after a decision: a repeated one (a double click) changed nothing and says so. */
function feedbackOf(status: MatchStatus, changed: boolean): Feedback {
  if (!changed) return 'already_decided';
  if (status === 'declined') return 'declined';
  return status === 'accepted' ? 'accepted_both' : 'accepted';
}

/** An answer from a page left open until the match expired is told so, not shown an error page. */
async function expiredMeanwhile(
  services: Services,
  viewer: Viewer | null,
  id: string,
  error: unknown,
): Promise<Feedback> {
  if (
    isAppError(error) &&
    error.id === 'invalid_transition' &&
    (await service.readableMatch(services, viewer, id)).match.status === 'expired'
  )
    return 'expired';
  throw error;
}

/**
 * How many messages of the match's conversation the reader has not read, or null when they take no part
 * in one; given by the conversations area, which sits above this one.
 */
export type UnreadMessages = (services: Services, viewer: Viewer | null, matchId: string) => Promise<number | null>;

export function matchPages(app: App, services: Services, unreadMessages: UnreadMessages = async () => null): void {
  app.get<{ Params: { id: string } }>(
    '/matches/:id',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const parties = await service.readableMatch(services, request.viewer, pageId(request.params.id));
      const match = await presentMatch(services, parties, request.viewer, request.translator);
      return sendPage(
        reply,
        <MatchPage
          context={pageContext(request, reply)}
          match={match}
          expiryDays={services.config.reminders.matchExpiryDays}
          unreadMessages={await unreadMessages(services, request.viewer, match.id)}
        />,
      );
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/matches/:id/decision',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const input = parseInput(DecisionInput, formToInput(request.body));
      const feedback = await service.decide(services, request.viewer, id, input).then(
        ({ match, changed }) => feedbackOf(match.status, changed),
        (error: unknown) => expiredMeanwhile(services, request.viewer, id, error),
      );
      return reply.redirect(withFeedback(`/matches/${id}`, feedback), 303);
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/matches/:id/outcome',
    { config: { rateLimit: writeLimit }, onRequest: requireAmbassador },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const input = parseInput(OutcomeInput, formToInput(request.body));
      await service.recordOutcome(services, request.viewer, id, input.outcome, input.note);
      return reply.redirect(withFeedback(`/matches/${id}`, 'outcome'), 303);
    },
  );
}
