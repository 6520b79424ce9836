// The ambassador's review queue and a member's own items.
import type { App, Services } from '../app-types.ts';
import { requireAmbassador, requireViewer } from '../accounts/guards.ts';
import { sendPage } from '../web/render.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext, type PageContext } from '../web/context.ts';
import { listChallenges } from '../challenges/repository.ts';
import { listSolutions } from '../solutions/repository.ts';
import { CHALLENGE_STATUSES, SOLUTION_STATUSES } from '../publication/lifecycle.ts';
import { ItemCard, type CardItem } from '../catalogue/components.tsx';
import { challengeCard, solutionCard } from '../catalogue/cards.ts';
import { readLimit } from '../publication/rate-limits.ts';
import type { ItemFilter } from '../publication/filter.ts';

const QUEUE_SIZE = 200;

function filterFor(statuses: readonly string[], extra: Partial<ItemFilter> = {}): ItemFilter {
  return { statuses: [...statuses], sectors: [], spearheads: [], regions: [], languages: [], limit: QUEUE_SIZE, offset: 0, ...extra };
}

function ItemSection({ id, heading, items, empty, context }: { id: string; heading: string; items: CardItem[]; empty: string; context: PageContext }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? <p>{empty}</p> : items.map((item) => <ItemCard item={item} t={context.t} headingLevel={3} />)}
    </section>
  );
}

export function reviewRoutes(app: App, services: Services): void {
  app.get('/review', { config: { rateLimit: readLimit }, onRequest: requireAmbassador }, async (request, reply) => {
    const filter = filterFor(['submitted']);
    const [challenges, solutions] = await Promise.all([
      listChallenges(services.db, filter, request.viewer),
      listSolutions(services.db, filter, request.viewer),
    ]);
    const context = pageContext(request, reply);
    const { t } = context;
    return sendPage(reply, (
      <Layout context={context} title={t.t('review.title')}>
        <h1>{t.t('review.title')}</h1>
        <p>{t.t('review.intro')}</p>
        <ItemSection id="review-challenges" heading={t.t('nav.challenges')} items={challenges.rows.map(challengeCard)} empty={t.t('review.empty')} context={context} />
        <ItemSection id="review-solutions" heading={t.t('nav.solutions')} items={solutions.rows.map(solutionCard)} empty={t.t('review.empty')} context={context} />
      </Layout>
    ));
  });

  app.get('/my', { config: { rateLimit: readLimit }, onRequest: requireViewer }, async (request, reply) => {
    const organisationIds = request.viewer?.organisationIds ?? [];
    const [challenges, solutions] = await Promise.all([
      listChallenges(services.db, filterFor(CHALLENGE_STATUSES, { organisationIds }), request.viewer),
      listSolutions(services.db, filterFor(SOLUTION_STATUSES, { organisationIds }), request.viewer),
    ]);
    const context = pageContext(request, reply);
    const { t } = context;
    return sendPage(reply, (
      <Layout context={context} title={t.t('my.title')}>
        <h1>{t.t('my.title')}</h1>
        <p class="hero-actions">
          <a class="button" href="/challenges/new">{t.t('catalogue.new_challenge')}</a>
          <a class="button secondary" href="/solutions/new">{t.t('catalogue.new_solution')}</a>
        </p>
        <ItemSection id="my-challenges" heading={t.t('my.challenges')} items={challenges.rows.map(challengeCard)} empty={t.t('my.none')} context={context} />
        <ItemSection id="my-solutions" heading={t.t('my.solutions')} items={solutions.rows.map(solutionCard)} empty={t.t('my.none')} context={context} />
        <section aria-labelledby="my-export">
          <h2 id="my-export">{t.t('export.heading')}</h2>
          <p>{t.t('export.intro')}</p>
          <p class="hero-actions">
            <a class="button secondary" href="/my/challenges.csv" download>{t.t('export.challenges')}</a>
            <a class="button secondary" href="/my/solutions.csv" download>{t.t('export.solutions')}</a>
          </p>
        </section>
      </Layout>
    ));
  });
}
