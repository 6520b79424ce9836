// Cross-lingual lexicon: Dutch/French words → weighted English stems, and EuroVoc concepts found as label phrases.
// English is the pivot: every document's non-English words also get English terms, so nl, fr and en meet there.
import { analyse, stem, words, foldDiacritics, type Language, type Vocabularies } from './text.ts';

/** [id, nl, en, fr, alternative en labels, alternative fr labels] */
export type LexiconConcept = [string, string, string, string, string[], string[]];

/** The compact form stored in src/matching/lexicon/lexicon.json.gz (see scripts/build-lexicon.ts). */
export interface LexiconData {
  version: 1;
  attribution: string;
  translations: { nl: Record<string, [string, number][]>; fr: Record<string, [string, number][]> };
  concepts: LexiconConcept[];
  /** Known words per language (lower case, no diacritics): compound splitting and language detection. */
  words: { nl: string[]; en: string[]; fr: string[] };
}

export interface Translation { term: string; weight: number }
/** A content word of a text, as written (lower case) and stemmed. */
export interface ConceptWord { surface: string; stem: string }
export interface ConceptLabel { nl: string; en: string; fr: string }
export interface Concept { id: string; label: ConceptLabel }

interface LabelPattern { stems: string[]; conceptId: string }
type TranslatedLanguage = 'nl' | 'fr';

export class Lexicon {
  /** Known words per language, as listed (compound splitting needs whole words). */
  readonly words: { nl: ReadonlySet<string>; en: ReadonlySet<string>; fr: ReadonlySet<string> };
  /** Their stems (language detection). */
  readonly vocabularies: Vocabularies;
  private readonly bySurface = new Map<string, Translation[]>();
  private readonly byStem = new Map<string, Translation[]>();
  private readonly concepts = new Map<string, Concept>();
  private readonly singleWordLabels = new Map<string, string[]>(); // 'language:word' → concept ids
  private readonly patterns = new Map<string, Map<string, LabelPattern[]>>(); // first stem → second stem → labels

  constructor(data?: LexiconData) {
    this.words = { nl: new Set(data?.words.nl ?? []), en: new Set(data?.words.en ?? []), fr: new Set(data?.words.fr ?? []) };
    this.vocabularies = {
      nl: stems(this.words.nl, 'nl'), en: stems(this.words.en, 'en'), fr: stems(this.words.fr, 'fr'),
    };
    if (!data) return;
    for (const language of ['nl', 'fr'] as const) this.addTranslations(language, data.translations[language]);
    for (const concept of data.concepts) this.addConcept(concept);
  }

  /** English stems for a Dutch or French word; looks up the exact word first, then its stem (inflected forms). */
  translate(language: Language, surface: string, wordStem: string): Translation[] {
    if (language !== 'nl' && language !== 'fr') return [];
    const word = foldDiacritics(surface);
    return this.bySurface.get(`${language}:${word}`) ?? this.byStem.get(`${language}:${wordStem}`) ?? this.byPlural(language, word) ?? [];
  }

  /** Plurals the stemmer does not map onto the dictionary form: kleinkinderen → kleinkind, eieren → ei. */
  private byPlural(language: Language, word: string): Translation[] | undefined {
    for (const form of singularForms(word, language).slice(1)) {
      const found = this.bySurface.get(`${language}:${form}`);
      if (found) return found;
    }
    return undefined;
  }

  concept(id: string): Concept | undefined {
    return this.concepts.get(id);
  }

  /**
   * Ids of concepts whose label occurs as consecutive content words of a text in `language`. A one-word label
   * counts only as that very word in its own language, or its plural: across languages and through stemming,
   * single words collide ("communes" is not Communism, a Dutch "account" is not accounting). Labels of several
   * words are specific enough to match by stems, inflected as the text has them.
   */
  findConcepts(words: readonly ConceptWord[], language: Language): string[] {
    const found: string[] = [];
    for (let start = 0; start < words.length; start += 1) {
      for (const form of singularForms(foldDiacritics(words[start]!.surface), language)) {
        for (const id of this.singleWordLabels.get(`${language}:${form}`) ?? []) found.push(id);
      }
      const first = words[start]!.stem;
      const next = words[start + 1]?.stem;
      const bySecond = next !== undefined && this.patterns.get(first);
      if (!bySecond) continue;
      for (const pattern of bySecond.get(next) ?? []) {
        if (pattern.stems.every((s, i) => words[start + i]?.stem === s)) found.push(pattern.conceptId);
      }
    }
    return found;
  }

