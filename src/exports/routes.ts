// "Export of everything a member may see": CSV downloads of the challenges and solutions the
// signed-in person may read, for the API (/api/v1/exports/…) and as links on /my (/my/….csv).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Services } from '../app-types.ts';
import { requireViewer } from '../http/guards.ts';
import { readLimit } from '../http/rate-limits.ts';
import { ErrorBody } from '../http/schemas.ts';
import { errors } from '../shared/errors.ts';
import { exportCsv, type Dataset } from './service.ts';

async function sendExport(
  services: Services,
  dataset: Dataset,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const viewer = request.viewer;
  if (!viewer) throw errors.unauthenticated();
  const body = await exportCsv(services, dataset, viewer);
  const day = services.now().toISOString().slice(0, 10);
  reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="helemaal-digitaal-${dataset}-${day}.csv"`)
    .send(body);
}

export function exportRoutes(app: App, services: Services): void {
  for (const dataset of ['challenges', 'solutions'] as const) {
    app.get(
      `/api/v1/exports/${dataset}.csv`,
      {
        config: { rateLimit: readLimit },
        onRequest: requireViewer,
        schema: {
          tags: ['exports'],
          produces: ['text/csv'],
          summary: `Every ${dataset.slice(0, -1)} the caller may see (their organisation’s drafts and confidential items included), as CSV`,
          response: { 401: ErrorBody },
        },
      },
      (request, reply) => sendExport(services, dataset, request, reply),
    );
    app.get(
      `/my/${dataset}.csv`,
      { config: { page: true, rateLimit: readLimit }, onRequest: requireViewer },
      (request, reply) => sendExport(services, dataset, request, reply),
    );
  }
}
