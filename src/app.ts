// Builds the HTTP application: security plugins, the reader's language and session, error
// handling, and the routes of each area of the domain.
import Fastify from 'fastify';
import formbody from '@fastify/formbody';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { fileURLToPath } from 'node:url';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App, RouteEntry, Services } from './app-types.ts';
import { trustProxyOption } from './config.ts';
import { createTranslator, negotiateLocale } from './i18n/translator.ts';
import { identifyRequest } from './accounts/session.ts';
import { handleFrameworkError, registerErrorHandling } from './web/error-handling.tsx';
import { registerPublicCache } from './web/public-cache.ts';
import { registerPrivateCache } from './web/private-cache.ts';
import { echoRequestId, requestIdOptions, requestLogOptions, type LogStream } from './web/request-log.ts';
import { registerMetrics } from './operations/metrics.ts';
import { healthRoutes } from './health/routes.ts';
import { accountRoutes } from './accounts/routes.tsx';
import { itemRoutes } from './item-pages/register.ts';
import { cataloguePages } from './catalogue/routes.tsx';
import { reviewRoutes } from './review/routes.tsx';
import { auditRoutes } from './audit/routes.tsx';
import { organisationRoutes } from './organisations/routes.ts';
import { openApiOptions, openApiRoutes } from './api/openapi.ts';
import { apiDocsPage } from './api/docs-page.tsx';
import { matchingRoutes } from './matching/routes.ts';
import { accessibilityRoutes } from './accessibility/routes.tsx';
import { openDataRoutes } from './opendata/routes.ts';
import { feedRoutes } from './feeds/routes.ts';
import { ldesRoutes } from './ldes/routes.ts';
import { importRoutes } from './imports/routes.tsx';
import { publiccodeRoutes } from './publiccode/routes.ts';
import { federationRoutes } from './federation/routes.ts';
import { federationPages } from './federation/pages.tsx';
import { deliveryAdminRoutes } from './deliveries/routes.tsx';
import { indicatorRoutes } from './indicators/routes.tsx';
import { matchRecordRoutes } from './matches/routes.ts';
import { matchPages } from './matches/page-routes.tsx';
import { matchFormRoutes } from './matches/item-form-routes.tsx';
import { inboxRoutes } from './matches/inbox-routes.tsx';
import { conversationRoutes } from './conversations/routes.ts';
import { conversationPages } from './conversations/page-routes.tsx';
import { unreadFor } from './conversations/service.ts';
import { meetingRoutes } from './meetings/routes.ts';
import { meetingPages } from './meetings/page-routes.tsx';
import { matchmakingRoutes } from './matchmaking/routes.ts';
import { matchmakingRequestRoutes } from './matchmaking/request-routes.ts';
import { matchmakingPages } from './matchmaking/page-routes.tsx';
import { matchmakingRequestPages } from './matchmaking/request-page-routes.tsx';
import { followUpRoutes } from './matchmaking/follow-up-routes.tsx';
import { callRoutes } from './calls/routes.ts';
import { callPages } from './calls/page-routes.tsx';
import { responseRoutes } from './calls/responses-routes.ts';
import { responsePages } from './calls/responses-page-routes.tsx';
import { evaluationRoutes } from './calls/evaluation-routes.ts';
import { evaluationPages } from './calls/evaluation-page-routes.tsx';
import { callPublicationRoutes } from './calls/publication-routes.ts';
import { registerAttention } from './attention/hook.ts';
import { workQueueRoutes } from './workqueue/routes.tsx';
import { notificationRoutes } from './notifications/routes.tsx';
import { followRoutes } from './follows/routes.ts';
import { privacyApiRoutes } from './privacy/routes.ts';
import { privacyPageRoutes } from './privacy/pages.tsx';
import { apiKeyRoutes } from './api-keys/routes.ts';
import { exportRoutes } from './exports/routes.ts';
import { registerNullCharacterGuard } from './security/null-characters.ts';
import { registerCsrfCheck } from './security/csrf.ts';
import { registerApiKeyCheck } from './api-keys/credentials.ts';
import { allowListed } from './http/rate-limits.ts';
import { AJV_OPTIONS } from './shared/validation.ts';

const STATIC_ROOT = fileURLToPath(new URL('../public', import.meta.url));
const LANGUAGE_COOKIE = 'hd_lang';

