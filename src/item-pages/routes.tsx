// An item kind's pages: detail, the form to post or edit, and lifecycle actions posted from the page.
// The detail page gathers the sections other areas add about the item (matches, origin, changes).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { sendPage } from '../web/render.ts';
import { pageContext } from '../web/context.ts';
import { emptyForm, type FormValues } from '../web/forms.tsx';
import { pageId, requireConfirmation, submitForm } from '../web/form-handling.ts';
import { withFeedback } from '../web/feedback.ts';
import { formToInput, inFieldOrder, parseInput } from '../shared/validation.ts';
import type { FieldProblem } from '../shared/errors.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { availableActions } from '../items/lifecycle.ts';
import { actorsFor, canEditItem } from '../items/permissions.ts';
import { TransitionInput } from '../items/schemas.ts';
import { ITEM_KINDS } from '../items/kinds.ts';
import { guardOf } from '../items/presenter.ts';
import { changeItem, createItem, readableItem, transitionItem } from '../items/service.ts';
import { matchSections } from '../matching/page-sections.tsx';
import { asksForCheck, checkSimilar, type SimilarCheck } from '../matching/similar-check.tsx';
import { schemaOrgFor, schemaOrgJson } from '../opendata/schema-org.ts';
import { matchRecordSections } from '../matches/page-sections.tsx';
import { engagementSections } from '../matches/engagement.tsx';
import { originSection } from '../federation/origin.tsx';
import { changesSection } from '../workqueue/change-routes.tsx';
import { actionFeedback } from './action-feedback.ts';
import { ItemDetailPage } from './detail.tsx';
import { ItemFormPage, itemFieldLabels } from './form.tsx';
import type { KindPages, PresentedItem } from './kind-pages.ts';

type Body = Record<string, unknown>;

export function itemPages<K extends ItemKind, P extends PresentedItem>(
  app: App,
  services: Services,
  pages: KindPages<K, P>,
): void {
  const { kind } = pages.content;
  const { path, messages, closingAction } = ITEM_KINDS[kind];
  const { Fields, Facts } = pages;

  function renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    heading: MessageKey,
    similar?: { check?: SimilarCheck },
  ) {
    return (values: FormValues, problems: FieldProblem[] = []) => {
      const context = pageContext(request, reply);
      const labels = itemFieldLabels(context, pages.fieldLabels(context));
      const form = { values, problems: inFieldOrder(problems, labels) };
      return sendPage(
        reply,
        <ItemFormPage
          context={context}
          kind={kind}
          form={form}
          labels={labels}
          action={action}
          heading={request.translator.t(heading)}
          similar={similar}
        >
          <Fields context={context} form={form} labels={labels} />
        </ItemFormPage>,
        problems.length ? 400 : 200,
      );
    };
  }

  app.get(`/${path}/new`, { config: { rateLimit: readLimit }, onRequest: requireViewer }, async (request, reply) =>
    renderForm(
      request,
      reply,
      `/${path}`,
      messages.newHeading,
      {},
    )(emptyForm(pages.newValues(request.translator.locale)).values),
  );

  app.post<{ Body: Body }>(
    `/${path}`,
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const values = pages.formInput(request.body);
      if (asksForCheck(request.body)) {
        const check = await checkSimilar(services, kind, values, request.viewer, request.translator);
        return renderForm(request, reply, `/${path}`, messages.newHeading, { check })(values);
      }
      return submitForm(
        reply,
        values,
        async () => {
          const input = parseInput(pages.schemas.Input, values, pages.rules(services.now()));
          const id = await createItem(services, pages.content, request.viewer, input as { organisationId?: string });
          return withFeedback(`/${path}/${id}`, 'saved');
        },
        renderForm(request, reply, `/${path}`, messages.newHeading, {}),
      );
    },
  );

  app.get<{ Params: { id: string } }>(`/${path}/:id`, { config: { rateLimit: readLimit } }, async (request, reply) => {
    const row = await readableItem(services, kind, request.viewer, pageId(request.params.id));
    const guard = guardOf(kind, row);
    const matches = await matchSections(services, kind, row, request.viewer, request.translator);
    const origin = await originSection(services, kind, row.id, request.translator);
    const records = await matchRecordSections(services, row.id, guard, request.viewer, request.translator);
    const presented = pages.present(row);
    const schemaOrg = schemaOrgFor(services.config.baseUrl, { kind, value: presented } as Parameters<
      typeof schemaOrgFor
    >[1]);
    const context = pageContext(request, reply);
    const engagement = await engagementSections(services, context, {
      id: row.id,
      title: row.title,
      organisationId: guard.organisationId,
      organisationName: row.organisation_name,
      guard,
    });
    const changes = await changesSection(services, context, request.viewer, kind, row.id, guard);
    return sendPage(
      reply,
      <ItemDetailPage
        context={context}
        kind={kind}
        item={presented}
        facts={<Facts context={context} item={presented} />}
        structuredData={schemaOrg && schemaOrgJson(schemaOrg)}
        contentChangedAt={row.content_changed_at}
        actions={availableActions(kind, row.status, actorsFor(request.viewer, guard))}
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
  });

  app.get<{ Params: { id: string } }>(
    `/${path}/:id/edit`,
    { config: { rateLimit: readLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const row = await readableItem(services, kind, request.viewer, pageId(request.params.id));
      const action = `/${path}/${row.id}/edit`;
      return renderForm(request, reply, action, messages.editHeading)(pages.formValues(pages.present(row)));
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    `/${path}/:id/edit`,
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const before = await readableItem(services, kind, request.viewer, pageId(request.params.id));
      const id = before.id;
      const values = pages.formInput(request.body);
      return submitForm(
        reply,
        values,
        async () => {
          const update = parseInput(pages.schemas.Update, values, pages.rules(services.now(), before));
          await changeItem(services, pages.content, request.viewer, id, update as object);
          return withFeedback(`/${path}/${id}`, 'saved');
        },
        renderForm(request, reply, `/${path}/${id}/edit`, messages.editHeading),
      );
    },
  );

  app.post<{ Params: { id: string }; Body: Body }>(
    `/${path}/:id/transition`,
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const id = pageId(request.params.id);
      const input = parseInput(TransitionInput, formToInput(request.body));
      requireConfirmation(request.body, input.action === closingAction);
      await transitionItem(services, kind, request.viewer, id, input.action, input.reason);
      return reply.redirect(withFeedback(`/${path}/${id}`, actionFeedback(input.action)), 303);
    },
  );
}
