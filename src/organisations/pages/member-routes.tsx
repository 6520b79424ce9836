// Membership pages, working without JavaScript: the members page of an organisation with its pending
// requests, approve or refuse, a confirmation before removing a member or leaving, and the form to
// ask to join an organisation. They go through the same schemas and service as the API.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../../app-types.ts';
import { isAppError, type AppError } from '../../shared/errors.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { formToInput, parseInput } from '../../shared/validation.ts';
import { pageContext } from '../../web/context.ts';
import { sendPage } from '../../web/render.ts';
import { emptyForm } from '../../web/forms.tsx';
import { authRateLimit, requireViewer } from '../../http/guards.ts';
import { formProblems } from '../../web/form-problems.ts';
import { askToJoin, decideRequest, memberOf, membersOverview, removeMember } from '../membership-service.ts';
import { presentMember, presentMembershipRequest } from '../presenter.ts';
import { JoinRequestBody, MemberParams, MembershipDecisionBody } from '../membership-schemas.ts';
import { OrganisationParams } from '../schemas.ts';
import { ConfirmRemovalPage, JoinPage, MembersPage, type Feedback } from './members-page.tsx';

const DONE: Record<string, MessageKey> = {
  approved: 'membership.feedback.approved',
  refused: 'membership.feedback.refused',
  removed: 'membership.feedback.removed',
};

/** A refusal the person can act on (the last member, an unconfirmed address) is shown on the page itself. */
function pageProblem(error: unknown): AppError | null {
  return isAppError(error) && error.status === 409 ? error : null;
}

function formOf(request: FastifyRequest): Record<string, unknown> {
  return formToInput((request.body ?? {}) as Record<string, unknown>);
}

async function showMembers(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  organisationId: string,
  feedback: Feedback | null,
  status = 200,
) {
  const overview = await membersOverview(services.db, request.viewer, organisationId);
  return sendPage(
    reply,
    <MembersPage
      context={pageContext(request, reply)}
      organisation={overview.organisation}
      feedback={feedback}
      members={overview.members.map(presentMember)}
      requests={overview.requests.map(presentMembershipRequest)}
    />,
    status,
  );
}

async function showRemoval(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  params: { id: string; personId: string },
  feedback: Feedback | null,
  status = 200,
) {
  const { organisation, member } = await memberOf(services.db, params.id, params.personId);
  const person = { id: member.person_id, name: member.display_name };
  return sendPage(
    reply,
    <ConfirmRemovalPage
      context={pageContext(request, reply)}
      organisation={organisation}
      person={person}
      feedback={feedback}
    />,
    status,
  );
}

export function membershipPages(app: App, services: Services): void {
  managementPages(app, services);
  removalPages(app, services);
  joinPages(app, services);
}

function managementPages(app: App, services: Services): void {
  app.get(
    '/organisations/:id/members',
    { config: { page: true }, onRequest: requireViewer, schema: { params: OrganisationParams, hide: true } },
    async (request, reply) => {
      const done = DONE[pageContext(request, reply).query.get('done') ?? ''];
      return showMembers(
        services,
        request,
        reply,
        request.params.id,
        done ? { text: request.translator.t(done), problem: false } : null,
      );
    },
  );

  app.post(
    '/organisations/:id/membership-requests/:personId/decision',
    {
      config: { page: true },
      onRequest: requireViewer,
      schema: { params: MemberParams, hide: true },
    },
    async (request, reply) => {
      const { id, personId } = request.params;
      const { decision } = parseInput(MembershipDecisionBody, { decision: formOf(request).decision });
      try {
        await decideRequest(services, request.log, request.viewer, id, personId, decision);
      } catch (error) {
        const problem = pageProblem(error);
        if (!problem) throw error;
        return showMembers(
          services,
          request,
          reply,
          id,
          { text: request.translator.t(problem.messageKey), problem: true },
          problem.status,
        );
      }
      return reply.redirect(
        `/organisations/${id}/members?done=${decision === 'approve' ? 'approved' : 'refused'}`,
        303,
      );
    },
  );
}

function removalPages(app: App, services: Services): void {
  const options = { config: { page: true }, onRequest: requireViewer, schema: { params: MemberParams, hide: true } };

  app.get('/organisations/:id/members/:personId/remove', options, async (request, reply) =>
    showRemoval(services, request, reply, request.params, null),
  );

  app.post('/organisations/:id/members/:personId/remove', options, async (request, reply) => {
    const { id, personId } = request.params;
    try {
      const { left } = await removeMember(services, request.log, request.viewer, id, personId);
      return reply.redirect(left ? '/account?left=1' : `/organisations/${id}/members?done=removed`, 303);
    } catch (error) {
      const problem = pageProblem(error);
      if (!problem) throw error;
      return showRemoval(
        services,
        request,
        reply,
        request.params,
        { text: request.translator.t(problem.messageKey), problem: true },
        problem.status,
      );
    }
  });
}

function joinPages(app: App, services: Services): void {
  app.get('/account/join', { config: { page: true }, onRequest: requireViewer }, async (request, reply) =>
    sendPage(reply, <JoinPage context={pageContext(request, reply)} form={emptyForm()} />),
  );

  app.post(
    '/account/join',
    { config: { page: true, rateLimit: authRateLimit(services) }, onRequest: requireViewer },
    async (request, reply) => {
      const values = formOf(request);
      try {
        await askToJoin(
          services,
          request.log,
          request.viewer,
          parseInput(JoinRequestBody, { enterpriseNumber: values.enterpriseNumber }).enterpriseNumber,
        );
      } catch (error) {
        const problem = pageProblem(error);
        const problems = problem ? [{ field: 'enterpriseNumber', message: problem.messageKey }] : formProblems(error);
        return sendPage(
          reply,
          <JoinPage context={pageContext(request, reply)} form={{ values, problems }} />,
          problem?.status ?? 400,
        );
      }
      return reply.redirect('/account?requested=1', 303);
    },
  );
}
