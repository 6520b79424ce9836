// Matches in the API: ranked and explained, both ways, and "search before you post".
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { Description, Title } from '../items/schemas.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit } from '../http/rate-limits.ts';
import { readableItem } from '../items/service.ts';
import { explainedMatches } from './matches.ts';
import { Explanation } from './schemas.ts';

const tags = ['matches'];

const Match = Type.Object({
  kind: Type.Enum(['challenge', 'solution']),
  id: Type.String(),
  title: Type.String(),
  language: Type.String(),
  organisation: Type.String(),
  isSme: Type.Boolean(),
  href: Type.String(),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  explanation: Explanation,
  reasons: Type.Array(Type.String(), { description: 'The explanation in sentences, in the caller’s language.' }),
});

const MatchList = Type.Object({ items: Type.Array(Match) });
const MatchQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })) });
// A draft gets the length limits of an item's own fields: whatever can be saved can be compared first.
const maxLengthOf = (schema: object): number => (schema as { maxLength: number }).maxLength;
const SimilarInput = Type.Object({
  kind: Type.Enum(['challenge', 'solution']),
  title: Type.String({ minLength: 3, maxLength: maxLengthOf(Title) }),
  text: Type.String({ maxLength: maxLengthOf(Description), default: '' }),
});

const MATCH_LISTS = [
  ['challenge', 'solution', 'Solutions that fit a challenge, ranked and explained'],
  ['solution', 'challenge', 'Open challenges a solution fits, ranked and explained'],
] as const;

export function matchingRoutes(app: App, services: Services): void {
  for (const [kind, other, summary] of MATCH_LISTS) {
    app.get(
      `/api/v1/${kind}s/:id/matches`,
      {
        config: { rateLimit: readLimit, publicCache: true },
        schema: {
          tags,
          summary,
          params: IdParams,
          querystring: MatchQuery,
          response: { 200: MatchList, 404: ErrorBody },
        },
      },
      async (request) => {
        const item = await readableItem(services, kind, request.viewer, request.params.id);
        const results = await services.matching.matchesFor(kind, item.id, request.viewer, request.query.limit ?? 10);
        return { items: await explainedMatches(services, other, results, request.viewer, request.translator) };
      },
    );
  }

  app.post(
    '/api/v1/similar',
    {
      config: { rateLimit: readLimit },
      schema: {
        tags,
        summary: 'Search before you post: existing items like a draft',
        body: SimilarInput,
        response: { 200: MatchList, 400: ErrorBody },
      },
    },
    async (request) => {
      const { kind, title, text } = request.body;
      const results = await services.matching.similar(kind, { title, text }, request.viewer);
      return { items: await explainedMatches(services, kind, results, request.viewer, request.translator) };
    },
  );
}
