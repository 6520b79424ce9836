// An item's page: what it is, who posts it, its facts, and what the reader may do with it.
import type { ComponentChildren } from 'preact';
import type { PageContext } from '../web/context.ts';
import { Layout } from '../web/layout.tsx';
import { RichText } from '../web/rich-text.tsx';
import { StatusBadge } from '../catalogue/components.tsx';
import { CLASSIFICATIONS } from '../taxonomy/taxonomy.ts';
import type { Action } from '../items/lifecycle.ts';
import { ITEM_KINDS } from '../items/kinds.ts';
import type { ItemKind } from '../shared/item-kind.ts';
import { publicDescription, VisitorCallToAction } from './visitor-call.tsx';
import { ActionForms, Fact, Facts, labelOf } from './components.tsx';
import type { PresentedItem } from './kind-pages.ts';

export function ItemDetailPage({
  context,
  kind,
  item,
  facts,
  actions,
  canEdit,
  extra,
  structuredData,
  contentChangedAt,
}: {
  context: PageContext;
  kind: ItemKind;
  item: PresentedItem;
  /** The kind's own facts, shown before the ones every item has. */
  facts: ComponentChildren;
  actions: Action[];
  canEdit: boolean;
  extra?: ComponentChildren;
  structuredData?: string | null;
  /** When the content last changed, shown to every reader (changes after review wait for the curator's check). */
  contentChangedAt?: Date | null;
}) {
  const { t } = context;
  const { path, messages } = ITEM_KINDS[kind];
  return (
    <Layout
      context={context}
      title={item.title}
      structuredData={structuredData}
      description={publicDescription({ ...item, kind })}
    >
      <article class="item-detail">
        <p class="eyebrow">
          {t.t(messages.nav)} · <StatusBadge status={item.status} t={t} />
        </p>
        <h1 lang={item.language}>{item.title}</h1>
        <p class="card-meta">
          <a href={`/organisations/${item.organisation.id}`}>{item.organisation.name}</a>
        </p>
        {item.reviewNote && (
          <div class="notice" role="note">
            <strong>{t.colon(t.t('item.review_note'))}</strong> {item.reviewNote}
          </div>
        )}
        <RichText source={item.description} lang={item.language} />
        <Facts>
          {facts}
          <Fact label={t.t('field.classification')}>{labelOf(t, CLASSIFICATIONS, item.classification)}</Fact>
          {item.publishedAt && <Fact label={t.t('field.published_at')}>{t.date(item.publishedAt)}</Fact>}
          {contentChangedAt && <Fact label={t.t('changes.last_changed')}>{t.date(contentChangedAt)}</Fact>}
          {item.expiresAt && <Fact label={t.t('field.expires_at')}>{t.date(item.expiresAt)}</Fact>}
        </Facts>
        {canEdit && (
          <p>
            <a class="button secondary" href={`/${path}/${item.id}/edit`}>
              {t.t('action.edit')}
            </a>
          </p>
        )}
        <ActionForms actions={actions} action={`/${path}/${item.id}/transition`} csrfToken={context.csrfToken} t={t} />
        <VisitorCallToAction context={context} item={{ ...item, kind }} />
        {extra}
      </article>
    </Layout>
  );
}
