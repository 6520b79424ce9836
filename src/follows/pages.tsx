// /account/follows: what a person follows, their saved searches and their contact setting, with the
// forms (also used by the buttons on detail and catalogue pages) to change them.
import type { App, Services } from '../app-types.ts';
import type { Translator } from '../i18n/translator.ts';
import { requireViewer } from '../http/guards.ts';
import { localPath } from '../web/form-problems.ts';
import { readLimit, writeLimit } from '../http/rate-limits.ts';
import { sendPage } from '../web/render.ts';
import { pageContext, type PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { CsrfField } from '../web/forms.tsx';
import { pageId } from '../web/form-handling.ts';
import { formToInput, parseInput } from '../shared/validation.ts';
import { errors } from '../shared/errors.ts';
import { SECTORS, SPEARHEADS } from '../taxonomy/taxonomy.ts';
import type { Viewer } from '../shared/viewer.ts';
import { loadItemFacts, mayRead } from '../items/withheld.ts';
import * as service from './service.ts';
import { Follow, SavedSearchInput } from './schemas.ts';

type Body = Record<string, unknown>;
const PAGE = '/account/follows';
const PATHS: Record<string, string> = { challenge: 'challenges', solution: 'solutions', organisation: 'organisations' };

interface FollowLine extends Follow {
  label: string;
  href: string | null;
}

function labelOf(t: Translator, names: Map<string, string>, follow: Follow): string {
  if (follow.targetType === 'sector')
    return t.label(
      SECTORS[follow.target as keyof typeof SECTORS] ?? { nl: follow.target, fr: follow.target, en: follow.target },
    );
  if (follow.targetType === 'spearhead')
    return t.label(
      SPEARHEADS[Number(follow.target) as keyof typeof SPEARHEADS] ?? {
        nl: follow.target,
        fr: follow.target,
        en: follow.target,
      },
    );
  return names.get(follow.target) ?? t.t('follows.removed_item');
}

/** Names of what is followed: an item only while the reader may read it, else it is no longer available to them. */
async function followedNames(services: Services, viewer: Viewer, follows: Follow[]): Promise<Map<string, string>> {
  const ids = (type: string) => follows.filter((f) => f.targetType === type).map((f) => f.target);
  const [items, organisations] = await Promise.all([
    loadItemFacts(services.db, { challenge: ids('challenge'), solution: ids('solution') }),
    service.organisationNames(services, ids('organisation')),
  ]);
  const readable = [...items.values()]
    .filter((item) => mayRead(viewer, item))
    .map((item): [string, string] => [item.id, item.title]);
  return new Map([...readable, ...organisations]);
}

async function followLines(services: Services, viewer: Viewer, t: Translator): Promise<FollowLine[]> {
  const follows = await service.followsOf(services, viewer.id);
  const names = await followedNames(services, viewer, follows);
  return follows.map((f) => ({
    ...f,
    label: labelOf(t, names, f),
    href: PATHS[f.targetType] && names.has(f.target) ? `/${PATHS[f.targetType]}/${f.target}` : null,
  }));
}

function RemoveForm({
  context,
  action,
  fields,
  label,
}: {
  context: PageContext;
  action: string;
  fields: Record<string, string>;
  label: string;
}) {
  return (
    <form method="post" action={action} class="inline-form">
      <CsrfField token={context.csrfToken} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="link-button">
        {label}
      </button>
    </form>
  );
}

function ContactForm({ context, followedOnly }: { context: PageContext; followedOnly: boolean }) {
  const { t } = context;
  return (
    <form method="post" action="/account/contact-settings">
      <CsrfField token={context.csrfToken} />
      <fieldset>
        <legend>{t.t('follows.contact_legend')}</legend>
        {(['anyone', 'followed'] as const).map((choice) => (
          <div class="radio">
            <input
              type="radio"
              id={`contact-${choice}`}
              name="followedOnly"
              value={String(choice === 'followed')}
              checked={followedOnly === (choice === 'followed')}
            />
            <label for={`contact-${choice}`}>{t.t(`follows.contact_${choice}`)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{t.t('notification.save')}</button>
    </form>
  );
}

function FollowsPage({
  context,
  follows,
  searches,
  followedOnly,
}: {
  context: PageContext;
  follows: FollowLine[];
  searches: { id: string; kind: string; query: string }[];
  followedOnly: boolean;
}) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('follows.title')}>
      <h1>{t.t('follows.title')}</h1>
      <section aria-labelledby="follows-heading">
        <h2 id="follows-heading">{t.t('follows.following_heading', { count: follows.length })}</h2>
        {follows.length === 0 ? (
          <p>{t.t('follows.none')}</p>
        ) : (
          <ul>
            {follows.map((f) => (
              <li>
                {t.colon(t.t(`follows.type.${f.targetType}`))} {f.href ? <a href={f.href}>{f.label}</a> : f.label}{' '}
                <RemoveForm
                  context={context}
                  action="/account/follows/remove"
                  fields={{ targetType: f.targetType, target: f.target, back: PAGE }}
                  label={t.t('follows.unfollow', { name: f.label })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="searches-heading">
        <h2 id="searches-heading">{t.t('follows.searches_heading', { count: searches.length })}</h2>
        {searches.length === 0 ? (
          <p>{t.t('follows.no_searches')}</p>
        ) : (
          <ul>
            {searches.map((s) => {
              const href = `/${s.kind === 'challenge' ? 'challenges' : 'solutions'}${s.query ? `?${s.query}` : ''}`;
              const label = `${t.colon(t.t(`follows.type.${s.kind as 'challenge' | 'solution'}`))} ${s.query || t.t('follows.everything')}`;
              return (
                <li>
                  <a href={href}>{label}</a>{' '}
                  <RemoveForm
                    context={context}
                    action={`/account/saved-searches/${s.id}/delete`}
                    fields={{}}
                    label={t.t('follows.delete_search', { name: label })}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t.t('follows.contact_heading')}</h2>
        <p>{t.t('follows.contact_intro')}</p>
        <ContactForm context={context} followedOnly={followedOnly} />
      </section>
    </Layout>
  );
}

const back = (body: Body) => localPath(body.back, PAGE);

export function followPages(app: App, services: Services): void {
  app.get(PAGE, { config: { rateLimit: readLimit }, onRequest: requireViewer }, async (request, reply) => {
    const viewer = request.viewer;
    if (!viewer) throw errors.unauthenticated();
    const [follows, searches, followedOnly] = await Promise.all([
      followLines(services, viewer, request.translator),
      service.savedSearchesOf(services, viewer.id),
      service.contactSettingOf(services, viewer.id),
    ]);
    return sendPage(
      reply,
      <FollowsPage
        context={pageContext(request, reply)}
        follows={follows}
        searches={searches}
        followedOnly={followedOnly}
      />,
    );
  });

  app.post<{ Body: Body }>(
    PAGE,
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      await service.follow(services, request.viewer, parseInput(Follow, formToInput(request.body)));
      return reply.redirect(back(request.body), 303);
    },
  );

  app.post<{ Body: Body }>(
    `${PAGE}/remove`,
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      await service.unfollow(services, request.viewer, parseInput(Follow, formToInput(request.body)));
      return reply.redirect(back(request.body), 303);
    },
  );

  app.post<{ Body: Body }>(
    '/account/saved-searches',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      const input = parseInput(SavedSearchInput, formToInput(request.body));
      await service.saveSearch(services, request.viewer, input.kind, input.query);
      return reply.redirect(PAGE, 303);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/account/saved-searches/:id/delete',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      await service.deleteSearch(services, request.viewer, pageId(request.params.id));
      return reply.redirect(PAGE, 303);
    },
  );

  app.post<{ Body: Body }>(
    '/account/contact-settings',
    { config: { rateLimit: writeLimit }, onRequest: requireViewer },
    async (request, reply) => {
      if (!['true', 'false'].includes(String(request.body.followedOnly)))
        throw errors.validation([{ field: 'followedOnly', message: 'field.required' }]);
      await service.setContactSetting(services, request.viewer, request.body.followedOnly === 'true');
      return reply.redirect(PAGE, 303);
    },
  );
}
