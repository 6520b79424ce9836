// Cross-lingual lexicon: Dutch, French, Spanish and Basque words → weighted English stems, and EuroVoc concepts
// found as label phrases. English is the pivot: every document's non-English words also get English terms, so all
// five languages meet there.
import {
  analyse,
  stem,
  words,
  foldDiacritics,
  KNOWN_LANGUAGES,
  type KnownLanguage,
  type Language,
  type Vocabularies,
} from './text.ts';

/** [id, nl, en, fr, alternative en labels, alternative fr labels] */
export type LexiconConcept = [string, string, string, string, string[], string[]];

export type TranslatedLanguage = Exclude<KnownLanguage, 'en'>;
export const TRANSLATED_LANGUAGES: readonly TranslatedLanguage[] = ['nl', 'fr', 'es', 'eu'];

/**
 * One data file of src/matching/lexicon/ in its compact form (see scripts/build-lexicon.ts). Each file comes from
 * one source under one licence; the engine merges them.
 */
export interface LexiconData {
  version: 2;
  source: string;
  licence: string;
  attribution: string;
  /** A word → English words with weights (0–1). */
  translations: Partial<Record<TranslatedLanguage, Record<string, [string, number][]>>>;
  concepts?: LexiconConcept[];
  /** Inflected forms the stemmer does not bring back to their dictionary form (dijo → decir, veux → vouloir). */
  forms?: Partial<Record<TranslatedLanguage, Record<string, string>>>;
  /** Known words per language (lower case, no diacritics): compound splitting and language detection. */
  words?: Partial<Record<KnownLanguage, string[]>>;
}

export interface Translation {
  term: string;
  weight: number;
}
/** A content word of a text, as written (lower case) and stemmed. */
export interface ConceptWord {
  surface: string;
  stem: string;
}
export interface ConceptLabel {
  nl: string;
  en: string;
  fr: string;
}
export interface Concept {
  id: string;
  label: ConceptLabel;
}

interface LabelPattern {
  stems: string[];
  conceptId: string;
}

export class Lexicon {
  /** Known words per language, as listed (compound splitting needs whole words). */
  readonly words: Record<KnownLanguage, ReadonlySet<string>>;
  /** Their stems (language detection). */
  readonly vocabularies: Vocabularies;
  private readonly bySurface = new Map<string, Translation[]>();
  private readonly byStem = new Map<string, Translation[]>();
  private readonly lemmas = new Map<string, string>(); // 'language:form' → lemma
  private readonly concepts = new Map<string, Concept>();
  private readonly singleWordLabels = new Map<string, string[]>(); // 'language:word' → concept ids
  private readonly patterns = new Map<string, Map<string, LabelPattern[]>>(); // first stem → second stem → labels

  /**
   * The data of every file, merged: a pair several sources list weighs more than one source's (noisy-or). Files
   * are read one at a time, so only one is in memory as parsed JSON.
   */
  constructor(files: Iterable<LexiconData> = []) {
    const words = {
      nl: new Set<string>(),
      en: new Set<string>(),
      fr: new Set<string>(),
      es: new Set<string>(),
      eu: new Set<string>(),
    };
    const merged = new Map<TranslatedLanguage, Map<string, Map<string, number>>>(
      TRANSLATED_LANGUAGES.map((l) => [l, new Map()]),
    );
    for (const file of files) {
      for (const language of KNOWN_LANGUAGES)
        for (const word of file.words?.[language] ?? []) words[language].add(word);
      for (const language of TRANSLATED_LANGUAGES)
        mergeSource(merged.get(language)!, file.translations[language] ?? {});
      for (const concept of file.concepts ?? []) this.addConcept(concept);
      for (const [language, forms] of Object.entries(file.forms ?? {})) {
        for (const [form, lemma] of Object.entries(forms)) this.lemmas.set(`${language}:${form}`, lemma);
      }
    }
    this.words = words;
    this.vocabularies = Object.fromEntries(KNOWN_LANGUAGES.map((l) => [l, stems(this.words[l], l)]));
    for (const [language, pairs] of merged) this.addTranslations(language, pairs);
  }

  /** English stems for a word; looks up the exact word first, then its stem, then its dictionary form. */
  translate(language: Language, surface: string, wordStem: string): Translation[] {
    if (language === 'en' || language === 'other') return [];
    const word = foldDiacritics(surface);
    const asWritten = this.bySurface.get(`${language}:${word}`);
    const ofLemma = this.byLemma(language, word);
    // A form of two words ("habla": speech, and a form of hablar) means either.
    if (asWritten && ofLemma) return mergeTranslations([...asWritten, ...ofLemma]);
    return asWritten ?? ofLemma ?? this.byStem.get(`${language}:${wordStem}`) ?? this.byBaseForm(language, word) ?? [];
  }

