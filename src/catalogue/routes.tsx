// Public pages: the home page and the faceted catalogues of challenges and solutions.
import type { App, Services } from '../app-types.ts';
import { sendPage } from '../web/render.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext, type PageContext } from '../web/context.ts';
import { parseInput } from '../shared/validation.ts';
import { SPEARHEADS } from '../taxonomy/taxonomy.ts';
import { ChallengeListQuery } from '../challenges/schemas.ts';
import { SolutionListQuery } from '../solutions/schemas.ts';
import { countFacets, itemFilter, listVisibleItems, type ItemFacetCounts } from '../items/service.ts';
import { FacetForm, ItemCard, Pagination, type CardItem, type Facet } from './components.tsx';
import { challengeFacets, solutionFacets } from './facets.ts';
import { FacetCountCache } from './facet-cache.ts';
import { challengeCard, solutionCard } from './cards.ts';
import { withOrigins } from '../federation/origin.tsx';
import { readLimit } from '../http/rate-limits.ts';
import { withTextSearch } from '../matching/search.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { SaveSearchButton } from '../follows/components.tsx';
import { visibilityScope } from '../items/permissions.ts';
import type { Viewer } from '../shared/viewer.ts';

interface CatalogueProps {
  context: PageContext;
  title: MessageKey;
  items: CardItem[];
  total: number;
  page: number;
  perPage: number;
  facets: Facet[];
  counts: Record<string, Record<string, number>>;
  newItem: { href: string; label: MessageKey } | null;
}

function CataloguePage({ context, title, items, total, page, perPage, facets, counts, newItem }: CatalogueProps) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t(title)}>
      <div class="page-heading">
        <h1>{t.t(title)}</h1>
        {newItem && (
          <a class="button" href={newItem.href}>
            {t.t(newItem.label)}
          </a>
        )}
      </div>
      {/* The results come first in the reading order; on a phone the filters fold up after them. */}
      <div class="catalogue">
        <section class="catalogue-results" aria-labelledby="result-count">
          <p id="result-count" role="status">
            {t.plural('common.results', total)}
          </p>
          <p class="to-filters">
            <a href="#catalogue-filters">{t.t('catalogue.to_filters')}</a>
          </p>
          <SaveSearchButton context={context} kind={context.path.startsWith('/solutions') ? 'solution' : 'challenge'} />
          {items.length === 0 ? (
            <p>{t.t('catalogue.no_results')}</p>
          ) : (
            items.map((item) => <ItemCard item={item} t={t} />)
          )}
          <Pagination page={page} perPage={perPage} total={total} query={context.query} path={context.path} t={t} />
        </section>
        <aside class="catalogue-filters" id="catalogue-filters" aria-label={t.t('catalogue.filters')}>
          <FacetForm facets={facets} query={context.query} counts={counts} t={t} action={context.path} />
        </aside>
      </div>
    </Layout>
  );
}

