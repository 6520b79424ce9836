// The organisation API: public profiles, edits by members and admins, verification by admins, and
// the organisations of the current person. The pages are registered from ./pages/routes.tsx, members
// and requests to join from ./membership-routes.ts and ./pages/member-routes.tsx.
import type { App, Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { requireAdmin, requireViewer } from '../http/guards.ts';
import { getOrganisation, organisationsOf, updateOrganisation, verifyOrganisation } from './service.ts';
import { presentMemberOrganisation, presentPublicOrganisation } from './presenter.ts';
import {
  MemberOrganisation,
  MemberOrganisationList,
  OrganisationParams,
  OrganisationPatch,
  PublicOrganisation,
} from './schemas.ts';
import { organisationPages } from './pages/routes.tsx';
import { membershipApiRoutes } from './membership-routes.ts';
import { membershipPages } from './pages/member-routes.tsx';

const TAGS = ['organisations'];
const SESSION_SECURITY = [{ session: [] }];

export function organisationRoutes(app: App, services: Services): void {
  organisationApiRoutes(app, services);
  organisationPages(app, services);
  membershipApiRoutes(app, services);
  membershipPages(app, services);
}

function organisationApiRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'The public profile of an organisation',
        params: OrganisationParams,
        response: { 200: PublicOrganisation },
      },
    },
    async (request) => presentPublicOrganisation(await getOrganisation(services.db, request.params.id)),
  );

  app.patch(
    '/api/v1/organisations/:id',
    {
      onRequest: requireViewer,
      schema: {
        tags: TAGS,
        summary: 'Change an organisation (its members and admins; only admins change the enterprise number)',
        security: SESSION_SECURITY,
        params: OrganisationParams,
        body: OrganisationPatch,
        response: { 200: MemberOrganisation },
      },
    },
    async (request) => {
      const row = await updateOrganisation(services, request.viewer, request.params.id, request.body, services.now());
      return presentMemberOrganisation(row);
    },
  );

  app.post(
    '/api/v1/organisations/:id/verify',
    {
      onRequest: requireAdmin,
      schema: {
        tags: TAGS,
        summary: 'Mark an organisation as verified (admins)',
        security: SESSION_SECURITY,
        params: OrganisationParams,
        response: { 200: MemberOrganisation },
      },
    },
    async (request) =>
      presentMemberOrganisation(
        await verifyOrganisation(services.db, request.viewer, request.params.id, services.now()),
      ),
  );

  app.get(
    '/api/v1/me/organisations',
    {
      onRequest: requireViewer,
      schema: {
        tags: TAGS,
        summary: 'The organisations the current person belongs to',
        security: SESSION_SECURITY,
        response: { 200: MemberOrganisationList },
      },
    },
    async (request) => {
      if (!request.viewer) throw errors.unauthenticated();
      return { items: (await organisationsOf(services.db, request.viewer.id)).map(presentMemberOrganisation) };
    },
  );
}
