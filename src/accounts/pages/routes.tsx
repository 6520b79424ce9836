// The account pages: register, log in and out, confirm an e-mail address, recover a password, and
// the person's own page. Form posts are checked against the same schemas as the API.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../../app-types.ts';
import { errors, isAppError, type FieldProblem } from '../../shared/errors.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { formToInput, parseInput } from '../../shared/validation.ts';
import { withCompletedWebsite } from '../../shared/web-address.ts';
import { pageContext } from '../../web/context.ts';
import { sendPage } from '../../web/render.ts';
import { emptyForm, type FormState } from '../../web/forms.tsx';
import { organisationProblems, organisationsOf } from '../../organisations/service.ts';
import { passwordProblems } from '../passwords.ts';
import { presentMemberOrganisation, presentOwnRequest } from '../../organisations/presenter.ts';
import { ownRequests } from '../../organisations/membership-service.ts';
import { authRateLimit, requireViewer } from '../../http/guards.ts';
import { newOrganisationProblems, register } from '../service.ts';
import { logIn } from '../login-service.ts';
import { hasSecondFactor } from '../second-factor.ts';
import {
  isResetTokenUsable,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  verifyEmail,
} from '../recovery-service.ts';
import { clearSessionCookie, endSession, setSessionCookie } from '../session.ts';
import { presentViewer } from '../presenter.ts';
import { LoginBody, PasswordResetBody, PasswordResetRequestBody, RegistrationBody } from '../schemas.ts';
import { allProblems, formProblems, localPath } from '../../web/form-problems.ts';
import { RegisterPage, registrationLabels } from './register-page.tsx';
import { LoginPage } from './login-page.tsx';
import { ForgotPasswordPage, ResetPasswordPage } from './password-pages.tsx';
import { NoticePage } from './notice-page.tsx';
import { AccountPage } from './account-page.tsx';

/** A member lands on their dashboard: what waits for them, their items and drafts (src/matches/inbox-routes.tsx). */
const AFTER_LOGIN = '/my';

function formOf(request: FastifyRequest): Record<string, unknown> {
  return formToInput((request.body ?? {}) as Record<string, unknown>);
}

