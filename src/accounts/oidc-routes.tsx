// The government login (OpenID Connect). /login/oidc sends the browser to the provider with a
// fresh state, nonce and PKCE verifier kept in a short-lived signed cookie; the callback checks
// them, logs the person in and continues to the second factor or the page they came for.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import type { OidcConfig } from '../config.ts';
import { errors } from '../shared/errors.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import { emptyForm } from '../web/forms.tsx';
import { authRateLimit, requireViewer } from '../http/guards.ts';
import { authorizationRedirect, completeAuthorization, type PendingOidcLogin } from './oidc-client.ts';
import { logInWithGovernmentAccount, registerOwnOrganisation } from './oidc-service.ts';
import { setSessionCookie } from './session.ts';
import { OwnOrganisationBody } from './schemas.ts';
import { formProblems, localPath } from '../web/form-problems.ts';
import { afterLogin } from './pages/routes.tsx';
import { NoticePage } from './pages/notice-page.tsx';
import { OwnOrganisationPage } from './pages/own-organisation-page.tsx';

const PENDING_COOKIE = 'hd_oidc';
const PENDING_PATH = '/login/oidc';
const PENDING_SECONDS = 600;

function enabled(services: Services): OidcConfig {
  if (!services.config.oidc) throw errors.notFound();
  return services.config.oidc;
}

function readPending(request: FastifyRequest): PendingOidcLogin | null {
  const raw = request.cookies[PENDING_COOKIE];
  const unsigned = raw ? request.unsignCookie(raw) : null;
  if (!unsigned?.valid || !unsigned.value) return null;
  try {
    return JSON.parse(unsigned.value) as PendingOidcLogin;
  } catch {
    return null;
  }
}

function failurePage(
  request: FastifyRequest,
  reply: FastifyReply,
  message: Parameters<typeof request.translator.t>[0],
): FastifyReply {
  const context = pageContext(request, reply);
  const { t } = context;
  return sendPage(
    reply,
    <NoticePage
      context={context}
      title={t.t('account.login.title')}
      message={t.t(message)}
      link={{ href: '/login', text: t.t('nav.login') }}
    />,
    400,
  );
}

export function oidcRoutes(app: App, services: Services): void {
  app.get('/login/oidc', { config: { page: true, rateLimit: authRateLimit(services) } }, async (request, reply) => {
    const config = enabled(services);
    const next = localPath((request.query as Record<string, unknown>).next, '/my');
    const { url, pending } = await authorizationRedirect(config, next);
    reply.setCookie(PENDING_COOKIE, JSON.stringify(pending), {
      path: PENDING_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: services.config.secureCookies,
      maxAge: PENDING_SECONDS,
      signed: true,
    });
    return reply.redirect(url.href, 303);
  });

  app.get(
    '/login/oidc/callback',
    { config: { page: true, rateLimit: authRateLimit(services) } },
    async (request, reply) => {
      const config = enabled(services);
      const pending = readPending(request);
      reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
      if (!pending) return failurePage(request, reply, 'oidc.failed');
      const callbackUrl = new URL(config.redirectUri);
      callbackUrl.search = new URL(request.url, 'http://local.invalid').search;
      const claims = await completeAuthorization(config, callbackUrl, pending).catch((error: unknown) => {
        request.log.warn({ err: error }, 'government login refused');
        return null;
      });
      if (!claims) return failurePage(request, reply, 'oidc.failed');
      const login = await logInWithGovernmentAccount(services, claims, request.headers['user-agent']);
      setSessionCookie(reply, login.sessionToken, services.config.secureCookies);
      const next = login.missingOrganisation
        ? `/account/organisation?number=${encodeURIComponent(login.missingOrganisation)}`
        : pending.next;
      return reply.redirect(afterLogin(login.secondFactorPending, next), 303);
    },
  );

  ownOrganisationPages(app, services);
}

function ownOrganisationPages(app: App, services: Services): void {
  app.get('/account/organisation', { config: { page: true }, onRequest: requireViewer }, async (request, reply) => {
    const number = (request.query as Record<string, unknown>).number;
    const form = emptyForm(typeof number === 'string' ? { enterpriseNumber: number.slice(0, 30) } : {});
    return sendPage(reply, <OwnOrganisationPage context={pageContext(request, reply)} form={form} />);
  });

  app.post('/account/organisation', { config: { page: true }, onRequest: requireViewer }, async (request, reply) => {
    if (!request.viewer) throw errors.unauthenticated();
    const values = formToInput((request.body ?? {}) as Record<string, unknown>);
    try {
      const organisationId = await registerOwnOrganisation(
        services.db,
        request.viewer.id,
        parseInput(OwnOrganisationBody, values),
      );
      return reply.redirect(`/organisations/${organisationId}`, 303);
    } catch (error) {
      return sendPage(
        reply,
        <OwnOrganisationPage context={pageContext(request, reply)} form={{ values, problems: formProblems(error) }} />,
        400,
      );
    }
  });
}
