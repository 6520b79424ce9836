// The membership API: an organisation's members and pending requests, deciding on a request,
// removing a member or leaving, and one's own requests to join. The pages are in ./pages/member-routes.tsx.
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { requireViewer } from '../http/guards.ts';
import {
  askToJoin,
  decideRequest,
  membersOverview,
  ownRequests,
  removeMember,
  type MembersOverview,
} from './membership-service.ts';
import { presentMember, presentMembershipRequest, presentOwnRequest } from './presenter.ts';
import {
  JoinRequestBody,
  MemberList,
  MemberParams,
  MembershipDecisionBody,
  OwnMembershipRequest,
  OwnMembershipRequestList,
} from './membership-schemas.ts';
import { OrganisationParams } from './schemas.ts';

const TAGS = ['organisations'];
const SESSION_SECURITY = [{ session: [] }];
const NoContent = Type.Null({ description: 'Done; no content.' });

function presentOverview(overview: MembersOverview): MemberList {
  return { members: overview.members.map(presentMember), requests: overview.requests.map(presentMembershipRequest) };
}

export function membershipApiRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/organisations/:id/members',
    {
      onRequest: requireViewer,
      schema: {
        tags: TAGS,
        summary:
          'The members of an organisation and the requests to join it (its members with a confirmed e-mail address, ambassadors, admins)',
        security: SESSION_SECURITY,
        params: OrganisationParams,
        response: { 200: MemberList },
      },
    },
    async (request) => presentOverview(await membersOverview(services.db, request.viewer, request.params.id)),
  );

  app.post(
    '/api/v1/organisations/:id/membership-requests/:personId/decision',
    {
      onRequest: requireViewer,
      schema: {
        tags: TAGS,
        summary:
          'Approve or refuse a request to join (as for the member list; a request is approved once its e-mail address is confirmed)',
        security: SESSION_SECURITY,
        params: MemberParams,
        body: MembershipDecisionBody,
        response: { 200: MemberList },
      },
    },
    async (request) => {
      const { id, personId } = request.params;
      await decideRequest(services, request.log, request.viewer, id, personId, request.body.decision);
      return presentOverview(await membersOverview(services.db, request.viewer, id));
    },
  );

  app.delete(
    '/api/v1/organisations/:id/members/:personId',
    {
      onRequest: requireViewer,
      schema: {
        tags: TAGS,
        summary: 'Remove a member, or leave with one’s own id; the last member stays unless an admin removes them',
        security: SESSION_SECURITY,
        params: MemberParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await removeMember(services, request.log, request.viewer, request.params.id, request.params.personId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/membership-requests',
    {
      onRequest: requireViewer,
      schema: {
        tags: TAGS,
        summary: 'The current person’s requests to join, while they wait',
        security: SESSION_SECURITY,
        response: { 200: OwnMembershipRequestList },
      },
    },
    async (request) => {
      if (!request.viewer) throw errors.unauthenticated();
      return { items: (await ownRequests(services.db, request.viewer.id)).map(presentOwnRequest) };
    },
  );

  app.post(
    '/api/v1/me/membership-requests',
    {
      onRequest: requireViewer,
      schema: {
        tags: TAGS,
        summary: 'Ask to join a registered organisation by its enterprise number; its members are told and decide',
        security: SESSION_SECURITY,
        body: JoinRequestBody,
        response: { 201: OwnMembershipRequest },
      },
    },
    async (request, reply) => {
      if (!request.viewer) throw errors.unauthenticated();
      const organisation = await askToJoin(services, request.log, request.viewer, request.body.enterpriseNumber);
      const own = (await ownRequests(services.db, request.viewer.id)).find(
        (r) => r.organisation_id === organisation.id,
      );
      if (!own) throw errors.notFound();
      return reply.status(201).send(presentOwnRequest(own));
    },
  );
}
