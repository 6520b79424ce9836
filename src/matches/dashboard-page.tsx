// Where a member lands after logging in: the matches waiting for them, their organisation's items,
// and their drafts (and items sent back) apart, so unfinished work is not lost among the rest.
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { ItemCard, type CardItem } from '../catalogue/components.tsx';
import type { InboxGroup } from './inbox-schemas.ts';
import { InboxEntryCard } from './inbox-page.tsx';
import type { DashboardItems } from './inbox.ts';

function ItemSection({
  id,
  heading,
  items,
  empty,
  context,
}: {
  id: string;
  heading: string;
  items: CardItem[];
  empty: string;
  context: PageContext;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        items.map((item) => <ItemCard item={item} t={context.t} headingLevel={3} />)
      )}
    </section>
  );
}

export function DashboardPage({
  context,
  waiting,
  items,
}: {
  context: PageContext;
  waiting: InboxGroup;
  items: DashboardItems;
}) {
  const { t } = context;
  return (
    <Layout context={context} title={t.t('my.title')}>
      <h1>{t.t('my.title')}</h1>
      <p class="hero-actions">
        <a class="button" href="/challenges/new">
          {t.t('catalogue.new_challenge')}
        </a>
        <a class="button secondary" href="/solutions/new">
          {t.t('catalogue.new_solution')}
        </a>
      </p>
      <section aria-labelledby="my-waiting">
        <h2 id="my-waiting">
          {t.t('dashboard.matches')} ({t.number(waiting.count)})
        </h2>
        {waiting.count === 0 ? (
          <p>{t.t('inbox.empty.your_turn')}</p>
        ) : (
          <ul class="match-list">
            {waiting.entries.map((entry) => (
              <InboxEntryCard entry={entry} t={t} />
            ))}
          </ul>
        )}
        <p>
          <a href="/my/matches">{t.t('dashboard.all_matches')}</a>
        </p>
      </section>
      <ItemSection
        id="my-drafts"
        heading={t.t('dashboard.drafts')}
        items={items.drafts}
        empty={t.t('dashboard.drafts_none')}
        context={context}
      />
      <ItemSection
        id="my-challenges"
        heading={t.t('my.challenges')}
        items={items.challenges}
        empty={t.t('dashboard.items_none')}
        context={context}
      />
      <ItemSection
        id="my-solutions"
        heading={t.t('my.solutions')}
        items={items.solutions}
        empty={t.t('dashboard.items_none')}
        context={context}
      />
      <section aria-labelledby="my-export">
        <h2 id="my-export">{t.t('export.heading')}</h2>
        <p>{t.t('export.intro')}</p>
        <p class="hero-actions">
          <a class="button secondary" href="/my/challenges.csv" download>
            {t.t('export.challenges')}
          </a>
          <a class="button secondary" href="/my/solutions.csv" download>
            {t.t('export.solutions')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
