// The facts of publiccode.yml a solution has no column for (source address, licence, maintenance, users) travel in
// its references text, one labelled line each in the solution's language, so people read them and the export
// finds them again. Lines are recognised by their label in any of the three interface languages.
import { createTranslator } from '../i18n/translator.ts';
import { LOCALES, isLocale, type Locale } from '../i18n/define.ts';
import type { MessageKey } from '../i18n/messages.ts';

export interface SoftwareFacts {
  url: string;
  landingUrl?: string;
  licence: string;
  copyrightOwner?: string;
  maintenance?: string;
  usedBy?: string[];
}

const LABELS = {
  url: 'publiccode.ref.source',
  landingUrl: 'publiccode.ref.landing',
  licence: 'publiccode.ref.licence',
  copyrightOwner: 'publiccode.ref.copyright',
  maintenance: 'publiccode.ref.maintenance',
  usedBy: 'publiccode.ref.used_by',
} as const satisfies Record<keyof SoftwareFacts, MessageKey>;

type Fact = keyof typeof LABELS;
const FACTS = Object.keys(LABELS) as Fact[];

export const referencesLocale = (language: string): Locale => (isLocale(language) ? language : 'en');

export function writeReferences(facts: SoftwareFacts, language: string): string {
  const t = createTranslator(referencesLocale(language));
  return FACTS.flatMap((fact) => {
    const value = facts[fact];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return [];
    return [`${t.t(LABELS[fact])}: ${Array.isArray(value) ? value.join('; ') : value}`];
  }).join('\n');
}

const labelOf = new Map<string, Fact>(
  LOCALES.flatMap((locale) => {
    const t = createTranslator(locale);
    return FACTS.map((fact) => [t.t(LABELS[fact]).toLowerCase(), fact] as const);
  }),
);

/** The facts found in a references text; a solution is public software when it names a source address and a licence. */
export function readReferences(text: string): Partial<SoftwareFacts> {
  const facts: Partial<SoftwareFacts> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([^:]{2,40}):\s*(.+?)\s*$/.exec(line);
    const fact = match ? labelOf.get((match[1] as string).toLowerCase()) : undefined;
    if (!fact || !match || facts[fact] !== undefined) continue;
    const value = match[2] as string;
    if (fact === 'usedBy')
      facts.usedBy = value
        .split(';')
        .map((name) => name.trim())
        .filter(Boolean);
    else facts[fact] = value;
  }
  return facts;
}
