// publiccode.yml → a row of the bulk import (the columns of /opendata/solutions.csv), so a file goes through the
// same validation, service, permissions, audit and events as a catalogue. What the standard does not say and a
// solution needs is set to a stated value; what a solution has no place for is reported, never dropped silently.
import type { MessageKey } from '../i18n/messages.ts';
import { CONTENT_LANGUAGES } from '../taxonomy/taxonomy.ts';
import { writeReferences } from './references.ts';
import { KIND_OF_SOFTWARE_TYPE, SECTOR_OF_CATEGORY, SECTOR_OF_SCOPE, STAGE_OF_STATUS } from './vocabulary.ts';

export interface ProvidingOrganisation {
  name: string;
  enterpriseNumber: string;
  kind: string;
  isSme: boolean;
  website: string | null;
}

export interface MappingNote {
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export interface MappedSolution {
  row: Record<string, unknown>;
  notes: MappingNote[];
  /** The file's field a problem of a row column is about. */
  fieldOf: (column: string) => string;
}

/** Neither in the standard nor derivable: the spearhead an imported solution starts with (editable afterwards). */
export const DEFAULT_SPEARHEAD = 8;
const DEFAULT_REGION = 'BE2';
const MAX_TECHNOLOGIES = 20;

// Description languages in the order the platform prefers them.
const PREFERRED_LANGUAGES = ['nl', 'en', 'fr', 'es', 'eu'] as const;

type Doc = Record<string, unknown>;
const record = (value: unknown): Doc => (typeof value === 'object' && value !== null ? (value as Doc) : {});
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const primary = (tag: string): string => tag.toLowerCase().split('-')[0] as string;
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

// Keys the mapping reads; any other key present in a file is reported as not kept.
const USED: Record<string, readonly string[] | true> = {
  publiccodeYmlVersion: true,
  name: true,
  url: true,
  landingURL: true,
  usedBy: true,
  platforms: true,
  categories: true,
  developmentStatus: true,
  softwareType: true,
  intendedAudience: ['scope', 'countries'],
  description: true,
  legal: ['license', 'mainCopyrightOwner'],
  maintenance: ['type'],
  localisation: ['availableLanguages'],
};
const USED_IN_DESCRIPTION = ['shortDescription', 'longDescription'];

function descriptionLanguage(description: Doc): { key: string; language: string } | null {
  const keys = Object.keys(description);
  for (const language of PREFERRED_LANGUAGES) {
    const key = keys.find((k) => primary(k) === language);
    if (key) return { key, language };
  }
  return null;
}

/** The short description leads, the long one follows, unless the long one already starts with it. */
export function joinDescriptions(short: string, long: string): string {
  const lead = short.replace(/…$/, '');
  if (!long) return short;
  return long.startsWith(lead) ? long : `${short}\n\n${long}`;
}

function notKept(document: Doc, languageKey: string | undefined): MappingNote[] {
  const notes: MappingNote[] = [];
  for (const [key, value] of Object.entries(document)) {
    const used = USED[key];
    if (!used) notes.push({ field: key, message: 'publiccode.note.not_kept' });
    else if (Array.isArray(used))
      for (const sub of Object.keys(record(value)))
        if (!used.includes(sub)) notes.push({ field: `${key}.${sub}`, message: 'publiccode.note.not_kept' });
  }
  for (const [key, value] of Object.entries(record(document.description))) {
    if (key !== languageKey) {
      notes.push({ field: `description.${key}`, message: 'publiccode.note.other_language' });
      continue;
    }
    for (const sub of Object.keys(record(value)))
      if (!USED_IN_DESCRIPTION.includes(sub))
        notes.push({ field: `description.${key}.${sub}`, message: 'publiccode.note.not_kept' });
  }
  return notes;
}

function sectorsOf(document: Doc, notes: MappingNote[]): string[] {
  const scope = strings(record(document.intendedAudience).scope);
  const categories = strings(document.categories);
  const sectors = new Set<string>();
  for (const value of scope) if (SECTOR_OF_SCOPE[value]) sectors.add(SECTOR_OF_SCOPE[value]);
  for (const value of categories) if (SECTOR_OF_CATEGORY[value]) sectors.add(SECTOR_OF_CATEGORY[value]);
  const without = scope.filter((value) => !SECTOR_OF_SCOPE[value]);
  if (without.length)
    notes.push({
      field: 'intendedAudience.scope',
      message: 'publiccode.note.no_sector',
      params: { values: without.join(', ') },
    });
  if (sectors.size === 0) {
    notes.push({ field: 'sectors', message: 'publiccode.note.default', params: { value: 'government' } });
    return ['government'];
  }
  return [...sectors].slice(0, 6);
}

function technologiesOf(document: Doc, notes: MappingNote[]): string[] {
  const all = [...new Set([...strings(document.platforms), ...strings(document.categories)])].filter(
    (value) => value.length <= 60,
  );
  if (all.length > MAX_TECHNOLOGIES)
    notes.push({ field: 'categories', message: 'publiccode.note.truncated', params: { max: MAX_TECHNOLOGIES } });
  return all.slice(0, MAX_TECHNOLOGIES);
}

function languagesOf(document: Doc, language: string, notes: MappingNote[]): string[] {
  const available = strings(record(document.localisation).availableLanguages).map(primary);
  const known = [...new Set(available.filter((l) => l in CONTENT_LANGUAGES))];
  const other = [...new Set(available.filter((l) => !(l in CONTENT_LANGUAGES)))];
  if (other.length)
    notes.push({
      field: 'localisation.availableLanguages',
      message: 'publiccode.note.languages',
      params: { values: other.join(', ') },
    });
  return known.length ? known : [language];
}

function regionsOf(document: Doc, notes: MappingNote[]): string[] {
  const countries = strings(record(document.intendedAudience).countries).map((c) => c.toLowerCase());
  const regions = countries.includes('nl') ? [DEFAULT_REGION, 'NL'] : [DEFAULT_REGION];
  notes.push({ field: 'regionsServed', message: 'publiccode.note.default', params: { value: regions.join(', ') } });
  return regions;
}

const FIELD_OF_COLUMN: Record<string, string> = {
  title: 'name',
  kind: 'softwareType',
  sectors: 'intendedAudience.scope',
  marketStage: 'developmentStatus',
  languages: 'localisation.availableLanguages',
  technologies: 'categories',
  references: 'url',
};

/** The solution a valid publiccode.yml describes, offered by the given organisation. */
export function solutionOfPubliccode(
  document: Doc,
  organisation: ProvidingOrganisation,
): MappedSolution | { problems: MappingNote[] } {
  const descriptions = record(document.description);
  const chosen = descriptionLanguage(descriptions);
  if (!chosen) return { problems: [{ field: 'description', message: 'publiccode.no_known_language' }] };
  const { key, language } = chosen;
  const localised = record(descriptions[key]);
  const notes = notKept(document, key);
  const legal = record(document.legal);
  const references = writeReferences(
    {
      url: text(document.url),
      landingUrl: text(document.landingURL) || undefined,
      licence: text(legal.license),
      copyrightOwner: text(legal.mainCopyrightOwner) || undefined,
      maintenance: text(record(document.maintenance).type) || undefined,
      usedBy: strings(document.usedBy),
    },
    language,
  );
  notes.push(
    { field: 'spearheads', message: 'publiccode.note.default', params: { value: DEFAULT_SPEARHEAD } },
    { field: 'pricing', message: 'publiccode.note.default', params: { value: 'free' } },
  );
  const row: Record<string, unknown> = {
    title: text(document.name),
    description: joinDescriptions(text(localised.shortDescription), text(localised.longDescription)),
    language,
    kind: KIND_OF_SOFTWARE_TYPE[text(document.softwareType)] ?? 'product',
    technologies: technologiesOf(document, notes),
    sectors: sectorsOf(document, notes),
    spearheads: [DEFAULT_SPEARHEAD],
    marketStage: STAGE_OF_STATUS[text(document.developmentStatus)] ?? 'market',
    // Software under an open licence costs nothing to obtain; services around it are the provider's to describe.
    pricing: 'free',
    regionsServed: regionsOf(document, notes),
    languages: languagesOf(document, language, notes),
    references,
    classification: 'public',
    organisationName: organisation.name,
    organisationEnterpriseNumber: organisation.enterpriseNumber,
    organisationKind: organisation.kind,
    organisationIsSme: organisation.isSme,
    ...(organisation.website ? { organisationWebsite: organisation.website } : {}),
  };
  const fieldOf = (column: string): string =>
    column === 'description' ? `description.${key}` : (FIELD_OF_COLUMN[column] ?? column);
  return { row, notes, fieldOf };
}
