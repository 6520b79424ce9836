// Building blocks of the public catalogue: result cards, facet filters and pagination. The filter
// form is a plain GET form, so it works without JavaScript and every result page has an address.
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { SECTORS, type Labels } from '../taxonomy/taxonomy.ts';

export interface CardItem {
  id: string;
  title: string;
  description: string;
  href: string;
  organisation: string;
  isSme: boolean;
  status: string;
  sectors: string[];
  language: string;
  /** The partner region an item was copied from (src/federation). */
  origin?: string;
}

export function excerpt(text: string, length = 220): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : length)}…`;
}

export function StatusBadge({ status, t }: { status: string; t: Translator }) {
  return <span class={`badge status-${status}`}>{t.t(`status.${status}` as MessageKey)}</span>;
}

export function ItemCard({ item, t, headingLevel = 2 }: { item: CardItem; t: Translator; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="card" lang={item.language}>
      <Heading class="card-title">
        <a href={item.href}>{item.title}</a>
      </Heading>
      <p class="card-meta" lang={t.locale}>
        {t.t('catalogue.by', { organisation: item.organisation })}
        {item.isSme && (
          <>
            {' '}
            <span class="badge">{t.t('catalogue.sme')}</span>
          </>
        )}{' '}
        <StatusBadge status={item.status} t={t} />
        {item.origin && (
          <>
            {' '}
            <span class="badge">{t.t('federation.origin', { name: item.origin })}</span>
          </>
        )}
      </p>
      <p>{excerpt(item.description)}</p>
      <ul class="tags" lang={t.locale} aria-label={t.t('field.sectors')}>
        {item.sectors.map((code) => (
          <li>{t.label(SECTORS[code as keyof typeof SECTORS] ?? { nl: code, fr: code, en: code })}</li>
        ))}
      </ul>
    </article>
  );
}

export interface Facet {
  name: string;
  label: MessageKey;
  options: [string, Labels | string][];
}

function optionText(t: Translator, label: Labels | string): string {
  return typeof label === 'string' ? label : t.label(label);
}

export function FacetForm({
  facets,
  query,
  counts,
  t,
  action,
}: {
  facets: Facet[];
  query: URLSearchParams;
  counts: Record<string, Record<string, number>>;
  t: Translator;
  action: string;
}) {
  const chosen = facets.reduce((sum, facet) => sum + query.getAll(facet.name).length, query.get('q') ? 1 : 0);
  // Folded on a phone; from the two-column width the style sheet shows the form and hides the summary.
  return (
    <details class="facet-panel">
      <summary>
        {chosen > 0 ? t.t('catalogue.filters_chosen', { count: t.number(chosen) }) : t.t('catalogue.filters')}
      </summary>
      {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is announced by screen readers that do not know the <search> element yet */}
      <form method="get" action={action} class="facets" role="search">
        <div class="field">
          <label for="q">{t.t('catalogue.search')}</label>
          <input id="q" name="q" type="search" value={query.get('q') ?? ''} />
        </div>
        {facets.map((facet) => (
          <fieldset class="facet">
            <legend>{t.t(facet.label)}</legend>
            {facet.options.map(([code, label]) => {
              const id = `${facet.name}-${code}`;
              const count = counts[facet.name]?.[code] ?? 0;
              return (
                <div class="checkbox">
                  <input
                    type="checkbox"
                    id={id}
                    name={facet.name}
                    value={code}
                    checked={query.getAll(facet.name).includes(code)}
                  />
                  <label for={id}>
                    {optionText(t, label)} <span class="count">({t.number(count)})</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        ))}
        <div class="actions">
          <button type="submit">{t.t('action.filter')}</button>
          <a href={action}>{t.t('action.reset_filters')}</a>
        </div>
      </form>
    </details>
  );
}

export function Pagination({
  page,
  perPage,
  total,
  query,
  path,
  t,
}: {
  page: number;
  perPage: number;
  total: number;
  query: URLSearchParams;
  path: string;
  t: Translator;
}) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages === 1) return null;
  const link = (target: number) => {
    const next = new URLSearchParams(query);
    next.set('page', String(target));
    next.delete('lang');
    return `${path}?${next.toString()}`;
  };
  return (
    <nav aria-label={t.t('catalogue.pagination')} class="pagination">
      {page > 1 && (
        <a href={link(page - 1)} rel="prev">
          {t.t('action.previous')}
        </a>
      )}
      <span aria-current="page">
        {t.t('common.page', { page: t.number(page) })} / {t.number(pages)}
      </span>
      {page < pages && (
        <a href={link(page + 1)} rel="next">
          {t.t('action.next')}
        </a>
      )}
    </nav>
  );
}
