// The account API: registration, sessions, the current person, e-mail verification and password
// resets. The HTML pages for the same flows are registered from ./pages/routes.tsx.
import { secondFactorAdminRoutes } from './second-factor-admin-routes.tsx';
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { errors } from '../shared/errors.ts';
import { organisationsOf } from '../organisations/service.ts';
import { accountPages } from './pages/routes.tsx';
import { secondFactorRoutes } from './second-factor-routes.tsx';
import { oidcRoutes } from './oidc-routes.tsx';
import { sessionRoutes } from './session-routes.tsx';
import { authRateLimit, requireSession, requireViewer } from '../http/guards.ts';
import { register } from './service.ts';
import { logIn } from './login-service.ts';
import { verifySecondFactor } from './second-factor.ts';
import { requestPasswordReset, resetPassword, verifyEmail } from './recovery-service.ts';
import { endSession } from './session.ts';
import { presentPerson, presentViewer } from './presenter.ts';
import {
  Accepted,
  EmailVerificationBody,
  LoginBody,
  PasswordResetBody,
  PasswordResetRequestBody,
  PersonView,
  RegistrationBody,
  SecondFactorBody,
  SessionCreated,
} from './schemas.ts';

const TAGS = ['accounts'];
const SESSION_SECURITY = [{ session: [] }];
const NoContent = Type.Null({ description: 'Done; no content.' });

export function accountRoutes(app: App, services: Services): void {
  accountApiRoutes(app, services);
  accountPages(app, services);
  secondFactorRoutes(app, services);
  oidcRoutes(app, services);
  sessionRoutes(app, services);
  secondFactorAdminRoutes(app, services);
}

function accountApiRoutes(app: App, services: Services): void {
  app.post(
    '/api/v1/accounts',
    {
      config: { rateLimit: authRateLimit(services) },
      schema: {
        tags: TAGS,
        summary:
          'Register a person with a new organisation, or with a request to join an existing one that its members approve, and log them in',
        body: RegistrationBody,
        response: { 201: SessionCreated },
      },
    },
    async (request, reply) => {
      const result = await register(services, request.log, request.body);
      return reply
        .status(201)
        .send({ token: result.sessionToken, person: presentPerson(result.person, result.organisationIds) });
    },
  );

  app.post(
    '/api/v1/sessions',
    {
      config: { rateLimit: authRateLimit(services) },
      schema: {
        tags: TAGS,
        summary: 'Log in and receive a session token',
        body: LoginBody,
        response: { 201: SessionCreated },
      },
    },
    async (request, reply) => {
      const { person, sessionToken, secondFactorPending } = await logIn(
        services,
        request.log,
        request.body,
        request.headers['user-agent'],
      );
      const organisations = await organisationsOf(services.db, person.id);
      return reply.status(201).send({
        token: sessionToken,
        person: presentPerson(
          person,
          organisations.map((o) => o.id),
        ),
        secondFactorRequired: secondFactorPending,
      });
    },
  );

  app.post(
    '/api/v1/sessions/current/second-factor',
    {
      onRequest: requireSession,
      config: { rateLimit: authRateLimit(services) },
      schema: {
        tags: TAGS,
        summary: 'Complete a session that waits for its second factor (ambassadors, admins, anyone who enrolled one)',
        security: SESSION_SECURITY,
        body: SecondFactorBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const viewer = request.pendingViewer;
      if (viewer) await verifySecondFactor(services, request.log, viewer, request.body.code);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/sessions/current',
    {
      onRequest: requireSession,
      schema: {
        tags: TAGS,
        summary: 'Log out: revoke the session of this token',
        security: SESSION_SECURITY,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const viewer = request.viewer ?? request.pendingViewer;
      if (!viewer) throw errors.unauthenticated();
      await endSession(services.db, viewer);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      onRequest: requireViewer,
      schema: {
        tags: TAGS,
        summary: 'The person this session belongs to',
        security: SESSION_SECURITY,
        response: { 200: PersonView },
      },
    },
    async (request) => {
      if (!request.viewer) throw errors.unauthenticated();
      return presentViewer(request.viewer);
    },
  );

  app.post(
    '/api/v1/email-verifications',
    {
      config: { rateLimit: authRateLimit(services) },
      schema: {
        tags: TAGS,
        summary: 'Confirm an e-mail address with the token from the verification e-mail',
        body: EmailVerificationBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await verifyEmail(services, request.body.token);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/password-resets',
    {
      config: { rateLimit: authRateLimit(services) },
      schema: {
        tags: TAGS,
        summary: 'Ask for a password reset link (the answer is the same whether or not the address is registered)',
        body: PasswordResetRequestBody,
        response: { 202: Accepted },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(services, request.log, request.body.email);
      return reply.status(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/api/v1/password-resets/confirm',
    {
      config: { rateLimit: authRateLimit(services) },
      schema: {
        tags: TAGS,
        summary: 'Set a new password with the token from the reset e-mail; every session of the person is revoked',
        body: PasswordResetBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await resetPassword(services, request.body);
      return reply.status(204).send(null);
    },
  );
}
