// The ambassador's review queue. (A member's own items are on the dashboard, src/matches/inbox-routes.tsx.)
import type { App, Services } from '../app-types.ts';
import { requireAmbassador } from '../accounts/guards.ts';
import { sendPage } from '../web/render.ts';
import { Layout } from '../web/layout.tsx';
import { pageContext, type PageContext } from '../web/context.ts';
import { listChallenges } from '../challenges/repository.ts';
import { listSolutions } from '../solutions/repository.ts';
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
}