function Home({
  context,
  challenges,
  solutions,
  totals,
}: {
  context: PageContext;
  challenges: CardItem[];
  solutions: CardItem[];
  totals: { challenges: number; solutions: number };
}) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('site.tagline')}>
      <section class="hero">
        <h1>{t.t('home.title')}</h1>
        <p class="lead">{t.t('home.intro')}</p>
        <p>{t.t('home.figures', { challenges: t.number(totals.challenges), solutions: t.number(totals.solutions) })}</p>
        <p class="hint">{t.t('home.figures_note')}</p>
        {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is announced by screen readers that do not know the <search> element yet */}
        <form method="get" action="/challenges" role="search" class="hero-search">
          <label for="home-q">{t.t('home.search_label')}</label>
          <input id="home-q" name="q" type="search" />
          <button type="submit">{t.t('action.search')}</button>
        </form>
        <p class="hero-actions">
          <a class="button" href="/challenges/new">
            {t.t('home.post_challenge')}
          </a>
          <a class="button secondary" href="/solutions/new">
            {t.t('home.post_solution')}
          </a>
        </p>
      </section>
      <div class="two-columns">
        <section aria-labelledby="latest-challenges">
          <h2 id="latest-challenges">{t.t('home.latest_challenges')}</h2>
          {challenges.map((item) => (
            <ItemCard item={item} t={t} headingLevel={3} />
          ))}
          <p>
            <a href="/challenges">{t.t('home.all_challenges')}</a>
          </p>
        </section>
        <section aria-labelledby="latest-solutions">
          <h2 id="latest-solutions">{t.t('home.latest_solutions')}</h2>
          {solutions.map((item) => (
            <ItemCard item={item} t={t} headingLevel={3} />
          ))}
          <p>
            <a href="/solutions">{t.t('home.all_solutions')}</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="spearheads">
        <h2 id="spearheads">{t.t('home.spearheads')}</h2>
        <ol class="spearheads">
          {Object.entries(SPEARHEADS).map(([n, labels]) => (
            <li>
              <a href={`/challenges?spearhead=${n}`}>{t.label(labels)}</a>
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}

export function cataloguePages(app: App, services: Services): void {
  const challengeCounts = new FacetCountCache<ItemFacetCounts>(services.events);
  const solutionCounts = new FacetCountCache<ItemFacetCounts>(services.events);
  // Readers share counts when they may see the same items (visibilityScope).
  const shared = <T,>(cache: FacetCountCache<T>, viewer: Viewer | null, filter: object, compute: () => Promise<T>) =>
    cache.get(`${visibilityScope(viewer)} ${JSON.stringify(filter)}`, compute);
  app.get('/', { config: { rateLimit: readLimit, publicCache: true } }, async (request, reply) => {
    const [challenges, solutions] = await Promise.all([
      listVisibleItems(services, 'challenge', itemFilter('challenge', { perPage: 4 }), request.viewer),
      listVisibleItems(services, 'solution', itemFilter('solution', { perPage: 4 }), request.viewer),
    ]);
    return sendPage(
      reply,
      <Home
        context={pageContext(request, reply)}
        challenges={await withOrigins(services, 'challenge', challenges.rows.map(challengeCard))}
        solutions={await withOrigins(services, 'solution', solutions.rows.map(solutionCard))}
        totals={{ challenges: challenges.total, solutions: solutions.total }}
      />,
    );
  });

  app.get('/challenges', { config: { rateLimit: readLimit, publicCache: true } }, async (request, reply) => {
    const query = parseInput(ChallengeListQuery, request.query);
    const filter = await withTextSearch(services, 'challenge', itemFilter('challenge', query), request.viewer);
    const [{ rows, total }, counts] = await Promise.all([
      listVisibleItems(services, 'challenge', filter, request.viewer),
      shared(challengeCounts, request.viewer, filter, () => countFacets(services, 'challenge', filter, request.viewer)),
    ]);
    const context = pageContext(request, reply);
    return sendPage(
      reply,
      <CataloguePage
        context={context}
        title="catalogue.challenges_title"
        items={await withOrigins(services, 'challenge', rows.map(challengeCard))}
        total={total}
        page={query.page ?? 1}
        perPage={filter.limit}
        facets={challengeFacets(context.t)}
        counts={counts}
        newItem={{ href: '/challenges/new', label: 'catalogue.new_challenge' }}
      />,
    );
  });

  app.get('/solutions', { config: { rateLimit: readLimit, publicCache: true } }, async (request, reply) => {
    const query = parseInput(SolutionListQuery, request.query);
    const filter = await withTextSearch(services, 'solution', itemFilter('solution', query), request.viewer);
    const [{ rows, total }, counts] = await Promise.all([
      listVisibleItems(services, 'solution', filter, request.viewer),
      shared(solutionCounts, request.viewer, filter, () => countFacets(services, 'solution', filter, request.viewer)),
    ]);
    const context = pageContext(request, reply);
    return sendPage(
      reply,
      <CataloguePage
        context={context}
        title="catalogue.solutions_title"
        items={await withOrigins(services, 'solution', rows.map(solutionCard))}
        total={total}
        page={query.page ?? 1}
        perPage={filter.limit}
        facets={solutionFacets(context.t)}
        counts={counts}
        newItem={{ href: '/solutions/new', label: 'catalogue.new_solution' }}
      />,
    );
  });
}
