// A readable page of the API operations, drawn from the OpenAPI document itself so the two never
// disagree; the machine-readable document is linked for tools.
import type { App } from '../app-types.ts';
import { sendPage } from '../web/render.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext } from '../web/context.ts';
import { readLimit } from '../http/rate-limits.ts';

interface Operation {
  method: string;
  path: string;
  summary: string;
  tag: string;
  secured: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** An empty requirement (`{}`) among the alternatives means the operation is open without one. */
const needsCredential = (security: object[]): boolean =>
  security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);

function operationsOf(document: {
  paths?: Record<string, Record<string, { summary?: string; tags?: string[]; security?: object[] }>>;
}): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({
      method: method.toUpperCase(),
      path,
      summary: item[method]?.summary ?? '',
      tag: item[method]?.tags?.[0] ?? 'other',
      secured: needsCredential(item[method]?.security ?? []),
    })),
  );
}

export function apiDocsPage(app: App): void {
  app.get('/api/docs', { config: { rateLimit: readLimit }, schema: { hide: true } }, async (request, reply) => {
    const operations = operationsOf(app.swagger() as never);
    const tags = [...new Set(operations.map((o) => o.tag))].sort();
    const context = pageContext(request, reply);
    const { t } = context;
    return sendPage(
      reply,
      <Layout context={context} title={t.t('footer.api')}>
        <h1>{t.t('footer.api')}</h1>
        <p>
          <a href="/api/openapi.json">OpenAPI 3.1 (JSON)</a>
        </p>
        {tags.map((tag) => (
          <section aria-labelledby={`tag-${tag}`}>
            <h2 id={`tag-${tag}`}>{tag}</h2>
            <section class="table-scroll" tabindex={0} aria-label={tag}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.t('api.method')}</th>
                    <th scope="col">{t.t('api.path')}</th>
                    <th scope="col">{t.t('api.summary')}</th>
                  </tr>
                </thead>
                <tbody>
                  {operations
                    .filter((o) => o.tag === tag)
                    .map((o) => (
                      <tr>
                        <td>
                          <code>{o.method}</code>
                        </td>
                        <td>
                          <code>{o.path}</code>
                          {o.secured && <> ({t.t('api.login_required')})</>}
                        </td>
                        <td lang="en">{o.summary}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          </section>
        ))}
      </Layout>,
    );
  });
}
