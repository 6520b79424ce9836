// An item kind's API under /api/v1/challenges or /api/v1/solutions.
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { ErrorBody, IdParams } from '../http/schemas.ts';
import { writeLimit } from '../http/rate-limits.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { TransitionInput } from '../items/schemas.ts';
import { pagingAnswer, pagingFilter } from '../items/cursor.ts';
import { ITEM_KINDS } from '../items/kinds.ts';
import {
  changeItem,
  createItem,
  itemFilter,
  listVisibleItems,
  readableItem,
  transitionItem,
  type ItemListQuery,
} from '../items/service.ts';
import { withTextSearch } from '../matching/search.ts';
import { publicReadAccess, publicReadFailures, publicReadSecurity } from '../api-keys/public-access.ts';
import type { KindPages, PresentedItem } from './kind-pages.ts';

const security = [{ session: [] }];

type PagedQuery = ItemListQuery & { limit?: number; cursor?: string; updated_since?: string };

export function itemApiRoutes<K extends ItemKind, P extends PresentedItem>(
  app: App,
  services: Services,
  pages: KindPages<K, P>,
): void {
  const { kind } = pages.content;
  const { path, actionsSummary } = ITEM_KINDS[kind];
  const { Item, Input, Update, List, ListQuery } = pages.schemas;
  const base = `/api/v1/${path}`;
  const tags = [path];
  const publicRead = publicReadAccess(app, services);
  const readable = (viewer: Parameters<typeof readableItem>[2], id: string) =>
    readableItem(services, kind, viewer, id).then(pages.present);

  app.get(
    base,
    {
      onRequest: publicRead,
      schema: {
        tags,
        security: publicReadSecurity,
        summary: `List the ${path} the caller may see, by page number or by cursor (limit, cursor)`,
        querystring: ListQuery,
        response: { 200: List, 400: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => {
      const query = request.query as PagedQuery;
      const filter = await withTextSearch(services, kind, itemFilter(kind, query, pagingFilter(query)), request.viewer);
      const { rows, total, more } = await listVisibleItems(services, kind, filter, request.viewer);
      return {
        items: rows.map(pages.present),
        total,
        ...pagingAnswer(request.url, filter, rows, more, query.page ?? 1),
      };
    },
  );

  app.get(
    `${base}/:id`,
    {
      onRequest: publicRead,
      schema: {
        tags,
        security: publicReadSecurity,
        summary: `One ${kind}`,
        params: IdParams,
        response: { 200: Item, 404: ErrorBody, ...publicReadFailures },
      },
    },
    async (request) => readable(request.viewer, request.params.id),
  );

  app.post(
    base,
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: `Post a ${kind} as a draft`,
        body: Input,
        response: { 201: Item, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      const id = await createItem(services, pages.content, request.viewer, request.body as { organisationId?: string });
      const created = await readable(request.viewer, id);
      return reply.status(201).header('location', `${base}/${id}`).send(created);
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: `Change a ${kind}`,
        params: IdParams,
        body: Update,
        response: { 200: Item, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      await changeItem(services, pages.content, request.viewer, request.params.id, request.body as object);
      return readable(request.viewer, request.params.id);
    },
  );

  app.post(
    `${base}/:id/transitions`,
    {
      config: { rateLimit: writeLimit },
      onRequest: requireViewer,
      schema: {
        tags,
        security,
        summary: `Move a ${kind} through its lifecycle (${actionsSummary})`,
        params: IdParams,
        body: TransitionInput,
        response: { 200: Item, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request) => {
      const { action, reason } = request.body;
      await transitionItem(services, kind, request.viewer, request.params.id, action, reason);
      return readable(request.viewer, request.params.id);
    },
  );
}
