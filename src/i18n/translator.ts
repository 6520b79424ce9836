// Translation and formatting for one reader's locale. Numbers, dates and plurals go through Intl.
import { catalogues, type MessageKey } from './messages.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './define.ts';
import type { Labels } from '../taxonomy/taxonomy.ts';

export type Params = Record<string, string | number>;

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

export interface Translator {
  locale: Locale;
  intlLocale: string;
  t(key: MessageKey, params?: Params): string;
  plural(base: string, count: number, params?: Params): string;
  label(labels: Labels): string;
  /** A label followed by its colon as the language writes it (French puts a no-break space before it). */
  colon(label: string): string;
  date(value: Date | string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

function interpolate(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

// Intl formatters are costly to build (tens of microseconds each) and a page formats many numbers,
// so each locale's translator and each number format are built once and shared; they hold no state.
const translators = new Map<Locale, Translator>();

export function createTranslator(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = buildTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

function buildTranslator(locale: Locale): Translator {
  const messages = catalogues[locale];
  const intlLocale = INTL_LOCALE[locale];
  const pluralRules = new Intl.PluralRules(intlLocale);
  const dateFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'Europe/Brussels' });
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat => {
    const key = options ? JSON.stringify(options) : '';
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(intlLocale, options);
      numberFormats.set(key, format);
    }
    return format;
  };
  const translator: Translator = {
    locale,
    intlLocale,
    t: (key, params) => interpolate(messages[key] ?? key, params),
    plural(base, count, params) {
      const form = pluralRules.select(count);
      const key = `${base}.${form}` in messages ? `${base}.${form}` : `${base}.other`;
      return interpolate(messages[key] ?? key, { count: translator.number(count), ...params });
    },
    label: (labels) => labels[locale],
    colon: (label) => (locale === 'fr' ? `${label}\u00a0:` : `${label}:`),
    date: (value) => dateFormat.format(typeof value === 'string' ? new Date(value) : value),
    number: (value, options) => numberFormat(options).format(value),
  };
  return Object.freeze(translator);
}

/** Picks the interface language: an explicit choice, then the browser's Accept-Language, then Dutch. */
export function negotiateLocale(chosen: unknown, acceptLanguage: string | undefined): Locale {
  if (isLocale(chosen)) return chosen;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { language: tag.toLowerCase().split('-')[0] ?? '', quality: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  const match = ranked.find((entry) => (LOCALES as readonly string[]).includes(entry.language));
  return match && isLocale(match.language) ? match.language : DEFAULT_LOCALE;
}
