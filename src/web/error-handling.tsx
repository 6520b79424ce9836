// Every error leaves as a translated message with a stable id: JSON for the API, a page for people.
// A 5xx never shows its details; they go to the log with the request id.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';
import { AppError, errors, isAppError } from '../shared/errors.ts';
import { fieldProblems } from '../shared/validation.ts';
import { sendPage } from './render.ts';
import { Layout } from './layout.tsx';
import { pageContext } from './context.ts';
import { createTranslator, negotiateLocale } from '../i18n/translator.ts';

function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

function toAppError(error: FastifyError): AppError | null {
  if (isAppError(error)) return error;
  if (error.validation) return errors.validation(fieldProblems(error.validation as never));
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') return errors.csrf();
  if (error.statusCode === 429) return errors.tooManyRequests();
  if (error.statusCode === 404) return errors.notFound();
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('bad_request', error.statusCode, 'field.invalid');
  }
  return null;
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const t = request.translator;
  if (isApiRequest(request)) {
    return reply.status(error.status).send({
      error: {
        id: error.id,
        message: t.t(error.messageKey),
        fields: error.fields.map((f) => ({ field: f.field, message: t.t(f.message, f.params) })),
      },
    });
  }
  if (error.status === 401) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
  if (error.id === 'second_factor_required')
    return reply.redirect(`/login/second-factor?next=${encodeURIComponent(request.url)}`, 303);
  const context = pageContext(request, reply);
  return sendPage(
    reply,
    <Layout context={context} title={t.t('error.page_title')}>
      <h1>{t.t('error.page_title')}</h1>
      <p>{t.t(error.messageKey)}</p>
      {error.fields.length > 0 && (
        <ul>
          {error.fields.map((f) => (
            <li>
              <code>{f.field}</code>: {t.t(f.message, f.params)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/">{t.t('nav.home')}</a>
      </p>
    </Layout>,
    error.status,
  );
}

/**
 * Errors Fastify's router raises before any hook or plugin runs (an over-long or undecodable path
 * segment): such an address names nothing, so it gets the not-found answer in the reader's
 * language. Nobody is identified yet, so the page needs no CSRF token.
 */
export function handleFrameworkError(_error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const t = createTranslator(negotiateLocale(undefined, request.headers['accept-language']));
  const notFound = errors.notFound();
  if (isApiRequest(request)) {
    reply.status(notFound.status).send({ error: { id: notFound.id, message: t.t(notFound.messageKey), fields: [] } });
    return;
  }
  const context = { t, viewer: null, csrfToken: '', path: '/', query: new URLSearchParams(), attention: null };
  sendPage(
    reply,
    <Layout context={context} title={t.t('error.page_title')}>
      <h1>{t.t('error.page_title')}</h1>
      <p>{t.t(notFound.messageKey)}</p>
      <p>
        <a href="/">{t.t('nav.home')}</a>
      </p>
    </Layout>,
    notFound.status,
  );
}

export function registerErrorHandling(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = toAppError(error);
    if (known) return sendError(request, reply, known);
    request.log.error({ err: error }, 'unexpected error');
    const internal = new AppError('internal_error', 500, 'error.internal');
    return sendError(request, reply, internal);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, errors.notFound()));
}
