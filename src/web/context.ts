import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Translator } from '../i18n/translator.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Attention } from '../app-types.ts';

/** What every page needs besides its own data: the reader's language, who they are, a CSRF token. */
export interface PageContext {
  t: Translator;
  viewer: Viewer | null;
  csrfToken: string;
  path: string;
  query: URLSearchParams;
  /** Matches waiting for the reader and unread notifications, for the header. */
  attention: Attention | null;
}

export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const url = new URL(request.url, 'http://localhost');
  let csrfToken: string | undefined;
  return {
    t: request.translator,
    viewer: request.viewer,
    // Made only for pages with a form: a page without one then sets no cookie and can be shared.
    get csrfToken() {
      csrfToken ??= reply.generateCsrf();
      return csrfToken;
    },
    path: url.pathname,
    query: url.searchParams,
    attention: request.attention ?? null,
  };
}

/** The same address in another interface language (a plain link, so it works without JavaScript). */
export function withLanguage(context: PageContext, locale: string): string {
  const query = new URLSearchParams(context.query);
  query.set('lang', locale);
  return `${context.path}?${query.toString()}`;
}
