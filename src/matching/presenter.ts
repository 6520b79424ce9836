// A match explained in the reader's language: the engine gives the reasons as data, this turns them
// into sentences a person understands.
import type { Translator } from '../i18n/translator.ts';
import { CONTENT_LANGUAGES, REGIONS, SECTORS, SPEARHEADS, type Labels } from '../taxonomy/taxonomy.ts';
import type { ConceptRef, MatchExplanation } from './engine/index.ts';
import { isTellingTerm } from './engine/telling-terms.ts';
import { conceptLabel } from './engine/explain.ts';
import { Value } from 'typebox/value';
import { Explanation } from './schemas.ts';

function labelled(t: Translator, table: Record<string | number, Labels>, codes: (string | number)[]): string {
  return codes.map((code) => (table[code] ? t.label(table[code]) : String(code))).join(', ');
}

/**
 * A concept as a person names it: in the reader's language (English where the thesaurus has no label in it),
 * without the thesaurus's qualifier in brackets, and not shouted in capitals.
 */
export function conceptName(locale: string, concept: ConceptRef): string {
  const label = conceptLabel(concept.label, locale)
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  return label === label.toUpperCase() ? label.toLowerCase() : label;
}

/** The reasons a person can follow: shared words of substance (stored explanations may predate the engine's own filter). */
export function explainMatch(t: Translator, explanation: MatchExplanation): string[] {
  const reasons: string[] = [];
  const shared = [...new Set(explanation.sharedTerms.map((term) => term.toLowerCase()))].filter(isTellingTerm);
  if (shared.length) reasons.push(t.t('match.shared_terms', { terms: shared.slice(0, 6).join(', ') }));
  // Within one language a "translation" is only a loose synonym; it explains nothing to a reader.
  const translated = explanation.translatedTerms.filter((p) => isTellingTerm(p.from) && isTellingTerm(p.to));
  if (!explanation.sameLanguage && translated.length) {
    reasons.push(
      t.t('match.translated_terms', {
        pairs: translated
          .slice(0, 5)
          .map((p) => `${p.from} → ${p.to}`)
          .join(', '),
      }),
    );
  }
  const concepts = [...new Set(explanation.concepts.map((c) => conceptName(t.locale, c)))]
    // A one-word concept inside a shared word ("kind" in "kleinkinderen") repeats it, less precisely.
    .filter(
      (name) =>
        name.includes(' ') || (isTellingTerm(name) && !shared.some((term) => term.includes(name.toLowerCase()))),
    );
  if (concepts.length) reasons.push(t.t('match.concepts', { concepts: concepts.slice(0, 4).join(', ') }));
  if (explanation.sectors.length)
    reasons.push(t.t('match.sectors', { sectors: labelled(t, SECTORS, explanation.sectors) }));
  if (explanation.spearheads.length)
    reasons.push(t.t('match.spearheads', { spearheads: labelled(t, SPEARHEADS, explanation.spearheads) }));
  if (explanation.regions.length)
    reasons.push(t.t('match.regions', { regions: labelled(t, REGIONS, explanation.regions) }));
  const [, other] = explanation.languages;
  if (!explanation.sameLanguage && other in CONTENT_LANGUAGES) {
    reasons.push(
      t.t('match.other_language', { language: t.label(CONTENT_LANGUAGES[other as keyof typeof CONTENT_LANGUAGES]) }),
    );
  }
  return reasons;
}

export function scorePercent(t: Translator, score: number): string {
  return t.number(Math.max(0, Math.min(1, score)), { style: 'percent', maximumFractionDigits: 0 });
}

/** The score as a person would say it: the engine's scores are relative, so bands, not decimals, carry the meaning. */
export function scoreInWords(t: Translator, score: number): string {
  if (score >= 0.6) return t.t('match.strength.strong');
  if (score >= 0.35) return t.t('match.strength.good');
  return t.t('match.strength.possible');
}

/**
 * The reasons of a stored match record. Words from the items' texts (shared and translated words,
 * concepts) only for a reader who may read both items: they could tell what a confidential text says.
 * An explanation of an older or foreign shape gives no reasons rather than an error.
 */
export function storedReasons(t: Translator, stored: unknown, bothReadable: boolean): string[] {
  const parsed: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
  if (!Value.Check(Explanation, parsed)) return [];
  const explanation = parsed as MatchExplanation;
  return explainMatch(
    t,
    bothReadable ? explanation : { ...explanation, sharedTerms: [], translatedTerms: [], concepts: [] },
  );
}