  private byLemma(language: Language, word: string): Translation[] | undefined {
    const lemma = this.lemmas.get(`${language}:${word}`);
    return lemma === undefined ? undefined : this.bySurface.get(`${language}:${lemma}`);
  }

  /** Inflections the stemmer does not map onto the dictionary form: kleinkinderen → kleinkind, etxean → etxe. */
  private byBaseForm(language: Language, word: string): Translation[] | undefined {
    for (const form of baseForms(word, language).slice(1)) {
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
      for (const form of baseForms(foldDiacritics(words[start]!.surface), language)) {
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

  private addTranslations(language: TranslatedLanguage, entries: Map<string, Map<string, number>>): void {
    const stemGroups = new Map<string, Map<string, number>>();
    for (const [source, targets] of entries) {
      const translated = mergeTranslations([...targets].map(([word, weight]) => ({ term: stem(word, 'en'), weight })));
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
    const labels: [string, Language][] = [
      [nl, 'nl'],
      [en, 'en'],
      [fr, 'fr'],
      ...enAlt.map((l): [string, Language] => [l, 'en']),
      ...frAlt.map((l): [string, Language] => [l, 'fr']),
    ];
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
      if (!list.some((p) => p.conceptId === id && p.stems.join(' ') === stems.join(' ')))
        list.push({ stems, conceptId: id });
      bySecond.set(stems[1]!, list);
      this.patterns.set(stems[0]!, bySecond);
    }
  }
}

/** Adds one file's pairs of a language; a pair in several files gets 1 − Π(1 − wᵢ). */
function mergeSource(merged: Map<string, Map<string, number>>, pairs: Record<string, [string, number][]>): void {
  for (const [source, targets] of Object.entries(pairs)) {
    const known = merged.get(source) ?? new Map<string, number>();
    for (const [target, weight] of targets) known.set(target, 1 - (1 - (known.get(target) ?? 0)) * (1 - weight));
    merged.set(source, known);
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

// Endings removed (and replaced) to find a word's dictionary form, the longest first, for translations the stemmer
// misses and for one-word concept labels: leerlingen → leerling, kinderen → kind, écoles → école, cities → city,
// ciudades → ciudad. Basque marks case, number and aspect by suffixes the Snowball stemmer handles unevenly
// (etxean stays, etxera → etxe), so its common case and aspect endings are listed: etxean → etxe, lagunarekin →
// lagun, egiten → egin, ikusten → ikusi, hartzen → hartu, sartuko → sartu. A form counts only when the dictionary
// knows it, so a wrong cut finds nothing.
const ENDINGS: Partial<Record<Language, [string, string][]>> = {
  nl: [
    ['eren', ''],
    ['en', ''],
    ['s', ''],
  ],
  fr: [
    ['s', ''],
    ['x', ''],
  ],
  en: [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
  ],
  es: [
    ['ces', 'z'],
    ['es', ''],
    ['s', ''],
  ],
  eu: [
    ['arentzat', ''],
    ['entzat', ''],
    ['arekin', ''],
    ['ekin', ''],
    ['etara', ''],
    ['etatik', ''],
    ['etako', ''],
    ['rekin', ''],
    ['aren', ''],
    ['etan', ''],
    ['ekoa', ''],
    ['tzen', 'tu'],
    ['tzen', 'tzi'],
    ['tuko', 'tu'],
    ['ren', ''],
    ['ari', ''],
    ['ean', ''],
    ['era', ''],
    ['era', 'a'],
    ['tik', ''],
    ['etik', ''],
    ['iko', 'i'],
    ['ten', 'n'],
    ['ten', 'i'],
    ['ten', ''],
    ['ko', ''],
    ['ek', ''],
    ['en', ''],
    ['ak', ''],
    ['ak', 'a'],
    ['an', ''],
    ['ra', ''],
    ['ri', ''],
    ['az', ''],
    ['ez', ''],
    ['go', ''],
    ['a', ''],
    ['k', ''],
    ['n', ''],
    ['z', ''],
  ],
};
// Basque stems are cut from many endings: a base under three letters would find unrelated short words.
const SHORTEST_BASE: Partial<Record<Language, number>> = { eu: 3 };

/** The word itself, then what it would be without each ending it has. */
function baseForms(word: string, language: Language): string[] {
  const forms = [word];
  for (const [ending, replacement] of ENDINGS[language] ?? []) {
    if (word.length <= ending.length || !word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length) + replacement;
    if (base.length >= (SHORTEST_BASE[language] ?? 1)) forms.push(base);
  }
  return forms;
}