export async function buildApp(services: Services, options: { logStream?: LogStream } = {}): Promise<App> {
  const app = Fastify({
    logger: requestLogOptions(services.config.logLevel, options.logStream),
    ...requestIdOptions(),
    // Off unless TRUST_PROXY names the proxies: request.ip, the key of every rate limit, is then the real client.
    trustProxy: trustProxyOption(services.config.trustProxy),
    bodyLimit: 1_048_576,
    frameworkErrors: handleFrameworkError,
    ajv: { customOptions: AJV_OPTIONS },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, schema: route.schema });
  });
  app.decorate('routeTable', routeTable);
  echoRequestId(app);
  registerMetrics(app, services.config);
  await registerSecurity(app, services);
  await app.register(swagger, openApiOptions(services.config));
  await app.register(fastifyStatic, { root: STATIC_ROOT, prefix: '/static/', maxAge: '1h' });
  registerRequestContext(app, services);
  registerPublicCache(app, services.events);
  registerPrivateCache(app);
  registerErrorHandling(app);
  registerAttention(app, services);

  healthRoutes(app, services);
  openApiRoutes(app);
  apiDocsPage(app);
  accountRoutes(app, services);
  organisationRoutes(app, services);
  itemRoutes(app, services);
  cataloguePages(app, services);
  reviewRoutes(app, services);
  matchingRoutes(app, services);
  accessibilityRoutes(app, services);
  matchRecordRoutes(app, services);
  matchPages(app, services, unreadFor);
  matchFormRoutes(app, services);
  inboxRoutes(app, services);
  conversationRoutes(app, services);
  conversationPages(app, services);
  meetingRoutes(app, services);
  meetingPages(app, services);
  matchmakingRoutes(app, services);
  matchmakingRequestRoutes(app, services);
  matchmakingPages(app, services);
  matchmakingRequestPages(app, services);
  followUpRoutes(app, services);
  callRoutes(app, services);
  callPages(app, services);
  responseRoutes(app, services);
  responsePages(app, services);
  evaluationRoutes(app, services);
  evaluationPages(app, services);
  callPublicationRoutes(app, services);
  workQueueRoutes(app, services);
  notificationRoutes(app, services);
  followRoutes(app, services);
  services.events.reportTo((error, context) => app.log.error({ err: error, ...context }, 'event delivery failed'));
  app.addHook('onClose', () => services.events.stop());
  auditRoutes(app, services);
  privacyApiRoutes(app, services);
  privacyPageRoutes(app, services);
  openDataRoutes(app, services);
  feedRoutes(app, services);
  ldesRoutes(app, services);
  importRoutes(app, services);
  publiccodeRoutes(app, services);
  apiKeyRoutes(app, services);
  exportRoutes(app, services);
  federationRoutes(app, services);
  federationPages(app, services);
  deliveryAdminRoutes(app, services);
  indicatorRoutes(app, services);
  return app;
}

async function registerSecurity(app: App, services: Services): Promise<void> {
  const secure = services.config.secureCookies;
  await app.register(cookie, { secret: services.config.cookieSecret });
  await app.register(formbody);
  registerApiKeyCheck(app, services);
  registerNullCharacterGuard(app);
  await app.register(csrf, { cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    hsts: { maxAge: 31_536_000, includeSubDomains: true },
  });
  const exempt = services.config.rateLimitAllowList;
  await app.register(rateLimit, { global: false, ...(exempt.length > 0 ? { allowList: allowListed(exempt) } : {}) });
  registerCsrfCheck(app);
}

function registerRequestContext(app: App, services: Services): void {
  app.decorateRequest('viewer', null);
  app.decorateRequest('pendingViewer', null);
  app.decorateRequest('translator', undefined as never);
  app.decorateRequest('attention', null);
  app.addHook('onRequest', async (request, reply) => {
    const chosen = (request.query as Record<string, unknown> | undefined)?.lang;
    if (typeof chosen === 'string' && ['nl', 'fr', 'en'].includes(chosen)) {
      reply.setCookie(LANGUAGE_COOKIE, chosen, { path: '/', sameSite: 'lax', maxAge: 31_536_000 });
    }
    await identifyRequest(services.db, request, services.now());
    // API clients state their language per request; people keep the language they chose.
    const preferred = request.url.startsWith('/api/') ? undefined : request.viewer?.locale;
    const locale = negotiateLocale(
      chosen ?? request.cookies[LANGUAGE_COOKIE] ?? preferred,
      request.headers['accept-language'],
    );
    request.translator = createTranslator(locale);
  });
}
