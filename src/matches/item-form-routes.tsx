// The match forms posted from challenge and solution pages; each leads to the new match's page.
import type { App, Services } from '../app-types.ts';
import type { MatchOrigin } from '../db/schema.ts';
import { requireAmbassador, requireViewer } from '../http/guards.ts';
import { pageId } from '../web/form-handling.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { writeLimit } from '../http/rate-limits.ts';
import { PairInput } from './schemas.ts';
import { startMatch } from './service.ts';

type Body = Record<string, unknown>;

const FORMS: [string, 'challenge' | 'solution', MatchOrigin][] = [
  ['/challenges/:id/apply', 'challenge', 'application'],
  ['/solutions/:id/request-introduction', 'solution', 'request'],
  ['/challenges/:id/propose', 'challenge', 'ambassador'],
  ['/solutions/:id/propose', 'solution', 'ambassador'],
];

export function matchFormRoutes(app: App, services: Services): void {
  for (const [url, kind, origin] of FORMS) {
    app.post<{ Params: { id: string }; Body: Body }>(
      url,
      {
        config: { rateLimit: writeLimit },
        onRequest: origin === 'ambassador' ? requireAmbassador : requireViewer,
      },
      async (request, reply) => {
        const id = pageId(request.params.id);
        const values = formToInput(request.body);
        const pair = kind === 'challenge' ? { ...values, challengeId: id } : { ...values, solutionId: id };
        const match = await startMatch(services, request.viewer, { origin, ...parseInput(PairInput, pair) });
        return reply.redirect(`/matches/${match.id}`, 303);
      },
    );
  }
}
