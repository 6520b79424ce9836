// Challenge pages: detail, the form to post or edit, and lifecycle actions posted from the page.
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
import { ChallengeInput, ChallengeUpdate, type Challenge } from '../schemas.ts';
import * as service from '../service.ts';
import { guardOf, presentChallenge } from '../presenter.ts';
import { CHALLENGE_ARRAY_FIELDS, ChallengeFormPage, challengeFieldLabels } from './form.tsx';
import { ChallengeDetailPage } from './detail.tsx';
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
import { belgianToday, horizonProblems } from '../horizon.ts';

type Body = Record<string, unknown>;

function formValuesOf(challenge: Challenge): FormValues {
  return {
    ...challenge,
    durationMonths: challenge.durationMonths ?? undefined,
    deadline: challenge.deadline ?? undefined,
  };
}

type Heading = 'catalogue.new_challenge' | 'catalogue.edit_challenge';

function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  action: string,
  heading: Heading,
  similar?: { check?: SimilarCheck },
) {
  return (values: FormValues, problems: FieldProblem[] = []) => {
    const context = pageContext(request, reply);
    const form = { values, problems: inFieldOrder(problems, challengeFieldLabels(context)) };
    return sendPage(
      reply,
      <ChallengeFormPage
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

/** The checks beside the schema, so that a form gets the horizon's problem in the same round as the others. */
function horizonRules(services: Services, keptDeadline?: string | null): InputRules {
  return (input) => horizonProblems(input.deadline, input.durationMonths, belgianToday(services.now()), keptDeadline);
}

export function challengePages(app: App, services: Services): void {
  app.get('/challenges/new', { config: { rateLimit: readLimit }, onRequest: requireViewer }, async (request, reply) =>
    renderForm(
      request,
      reply,
      '/challenges',
      'catalogue.new_challenge',
      {},
    )(
      emptyForm({ language: request.translator.locale, classification: 'public', region: 'BE2', urgency: 'medium' })
        .values,
    ),
  );

  app.post<{ Body: Body }>(
    '/challenges',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const values = formToInput(request.body, CHALLENGE_ARRAY_FIELDS);
      if (asksForCheck(request.body)) {
        const check = await checkSimilar(services, 'challenge', values, request.viewer, request.translator);
        return renderForm(request, reply, '/challenges', 'catalogue.new_challenge', { check })(values);
      }
      return submitForm(
        reply,
        values,
        async () => {
          const id = await service.createChallenge(
            services,
            request.viewer,
            parseInput(ChallengeInput, values, horizonRules(services)),
          );
          return withFeedback(`/challenges/${id}`, 'saved');
        },
        renderForm(request, reply, '/challenges', 'catalogue.new_challenge', {}),
      );
    },
  );

  app.get<{ Params: { id: string } }>(
    '/challenges/:id',
    { config: { rateLimit: readLimit } },
    async (request, reply) => {
      const row = await service.readableChallenge(services, request.viewer, pageId(request.params.id));
      const guard = guardOf(row);
      const matches = await matchSections(services, 'challenge', row, request.viewer, request.translator);
      const origin = await originSection(services, 'challenge', row.id, request.translator);
      const records = await matchRecordSections(services, row.id, guard, request.viewer, request.translator);
      const presented = presentChallenge(row);
      const schemaOrg = schemaOrgFor(services.config.baseUrl, { kind: 'challenge', value: presented });
      const context = pageContext(request, reply);
      const engagement = await engagementSections(services, context, {
        id: row.id,
        title: row.title,
        organisationId: row.owner_organisation_id,
        organisationName: row.organisation_name,
        guard,
      });
      const changes = await changesSection(services, context, request.viewer, 'challenge', row.id, guard);
      return sendPage(
        reply,
        <ChallengeDetailPage
          context={context}
          challenge={presented}
          structuredData={schemaOrg && schemaOrgJson(schemaOrg)}
          contentChangedAt={row.content_changed_at}
          actions={availableActions('challenge', row.status, actorsFor(request.viewer, guard))}
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
    '/challenges/:id/edit',
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const row = await service.readableChallenge(services, request.viewer, pageId(request.params.id));
      const action = `/challenges/${row.id}/edit`;
      return renderForm(request, reply, action, 'catalogue.edit_challenge')(formValuesOf(presentChallenge(row)));
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/challenges/:id/edit',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const before = await service.readableChallenge(services, request.viewer, pageId(request.params.id));
      const id = before.id;
      const values = formToInput(request.body, CHALLENGE_ARRAY_FIELDS);
      return submitForm(
        reply,
        values,
        async () => {
          await service.updateChallenge(
            services,
            request.viewer,
            id,
            parseInput(ChallengeUpdate, values, horizonRules(services, before.deadline)),
          );
          return withFeedback(`/challenges/${id}`, 'saved');
        },
        renderForm(request, reply, `/challenges/${id}/edit`, 'catalogue.edit_challenge'),
      );
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    '/challenges/:id/transition',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const input = parseInput(TransitionInput, formToInput(request.body));
      requireConfirmation(request.body, input.action === 'close');
      await service.transitionChallenge(services, request.viewer, id, input.action, input.reason);
      return reply.redirect(withFeedback(`/challenges/${id}`, actionFeedback(input.action)), 303);
    },
  );
}
