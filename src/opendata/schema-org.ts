// schema.org descriptions of public detail pages, for search engines. A challenge is a
// schema:Demand (an organisation announcing what it seeks), a solution a schema:Service.
import type { Challenge } from '../challenges/schemas.ts';
import type { Solution } from '../solutions/schemas.ts';
import { LISTED_STATUSES } from '../items/lifecycle.ts';

type Item = { kind: 'challenge'; value: Challenge } | { kind: 'solution'; value: Solution };

const NUTS = 'http://data.europa.eu/nuts/code/';

function isPublic(item: Item): boolean {
  return item.value.classification === 'public' && LISTED_STATUSES[item.kind].includes(item.value.status);
}

/**
 * The JSON-LD object for a detail page, or null when the item is not public and published (then the
 * page must carry none). Call as `schemaOrgFor(config.baseUrl, { kind: 'solution', value: presentSolution(row) })`.
 */
export function schemaOrgFor(baseUrl: string, item: Item): Record<string, unknown> | null {
  if (!isPublic(item)) return null;
  const { value } = item;
  const common = {
    '@context': 'https://schema.org',
    '@id': `${baseUrl}${value.links.page}`,
    url: `${baseUrl}${value.links.page}`,
    name: value.title,
    description: value.description,
    inLanguage: value.language,
    ...(value.publishedAt ? { datePublished: value.publishedAt } : {}),
    dateModified: value.updatedAt,
  };
  const organisation = { '@type': 'Organization', name: value.organisation.name };
  if (item.kind === 'challenge') {
    return {
      ...common,
      '@type': 'Demand',
      areaServed: { '@type': 'AdministrativeArea', '@id': NUTS + item.value.region },
      seller: organisation,
    };
  }
  return {
    ...common,
    '@type': 'Service',
    provider: organisation,
    serviceType: item.value.kind,
    areaServed: item.value.regionsServed.map((region) => ({ '@type': 'AdministrativeArea', '@id': NUTS + region })),
    availableLanguage: item.value.languages,
  };
}

/** Serialises for a `<script type="application/ld+json">` block: `<` is escaped so text cannot close the block. */
export function schemaOrgJson(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