function queryValue(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

function invalidLinkPage(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const context = pageContext(request, reply);
  const { t } = context;
  return sendPage(
    reply,
    <NoticePage
      context={context}
      title={t.t('account.link_invalid.title')}
      message={t.t('account.token_invalid')}
      link={{ href: '/password/forgot', text: t.t('account.link_invalid.new_link') }}
    />,
    400,
  );
}

export function accountPages(app: App, services: Services): void {
  registrationPages(app, services);
  loginPages(app, services);
  recoveryPages(app, services);
  ownPage(app, services);
}

function registrationPages(app: App, services: Services): void {
  const show = (request: FastifyRequest, reply: FastifyReply, form: FormState, status = 200) =>
    sendPage(reply, <RegisterPage context={pageContext(request, reply)} form={form} />, status);

  app.get('/register', { config: { page: true } }, async (request, reply) => show(request, reply, emptyForm()));

  app.post('/register', { config: { page: true, rateLimit: authRateLimit(services) } }, async (request, reply) => {
    const values = withCompletedWebsite(formOf(request));
    try {
      const result = await register(services, request.log, parseInput(RegistrationBody, values));
      setSessionCookie(reply, result.sessionToken, services.config.secureCookies);
      return reply.redirect('/account?welcome=1', 303);
    } catch (error) {
      return show(
        request,
        reply,
        { values, problems: registrationProblems(formProblems(error), values, request.translator) },
        400,
      );
    }
  });
}

function registrationProblems(
  problems: FieldProblem[],
  values: Record<string, unknown>,
  t: Translator,
): FieldProblem[] {
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const password = text('password');
  const rules = [
    ...organisationProblems({
      enterpriseNumber: text('enterpriseNumber'),
      website: values.organisationMode === 'join' ? undefined : text('website'),
    }),
    ...newOrganisationProblems(values),
    ...(password === undefined
      ? []
      : passwordProblems(
          password,
          text('email') ?? '',
          [text('name'), values.organisationMode === 'join' ? undefined : text('organisationName')].filter(
            (w) => w !== undefined,
          ),
        )),
  ];
  return allProblems(problems, rules, Object.keys(registrationLabels(t)));
}

/** Where a login goes on: the second factor when the session still waits for it, else the next page. */
export function afterLogin(secondFactorPending: boolean, next: string): string {
  return secondFactorPending ? `/login/second-factor?next=${encodeURIComponent(next)}` : next;
}

const LOGIN_FAILURES: Partial<Record<string, { key: MessageKey; status: number }>> = {
  invalid_credentials: { key: 'account.login_failed', status: 401 },
};

function loginPages(app: App, services: Services): void {
  const show = (
    request: FastifyRequest,
    reply: FastifyReply,
    props: { form: FormState; next: string; failure?: MessageKey },
    status = 200,
  ) =>
    sendPage(
      reply,
      <LoginPage context={pageContext(request, reply)} oidcEnabled={services.config.oidc !== null} {...props} />,
      status,
    );

  app.get('/login', { config: { page: true } }, async (request, reply) => {
    const next = localPath(queryValue(request, 'next'), AFTER_LOGIN);
    if (request.pendingViewer) return reply.redirect(afterLogin(true, next), 303);
    return show(request, reply, { form: emptyForm(), next });
  });

  app.post('/login', { config: { page: true, rateLimit: authRateLimit(services) } }, async (request, reply) => {
    const values = formOf(request);
    const next = localPath(values.next, AFTER_LOGIN);
    try {
      const input = parseInput(LoginBody, {
        email: values.email,
        password: values.password,
        keepSignedIn: values.keepSignedIn === 'yes',
      });
      const { sessionToken, secondFactorPending } = await logIn(
        services,
        request.log,
        input,
        request.headers['user-agent'],
      );
      setSessionCookie(reply, sessionToken, services.config.secureCookies, input.keepSignedIn);
      return reply.redirect(afterLogin(secondFactorPending, next), 303);
    } catch (error) {
      const failure = isAppError(error) ? LOGIN_FAILURES[error.id] : undefined;
      const form = {
        values: { email: values.email, keepSignedIn: values.keepSignedIn },
        problems: failure ? [] : formProblems(error),
      };
      return show(request, reply, { form, next, failure: failure?.key }, failure?.status ?? 400);
    }
  });

  app.post('/logout', { config: { page: true } }, async (request, reply) => {
    const viewer = request.viewer ?? request.pendingViewer;
    if (viewer) await endSession(services.db, viewer);
    clearSessionCookie(reply);
    return reply.redirect('/', 303);
  });
}

function recoveryPages(app: App, services: Services): void {
  app.get('/verify-email', { config: { page: true } }, async (request, reply) => {
    const token = queryValue(request, 'token');
    try {
      if (!token) throw errors.invalidToken();
      await verifyEmail(services, token);
    } catch (error) {
      if (isAppError(error) && error.id === 'invalid_token') return invalidVerificationPage(request, reply);
      throw error;
    }
    const context = pageContext(request, reply);
    const { t } = context;
    const link = request.viewer
      ? { href: '/account', text: t.t('account.page.title') }
      : { href: '/login', text: t.t('nav.login') };
    return sendPage(
      reply,
      <NoticePage
        context={context}
        title={t.t('account.verified.title')}
        message={t.t('account.verified.message')}
        link={link}
      />,
    );
  });

  app.get('/password/forgot', { config: { page: true } }, async (request, reply) =>
    sendPage(reply, <ForgotPasswordPage context={pageContext(request, reply)} form={emptyForm()} />),
  );

  app.post(
    '/password/forgot',
    { config: { page: true, rateLimit: authRateLimit(services) } },
    async (request, reply) => {
      const values = formOf(request);
      try {
        await requestPasswordReset(services, request.log, parseInput(PasswordResetRequestBody, values).email);
      } catch (error) {
        const form = { values, problems: formProblems(error) };
        return sendPage(reply, <ForgotPasswordPage context={pageContext(request, reply)} form={form} />, 400);
      }
      const context = pageContext(request, reply);
      return sendPage(
        reply,
        <NoticePage
          context={context}
          title={context.t.t('account.forgot.title')}
          message={context.t.t('account.forgot.sent')}
        />,
      );
    },
  );

  app.get('/password/reset', { config: { page: true } }, async (request, reply) => {
    const token = queryValue(request, 'token');
    if (!token || !(await isResetTokenUsable(services, token))) return invalidLinkPage(request, reply);
    // The address holds a secret: keep it out of shared caches and the browser's history cache.
    reply.header('cache-control', 'no-store');
    return sendPage(
      reply,
      <ResetPasswordPage context={pageContext(request, reply)} form={emptyForm()} token={token} />,
    );
  });

  app.post(
    '/password/reset',
    { config: { page: true, rateLimit: authRateLimit(services) } },
    async (request, reply) => {
      const values = formOf(request);
      const token = typeof values.token === 'string' ? values.token : '';
      try {
        await resetPassword(services, parseInput(PasswordResetBody, values));
      } catch (error) {
        if (isAppError(error) && error.id === 'invalid_token') return invalidLinkPage(request, reply);
        const problems = formProblems(error);
        if (problems.some((p) => p.field === 'token')) return invalidLinkPage(request, reply);
        return sendPage(
          reply,
          <ResetPasswordPage context={pageContext(request, reply)} form={{ values: {}, problems }} token={token} />,
          400,
        );
      }
      clearSessionCookie(reply);
      const context = pageContext(request, reply);
      const { t } = context;
      return sendPage(
        reply,
        <NoticePage
          context={context}
          title={t.t('account.reset.done_title')}
          message={t.t('account.reset.done')}
          link={{ href: '/login', text: t.t('nav.login') }}
        />,
      );
    },
  );
}

function invalidVerificationPage(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const context = pageContext(request, reply);
  const { t } = context;
  const link = request.viewer
    ? { href: '/account', text: t.t('account.page.resend') }
    : { href: '/login', text: t.t('nav.login') };
  return sendPage(
    reply,
    <NoticePage
      context={context}
      title={t.t('account.link_invalid.title')}
      message={t.t('account.verify_invalid')}
      link={link}
    />,
    400,
  );
}

const ACCOUNT_NOTICES: [string, MessageKey][] = [
  ['welcome', 'account.page.welcome'],
  ['sent', 'account.page.sent'],
  ['left', 'membership.feedback.left'],
  ['requested', 'membership.join.sent'],
];

/** The feedback after a step that leads back to the account page. */
function accountNotice(request: FastifyRequest): string | null {
  const found = ACCOUNT_NOTICES.find(([name]) => queryValue(request, name));
  return found ? request.translator.t(found[1]) : null;
}

function ownPage(app: App, services: Services): void {
  app.get('/account', { config: { page: true }, onRequest: requireViewer }, async (request, reply) => {
    if (!request.viewer) throw errors.unauthenticated();
    const organisations = (await organisationsOf(services.db, request.viewer.id)).map(presentMemberOrganisation);
    const requests = (await ownRequests(services.db, request.viewer.id)).map(presentOwnRequest);
    const notice = accountNotice(request);
    const secondFactor = await hasSecondFactor(services.db, request.viewer.id);
    return sendPage(
      reply,
      <AccountPage
        context={pageContext(request, reply)}
        person={presentViewer(request.viewer)}
        organisations={organisations}
        requests={requests}
        notice={notice}
        secondFactor={secondFactor}
      />,
    );
  });

  app.post(
    '/account/verification-email',
    { config: { page: true, rateLimit: authRateLimit(services) }, onRequest: requireViewer },
    async (request, reply) => {
      if (!request.viewer) throw errors.unauthenticated();
      await resendVerification(services, request.log, request.viewer);
      return reply.redirect('/account?sent=1', 303);
    },
  );
}
