// Changes since review, for the curating ambassador: read them (API) and mark them checked (API and
// the form on the item's page). The item's page shows them through changesSection.
import { Type } from 'typebox';
import type { App, Services } from '../app-types.ts';
import { requireAmbassador } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import type { GuardedItem } from '../items/permissions.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { pageId } from '../web/form-handling.ts';
import type { PageContext } from '../web/context.ts';
import type { Viewer } from '../shared/viewer.ts';
import { changesForPage, checkChanges, itemChanges } from './changes.ts';
import { ChangesSection } from './change-view.tsx';
import { itemPath } from '../items/kinds.ts';

export const FieldChangeBody = Type.Object({
  field: Type.String({ description: 'The API field name, e.g. title, technologies.' }),
  before: Type.Unknown({ description: 'The value at the last review.' }),
  after: Type.Unknown({ description: 'The value now.' }),
});

const ItemChangesBody = Type.Object({
  fields: Type.Array(FieldChangeBody),
  count: Type.Integer({ description: 'Changes waiting for a check.' }),
  since: Type.Union([Type.String(), Type.Null()], { description: 'When the first of them was made.' }),
});

const KINDS: [ItemKind, string][] = [
  ['challenge', 'challenges'],
  ['solution', 'solutions'],
];

/** The changes section of an item's page: only for its curator, and only when changes wait. */
export async function changesSection(
  services: Services,
  context: PageContext,
  viewer: Viewer | null,
  kind: ItemKind,
  id: string,
  guard: GuardedItem,
) {
  const changes = await changesForPage(services, viewer, kind, id, guard);
  return (
    changes && <ChangesSection context={context} changes={changes} action={`${itemPath(kind, id)}/changes/checked`} />
  );
}

export function changeRoutes(app: App, services: Services): void {
  const schema = { tags: ['match records'], params: IdParams };
  for (const [kind, path] of KINDS) {
    app.get(
      `/api/v1/${path}/:id/changes`,
      {
        config: { rateLimit: readLimit },
        onRequest: requireAmbassador,
        schema: {
          ...schema,
          summary: `What the owner changed in a published ${kind} since review, per field before and after (for its curating ambassador)`,
          response: { 200: ItemChangesBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => itemChanges(services, request.viewer, kind, request.params.id),
    );

    app.post(
      `/api/v1/${path}/:id/changes/checked`,
      {
        config: { rateLimit: writeLimit },
        onRequest: requireAmbassador,
        schema: {
          ...schema,
          summary: `Mark the changes to a published ${kind} as checked (audited)`,
          response: { 200: Type.Object({ checked: Type.Integer() }), 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request) => ({ checked: await checkChanges(services, request.viewer, kind, request.params.id) }),
    );

    app.post<{ Params: { id: string } }>(
      `/${path}/:id/changes/checked`,
      { config: { rateLimit: writeLimit }, onRequest: requireAmbassador },
      async (request, reply) => {
        const id = pageId(request.params.id);
        await checkChanges(services, request.viewer, kind, id);
        return reply.redirect(`/${path}/${id}`, 303);
      },
    );
  }
}