  get conceptCount(): number {
    return this.concepts.size;
  }

  private addTranslations(language: TranslatedLanguage, entries: Record<string, [string, number][]>): void {
    const stemGroups = new Map<string, Map<string, number>>();
    for (const [source, targets] of Object.entries(entries)) {
      const translated = mergeTranslations(targets.map(([word, weight]) => ({ term: stem(word, 'en'), weight })));
      this.bySurface.set(`${language}:${source}`, translated);
      const key = `${language}:${stem(source, language)}`;
      const group = stemGroups.get(key) ?? new Map<string, number>();
      for (const t of translated) group.set(t.term, Math.max(group.get(t.term) ?? 0, t.weight));
      stemGroups.set(key, group);
    }
    for (const [key, group] of stemGroups) {
      this.byStem.set(key, mergeTranslations([...group].map(([term, weight]) => ({ term, weight }))));
    }
  }

  private addConcept([id, nl, en, fr, enAlt, frAlt]: LexiconConcept): void {
    this.concepts.set(id, { id, label: { nl, en, fr } });
    const labels: [string, Language][] = [[nl, 'nl'], [en, 'en'], [fr, 'fr'],
      ...enAlt.map((l): [string, Language] => [l, 'en']), ...frAlt.map((l): [string, Language] => [l, 'fr'])];
    for (const [label, language] of labels) {
      // Qualifiers in brackets ("Aarhus (provincie)") are rarely written in running text.
      const tokens = analyse(label.replace(/\(.*?\)/g, ' '), language);
      const stems = tokens.map((t) => t.stem);
      if (stems.length === 0 || words(label).some((w) => /\d/.test(w))) continue;
      if (stems.length === 1) {
        const key = `${language}:${foldDiacritics(tokens[0]!.surface)}`;
        const ids = this.singleWordLabels.get(key) ?? [];
        if (!ids.includes(id)) ids.push(id);
        this.singleWordLabels.set(key, ids);
        continue;
      }
      // Multi-word labels are keyed by their first two stems: few candidates per position.
      const bySecond = this.patterns.get(stems[0]!) ?? new Map<string, LabelPattern[]>();
      const list = bySecond.get(stems[1]!) ?? [];
      if (!list.some((p) => p.conceptId === id && p.stems.join(' ') === stems.join(' '))) list.push({ stems, conceptId: id });
      bySecond.set(stems[1]!, list);
      this.patterns.set(stems[0]!, bySecond);
    }
  }
}

function stems(words: ReadonlySet<string>, language: Language): ReadonlySet<string> {
  return new Set([...words].map((word) => stem(word, language)));
}

/** One weight per English stem (the best); weights stay absolute so weak (pivoted) translations stay weak. */
function mergeTranslations(candidates: Translation[]): Translation[] {
  const best = new Map<string, number>();
  for (const { term, weight } of candidates) best.set(term, Math.min(1, Math.max(best.get(term) ?? 0, weight)));
  return [...best].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight);
}

// Plural endings removed to find a word's singular (the longest first), for translations the stemmer misses and
// for one-word concept labels: leerlingen → leerling, kinderen → kind, eieren → ei, écoles → école, cities → city.
const PLURALS: Partial<Record<Language, [string, string][]>> = {
  nl: [['eren', ''], ['en', ''], ['s', '']],
  fr: [['s', ''], ['x', '']],
  en: [['ies', 'y'], ['es', ''], ['s', '']],
};

/** The word itself, then what it would be without each plural ending it has. */
function singularForms(word: string, language: Language): string[] {
  const forms = [word];
  for (const [ending, replacement] of PLURALS[language] ?? []) {
    if (word.length > ending.length && word.endsWith(ending)) forms.push(word.slice(0, -ending.length) + replacement);
  }
  return forms;
}
