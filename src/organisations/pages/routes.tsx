// Organisation pages: the public profile, the edit form for members and admins, and the admins'
// verify button. Edits go through the same schema and service as PATCH /api/v1/organisations/:id.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../../app-types.ts';
import type { OrganisationRow } from '../../db/schema.ts';
import { errors } from '../../shared/errors.ts';
import { formToInput, parseInput, type InputRules } from '../../shared/validation.ts';
import { withCompletedWebsite } from '../../shared/web-address.ts';
import { pageContext } from '../../web/context.ts';
import { sendPage } from '../../web/render.ts';
import type { FormState } from '../../web/forms.tsx';
import { requireAdmin, requireViewer } from '../../http/guards.ts';
import { formProblems } from '../../web/form-problems.ts';
import {
  canChangeEnterpriseNumber,
  canManageMembers,
  canManageOrganisation,
  canVerifyOrganisation,
} from '../permissions.ts';
import { getOrganisation, organisationProblems, updateOrganisation, verifyOrganisation } from '../service.ts';
import { presentMemberOrganisation, presentPublicOrganisation } from '../presenter.ts';
import { OrganisationPatch } from '../schemas.ts';
import { OrganisationProfilePage } from './profile-page.tsx';
import { OrganisationEditPage } from './edit-page.tsx';
import { withFeedback } from '../../web/feedback.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fields a person may empty in the form; an empty field then clears the stored value. */
const CLEARABLE = ['street', 'postalCode', 'municipality', 'nisCode', 'website'] as const;

async function organisationFrom(services: Services, request: FastifyRequest): Promise<OrganisationRow> {
  const id = (request.params as { id?: string }).id ?? '';
  if (!UUID.test(id)) throw errors.notFound();
  return getOrganisation(services.db, id);
}

function formValues(row: OrganisationRow): Record<string, unknown> {
  const o = presentMemberOrganisation(row);
  return { ...o, isSme: String(o.isSme) };
}

function patchFrom(request: FastifyRequest): Record<string, unknown> {
  const values = withCompletedWebsite(formToInput((request.body ?? {}) as Record<string, unknown>));
  const patch: Record<string, unknown> = { ...values };
  for (const name of CLEARABLE) patch[name] ??= null;
  return patch;
}

const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The service's own checks beside the schema, so that the form shows every problem in one round. */
const profileRules: InputRules = (input) =>
  organisationProblems({
    name: textOf(input.name),
    enterpriseNumber: textOf(input.enterpriseNumber),
    website: textOf(input.website),
  });

function showEdit(
  request: FastifyRequest,
  reply: FastifyReply,
  row: OrganisationRow,
  form: FormState,
  status = 200,
): FastifyReply {
  const context = pageContext(request, reply);
  return sendPage(
    reply,
    <OrganisationEditPage
      context={context}
      organisationId={row.id}
      enterpriseNumber={presentPublicOrganisation(row).enterpriseNumber}
      form={form}
      canChangeNumber={canChangeEnterpriseNumber(request.viewer)}
    />,
    status,
  );
}

export function organisationPages(app: App, services: Services): void {
  app.get('/organisations/:id', { config: { page: true } }, async (request, reply) => {
    const row = await organisationFrom(services, request);
    const member = canManageOrganisation(request.viewer, row.id);
    const context = pageContext(request, reply);
    return sendPage(
      reply,
      <OrganisationProfilePage
        context={context}
        organisation={member ? presentMemberOrganisation(row) : presentPublicOrganisation(row)}
        canEdit={member}
        canVerify={canVerifyOrganisation(request.viewer)}
        canManageMembers={canManageMembers(request.viewer, row.id)}
        leaveAs={request.viewer?.organisationIds.includes(row.id) ? request.viewer.id : null}
      />,
    );
  });

  app.get('/organisations/:id/edit', { config: { page: true }, onRequest: requireViewer }, async (request, reply) => {
    const row = await organisationFrom(services, request);
    if (!canManageOrganisation(request.viewer, row.id)) throw errors.forbidden();
    return showEdit(request, reply, row, { values: formValues(row), problems: [] });
  });

  app.post('/organisations/:id/edit', { config: { page: true }, onRequest: requireViewer }, async (request, reply) => {
    const row = await organisationFrom(services, request);
    if (!canManageOrganisation(request.viewer, row.id)) throw errors.forbidden();
    const patch = patchFrom(request);
    try {
      await updateOrganisation(
        services,
        request.viewer,
        row.id,
        parseInput(OrganisationPatch, patch, profileRules),
        services.now(),
      );
    } catch (error) {
      return showEdit(
        request,
        reply,
        row,
        { values: { enterpriseNumber: row.enterprise_number, ...patch }, problems: formProblems(error) },
        400,
      );
    }
    return reply.redirect(withFeedback(`/organisations/${row.id}`, 'saved'), 303);
  });

  app.post('/organisations/:id/verify', { config: { page: true }, onRequest: requireAdmin }, async (request, reply) => {
    const row = await organisationFrom(services, request);
    await verifyOrganisation(services.db, request.viewer, row.id, services.now());
    return reply.redirect(withFeedback(`/organisations/${row.id}`, 'saved'), 303);
  });
}
