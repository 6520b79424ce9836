// Each area of the domain keeps its own messages in the three interface languages. Dutch is the
// source: the French and English catalogues must have exactly the same keys (checked by the compiler
// and by a test).
export type Locale = 'nl' | 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'nl';

export interface Catalogue<K extends string> {
  nl: Record<K, string>;
  fr: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<const T extends Record<string, string>>(
  nl: T,
  fr: Record<keyof T, string>,
  en: Record<keyof T, string>,
): Catalogue<keyof T & string> {
  return { nl, fr, en };
}

export function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'fr' || value === 'en';
}
