// Solution pages: detail, the form to post or edit, and lifecycle actions posted from the page.
import type { App, Services } from '../../app-types.ts';
import { requireViewer } from '../../accounts/guards.ts';
import { sendPage } from '../../web/render.ts';
import { pageContext } from '../../web/context.ts';
import { emptyForm, type FormValues } from '../../web/forms.tsx';
import { pageId, requireConfirmation, submitForm } from '../../web/form-handling.ts';
import { formToInput, inFieldOrder, parseInput, type InputRules } from '../../shared/validation.ts';
import { readLimit, writeLimit } from '../../http/rate-limits.ts';
import { availableActions } from '../../publication/lifecycle.ts';
import { actorsFor, canEditItem } from '../../publication/permissions.ts';
import { TransitionInput } from '../../publication/schemas.ts';
import { SolutionInput, SolutionUpdate, type Solution } from '../schemas.ts';
import * as service from '../service.ts';
import { offerTermsProblems } from '../service.ts';
import { guardOf, presentSolution } from '../presenter.ts';
import { SOLUTION_ARRAY_FIELDS, SolutionFormPage, solutionFieldLabels, solutionFormInput } from './form.tsx';
import { SolutionDetailPage } from './detail.tsx';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldProblem } from '../../shared/errors.ts';
import { matchSections } from '../../matching/page-sections.tsx';
import { schemaOrgFor, schemaOrgJson } from '../../opendata/schema-org.ts';
import { matchRecordSections } from '../../matches/page-sections.tsx';
import { engagementSections } from '../../matches/engagement.tsx';
import { originSection } from '../../federation/origin.tsx';
import { changesSection } from '../../workqueue/change-routes.tsx';
import { withFeedback } from '../../web/feedback.ts';
import { actionFeedback } from '../../publication/pages/action-feedback.ts';
import { asksForCheck, checkSimilar, type SimilarCheck } from '../../matching/similar-check.tsx';

type Body = Record<string, unknown>;

function formValuesOf(solution: Solution): FormValues {
  return {
    ...solution,
    technologies: solution.technologies.join(', '),
    trl: solution.trl ?? undefined,
    marketStage: solution.marketStage ?? undefined,
    freeMonths: solution.freeMonths ?? undefined,
  };
}

type Heading = 'catalogue.new_solution' | 'catalogue.edit_solution';

function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  action: string,
  heading: Heading,
  similar?: { check?: SimilarCheck },
) {
  return (values: FormValues, problems: FieldProblem[] = []) => {
    const context = pageContext(request, reply);
    const form = { values, problems: inFieldOrder(problems, solutionFieldLabels(context)) };
    return sendPage(
      reply,
      <SolutionFormPage
        context={context}
        form={form}
        action={action}
        heading={request.translator.t(heading)}
        similar={similar}
      />,
      problems.length ? 400 : 200,
    );
  };
}

const orNull = (value: unknown) => (value === undefined || value === null ? null : value);

/** The offer's terms checked beside the schema, so that a form gets their problems in the same round as the others. */
const offerTermsRules: InputRules = (input) =>
  offerTermsProblems({
    trl: orNull(input.trl) as number | null,
    market_stage: orNull(input.marketStage) as string | null,
    pricing: String(input.pricing),
    free_months: orNull(input.freeMonths) as number | null,
  });

export function solutionPages(app: App, services: Services): void {
  app.get('/solutions/new', { config: { rateLimit: readLimit }, onRequest: requireViewer }, async (request, reply) =>
    renderForm(
      request,
      reply,
      '/solutions',
      'catalogue.new_solution',
      {},
    )(
      emptyForm({
        language: request.translator.locale,
        classification: 'public',
        regionsServed: ['BE2'],
        languages: [request.translator.locale],
      }).values,
    ),
  );

  app.post<{ Body: Body }>(
    '/solutions',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const values = solutionFormInput(formToInput(request.body, SOLUTION_ARRAY_FIELDS));
      if (asksForCheck(request.body)) {
        const check = await checkSimilar(services, 'solution', values, request.viewer, request.translator);
        return renderForm(request, reply, '/solutions', 'catalogue.new_solution', { check })(values);
      }
      return submitForm(
        reply,
        values,
        async () => {
          const id = await service.createSolution(
            services,
            request.viewer,
            parseInput(SolutionInput, values, offerTermsRules),
          );
          return withFeedback(`/solutions/${id}`, 'saved');
        },
        renderForm(request, reply, '/solutions', 'catalogue.new_solution', {}),
      );
    },
  );

  app.get<{ Params: { id: string } }>(
    '/solutions/:id',
    { config: { rateLimit: readLimit } },
    async (request, reply) => {
      const row = await service.readableSolution(services, request.viewer, pageId(request.params.id));
      const guard = guardOf(row);
      const matches = await matchSections(services, 'solution', row, request.viewer, request.translator);
      const origin = await originSection(services, 'solution', row.id, request.translator);
      const records = await matchRecordSections(services, row.id, guard, request.viewer, request.translator);
      const presented = presentSolution(row);
      const schemaOrg = schemaOrgFor(services.config.baseUrl, { kind: 'solution', value: presented });
      const context = pageContext(request, reply);
      const engagement = await engagementSections(services, context, {
        id: row.id,
        title: row.title,
        organisationId: row.provider_organisation_id,
        organisationName: row.organisation_name,
        guard,
      });
      const changes = await changesSection(services, context, request.viewer, 'solution', row.id, guard);
      return sendPage(
        reply,
        <SolutionDetailPage
          context={context}
          solution={presented}
          structuredData={schemaOrg && schemaOrgJson(schemaOrg)}
          contentChangedAt={row.content_changed_at}
          actions={availableActions('solution', row.status, actorsFor(request.viewer, guard))}
          canEdit={canEditItem(request.viewer, guard)}
          extra={
            <>
              {changes}
              {origin}
              {engagement}
              {records}
              {matches}
            </>
          }
        />,
      );
    },
  );

  app.get<{ Params: { id: string } }>(
    '/solutions/:id/edit',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const row = await service.readableSolution(services, request.viewer, pageId(request.params.id));
      const action = `/solutions/${row.id}/edit`;
      return renderForm(request, reply, action, 'catalogue.edit_solution')(formValuesOf(presentSolution(row)));
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/solutions/:id/edit',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const values = solutionFormInput(formToInput(request.body, SOLUTION_ARRAY_FIELDS));
      return submitForm(
        reply,
        values,
        async () => {
          await service.updateSolution(
            services,
            request.viewer,
            id,
            parseInput(SolutionUpdate, values, offerTermsRules),
          );
          return withFeedback(`/solutions/${id}`, 'saved');
        },
        renderForm(request, reply, `/solutions/${id}/edit`, 'catalogue.edit_solution'),
      );
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/solutions/:id/transition',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const input = parseInput(TransitionInput, formToInput(request.body));
      requireConfirmation(request.body, input.action === 'archive');
      await service.transitionSolution(services, request.viewer, id, input.action, input.reason);
      return reply.redirect(withFeedback(`/solutions/${id}`, actionFeedback(input.action)), 303);
    },
  );
}
