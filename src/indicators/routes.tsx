// The indicators: public page, CSV and API for anyone; the full dashboard (all classifications,
// ambassador filter and overview per ambassador) for ambassadors and admins.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { requireAmbassador } from '../http/guards.ts';
import { ErrorBody } from '../http/schemas.ts';
import { readLimit } from '../http/rate-limits.ts';
import { fieldProblems, parseInput } from '../shared/validation.ts';
import { errors, isAppError, type FieldProblem } from '../shared/errors.ts';
import { pageContext } from '../web/context.ts';
import { sendPage } from '../web/render.ts';
import {
  FullIndicatorQuery,
  FullIndicators,
  PublicIndicatorQuery,
  PublicIndicators,
  withMonthRange,
} from './schemas.ts';
import { ambassadorChoices, indicatorReport, resolveFilter, type IndicatorFilter } from './service.ts';
import { indicatorsCsv, presentFull, presentPublic } from './presenter.ts';
import { IndicatorsPage } from './pages.tsx';

type Scope = 'public' | 'full';
const QUERY: Record<Scope, TSchema> = { public: PublicIndicatorQuery, full: FullIndicatorQuery };
const tags = ['indicators'];

/** A GET form sends empty fields for "all"; they mean "no filter". */
function givenFields(query: unknown): Record<string, string> {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>)
    .filter(([key, value]) => key !== 'lang' && (typeof value === 'string' || typeof value === 'number'))
    .map(([key, value]) => [key, String(value).trim()]);
  return Object.fromEntries(entries.filter(([, value]) => value !== ''));
}

function queryOf(input: Record<string, string>, scope: Scope): FullIndicatorQuery {
  try {
    return parseInput(QUERY[scope], input) as FullIndicatorQuery;
  } catch (error) {
    if (isAppError(error) && error.id === 'validation_failed') throw errors.validation(withMonthRange(error.fields));
    throw error;
  }
}

function filterOf(input: Record<string, string>, scope: Scope, now: Date): IndicatorFilter {
  return resolveFilter(queryOf(input, scope), scope, now);
}

/** The API's query validation names a wrong month with its range too. */
const monthRangeErrors = (problems: Parameters<typeof fieldProblems>[0]) =>
  errors.validation(withMonthRange(fieldProblems(problems)));

/** A page shows the figures even for a partly wrong selection: without the wrong fields, which the error summary names. */
function pageFilter(
  query: unknown,
  scope: Scope,
  now: Date,
): { filter: IndicatorFilter; values: Record<string, string>; problems: FieldProblem[] } {
  const values = givenFields(query);
  try {
    return { filter: filterOf(values, scope, now), values, problems: [] };
  } catch (error) {
    if (!isAppError(error) || error.id !== 'validation_failed') throw error;
    const wrong = new Set(error.fields.map((p) => p.field));
    const rest = Object.fromEntries(Object.entries(values).filter(([key]) => !wrong.has(key)));
    return { filter: filterOf(rest, scope, now), values, problems: error.fields };
  }
}

export function indicatorRoutes(app: App, services: Services): void {
  const page = async (request: FastifyRequest, reply: FastifyReply, scope: Scope) => {
    const { filter, values, problems } = pageFilter(request.query, scope, services.now());
    const [report, ambassadors] = await Promise.all([
      indicatorReport(services.db, filter, services.now()),
      scope === 'full' ? ambassadorChoices(services.db) : Promise.resolve(null),
    ]);
    const context = pageContext(request, reply);
    return sendPage(
      reply,
      <IndicatorsPage context={context} report={report} form={{ values, problems }} ambassadors={ambassadors} />,
      problems.length ? 400 : 200,
    );
  };

  app.get('/indicators', { config: { page: true, rateLimit: readLimit } }, async (request, reply) =>
    page(request, reply, 'public'),
  );
  app.get(
    '/admin/indicators',
    { config: { page: true, rateLimit: readLimit }, onRequest: requireAmbassador },
    async (request, reply) => page(request, reply, 'full'),
  );

  app.get('/indicators.csv', { config: { rateLimit: readLimit }, schema: { hide: true } }, async (request, reply) => {
    const filter = filterOf(givenFields(request.query), 'public', services.now());
    const report = await indicatorReport(services.db, filter, services.now());
    const today = services.now().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('content-disposition', `attachment; filename="indicators-${filter.from}-${filter.to}.csv"`)
      .send(indicatorsCsv(report, today));
  });

  app.get(
    '/api/v1/indicators',
    {
      config: { rateLimit: readLimit },
      schemaErrorFormatter: monthRangeErrors,
      schema: {
        tags,
        summary: 'Public indicators per month: publicly classified challenges only, no personal data',
        querystring: PublicIndicatorQuery,
        response: { 200: PublicIndicators, 400: ErrorBody },
      },
    },
    async (request, reply) => {
      const report = await indicatorReport(
        services.db,
        filterOf(givenFields(request.query), 'public', services.now()),
        services.now(),
      );
      return reply.header('cache-control', 'public, max-age=300').send(presentPublic(report));
    },
  );

  app.get(
    '/api/v1/indicators/full',
    {
      config: { rateLimit: readLimit },
      onRequest: requireAmbassador,
      schemaErrorFormatter: monthRangeErrors,
      schema: {
        tags,
        summary:
          'All indicators for ambassadors and admins: every classification, an ambassador filter and figures per ambassador',
        querystring: FullIndicatorQuery,
        response: { 200: FullIndicators, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) =>
      presentFull(
        await indicatorReport(
          services.db,
          filterOf(givenFields(request.query), 'full', services.now()),
          services.now(),
        ),
      ),
  );
}
