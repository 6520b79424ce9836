// The facets each catalogue offers, as the spec lists them.
import {
  CONTENT_LANGUAGES,
  MARKET_STAGES,
  PRICING,
  REGIONS,
  SECTORS,
  SPEARHEADS,
  type Labels,
} from '../taxonomy/taxonomy.ts';
import { LISTED_STATUSES } from '../items/lifecycle.ts';
import type { Facet } from './components.tsx';
import type { Translator } from '../i18n/translator.ts';
import type { MessageKey } from '../i18n/messages.ts';

const entries = (table: Record<string, Labels>): [string, Labels][] => Object.entries(table);

function statusOptions(t: Translator, statuses: readonly string[]): [string, string][] {
  return statuses.map((s) => [s, t.t(`status.${s}` as MessageKey)]);
}

const spearheadOptions = (): [string, Labels][] => Object.entries(SPEARHEADS).map(([n, labels]) => [n, labels]);

const maturityOptions = (): [string, Labels | string][] => [
  ...Array.from({ length: 9 }, (_, i): [string, string] => [`trl${i + 1}`, `TRL ${i + 1}`]),
  ...entries(MARKET_STAGES),
];

export function challengeFacets(t: Translator): Facet[] {
  return [
    { name: 'sector', label: 'field.sectors', options: entries(SECTORS) },
    { name: 'spearhead', label: 'field.spearheads', options: spearheadOptions() },
    { name: 'region', label: 'field.region', options: entries(REGIONS) },
    { name: 'language', label: 'field.language', options: entries(CONTENT_LANGUAGES) },
    { name: 'status', label: 'field.status', options: statusOptions(t, LISTED_STATUSES.challenge) },
  ];
}

export function solutionFacets(t: Translator): Facet[] {
  return [
    { name: 'sector', label: 'field.sectors', options: entries(SECTORS) },
    { name: 'spearhead', label: 'field.spearheads', options: spearheadOptions() },
    { name: 'region', label: 'field.regions_served', options: entries(REGIONS) },
    { name: 'maturity', label: 'field.maturity', options: maturityOptions() },
    { name: 'pricing', label: 'field.pricing', options: entries(PRICING) },
    { name: 'language', label: 'field.language', options: entries(CONTENT_LANGUAGES) },
    { name: 'status', label: 'field.status', options: statusOptions(t, LISTED_STATUSES.solution) },
  ];
}
