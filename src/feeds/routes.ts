// Atom feeds of the newest published public challenges and solutions, for anyone.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { readLimit } from '../http/rate-limits.ts';
import { lastPublicChange, publishedChallenges, publishedSolutions } from '../opendata/service.ts';
import type { PublicChallenge, PublicSolution } from '../opendata/service.ts';
import { sendCurrent } from '../http/conditional-get.ts';
import { atomDocument, newestUpdate, type AtomEntry } from './atom.ts';

const FEED_SIZE = 50;

type Kind = 'challenges' | 'solutions';

function entryOf(baseUrl: string, kind: Kind, row: PublicChallenge | PublicSolution): AtomEntry {
  const link = `${baseUrl}/${kind}/${row.id}`;
  return {
    id: link,
    title: row.title,
    summary: row.description,
    language: row.language,
    link,
    author: row.organisation_name,
    published: row.published_at,
    updated: row.updated_at,
  };
}

export function feedRoutes(app: App, services: Services): void {
  const baseUrl = services.config.baseUrl;
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    kind: Kind,
    [rows, lastChange]: [(PublicChallenge | PublicSolution)[], Date | null],
  ) => {
    const t = request.translator;
    const feed = {
      id: `${baseUrl}/feeds/${kind}.atom`,
      selfLink: `${baseUrl}/feeds/${kind}.atom`,
      alternateLink: `${baseUrl}/${kind}`,
      title: `${t.t('site.name')} · ${t.t(kind === 'challenges' ? 'nav.challenges' : 'nav.solutions')}`,
      language: t.locale,
      author: t.t('site.name'),
      now: services.now(),
      lastChange,
      entries: rows.map((row) => entryOf(baseUrl, kind, row)),
    };
    // The feed's language follows the cookie or Accept-Language, so shared caches keep one copy per language.
    reply.type('application/atom+xml; charset=utf-8').header('vary', 'accept-language, cookie');
    return sendCurrent(request, reply, atomDocument(feed), newestUpdate(feed));
  };
  const options = { config: { rateLimit: readLimit }, schema: { hide: true } };
  app.get('/feeds/challenges.atom', options, async (request, reply) =>
    send(
      request,
      reply,
      'challenges',
      await Promise.all([publishedChallenges(services, FEED_SIZE), lastPublicChange(services, 'challenge')]),
    ),
  );
  app.get('/feeds/solutions.atom', options, async (request, reply) =>
    send(
      request,
      reply,
      'solutions',
      await Promise.all([publishedSolutions(services, FEED_SIZE), lastPublicChange(services, 'solution')]),
    ),
  );
}
