// Builds the matching lexicon's data files in src/matching/lexicon/, one per source and licence, from EuroVoc
// (shared data), Debian's FreeDict dictionaries and Debian's Apertium bilingual dictionaries. Run once, offline:
//   node --import tsx scripts/build-lexicon.ts [--eurovoc DIR] [--dictd DIR] [--apertium DIR] [--out DIR]
// It needs the Debian packages named in src/matching/lexicon/README.md (and lt-print from lttoolbox-dev).
// The files keep surface words (not stems) so the engine may change its stemmers without rebuilding.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LexiconConcept, LexiconData, TranslatedLanguage } from '../src/matching/engine/lexicon.ts';
import { stem, type KnownLanguage } from '../src/matching/engine/text.ts';
import { readForms } from './lexicon/apertium.ts';
import { translationsBothWays, type DictEntry } from './lexicon/freedict.ts';
import { apertiumToEnglish, apertiumComposed, type ApertiumWords } from './lexicon/apertium-pairs.ts';
import { addPair, clean, compact, composeThrough, contentWords, wordList, type Pairs } from './lexicon/pairs.ts';

const { values } = parseArgs({
  options: {
    eurovoc: { type: 'string', default: '/work/shared/data/eurovoc' },
    dictd: { type: 'string', default: '/usr/share/dictd' },
    apertium: { type: 'string', default: '/usr/share/apertium' },
    out: { type: 'string', default: 'src/matching/lexicon' },
  },
});

interface EurovocRecord {
  id: string;
  prefLabel: { nl: string; en: string; fr: string };
  altLabel: { en: string[]; fr: string[] };
}

function readEurovoc(): EurovocRecord[] {
  const text = gunzipSync(readFileSync(join(values.eurovoc!, 'eurovoc_nl_en_fr.jsonl.gz'))).toString('utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as EurovocRecord);
}

/** Aligns thesaurus labels only where it is safe: a one-word label (often a Dutch compound) ↔ the other's words. */
function addLabelPairs(pairs: Pairs, source: string, english: string, language: KnownLanguage): void {
  const from = contentWords(source, language);
  const to = contentWords(english, 'en');
  if (from.length === 1 && to.length > 0 && to.length <= 3) for (const t of to) addPair(pairs, from[0]!, t, 1);
}

function phraseWords(phrases: Iterable<string>, language: KnownLanguage): string[] {
  return wordList([...phrases].flatMap((p) => contentWords(p, language)));
}

function eurovocFile(): LexiconData {
  const records = readEurovoc();
  const nl: Pairs = new Map();
  const fr: Pairs = new Map();
  const concepts: LexiconConcept[] = records.map((c) => {
    addLabelPairs(nl, c.prefLabel.nl, c.prefLabel.en, 'nl');
    for (const label of [c.prefLabel.fr, ...c.altLabel.fr]) addLabelPairs(fr, label, c.prefLabel.en, 'fr');
    return [c.id, c.prefLabel.nl, c.prefLabel.en, c.prefLabel.fr, c.altLabel.en, c.altLabel.fr];
  });
  return {
    version: 2,
    source: 'EuroVoc (Publications Office of the European Union), labels of the 2021-06-04 release',
    licence: 'CC-BY-4.0',
    attribution: 'EuroVoc, © European Union, https://op.europa.eu/en/web/eu-vocabularies',
    translations: { nl: compact(nl), fr: compact(fr) },
    concepts,
    words: {
      nl: phraseWords(
        records.map((c) => c.prefLabel.nl),
        'nl',
      ),
      en: phraseWords(
        records.flatMap((c) => [c.prefLabel.en, ...c.altLabel.en]),
        'en',
      ),
      fr: phraseWords(
        records.flatMap((c) => [c.prefLabel.fr, ...c.altLabel.fr]),
        'fr',
      ),
    },
  };
}

/** Target → source with the same weights. */
function invert(pairs: Pairs): Pairs {
  const inverted: Pairs = new Map();
  for (const [source, targets] of pairs)
    for (const [target, weight] of targets) addPair(inverted, target, source, weight);
  return inverted;
}

const headwords = (entries: DictEntry[]) => entries.map((e) => e.headword);
const senseWords = (entries: DictEntry[]) => entries.flatMap((e) => e.senses.flat());

function freedictFile(): LexiconData {
  const dir = values.dictd!;
  const nl = translationsBothWays(dir, 'freedict-nld-eng', 'freedict-eng-nld', 'nl', 'en');
  const fr = translationsBothWays(dir, 'freedict-fra-eng', 'freedict-eng-fra', 'fr', 'en');
  const es = translationsBothWays(dir, 'freedict-spa-eng', 'freedict-eng-spa', 'es', 'en');
  const frNl = translationsBothWays(dir, 'freedict-fra-nld', 'freedict-nld-fra', 'fr', 'nl');
  // Each language's senses through the other (FreeDict's French–Dutch pair is larger than either English pair):
  // eenzaamheid → solitude → loneliness where nld-eng lists only "abandonment".
  const nlFr = invert(frNl.pairs);
  const frEn = new Map(fr.pairs);
  composeThrough(frNl.pairs, nl.pairs, fr.pairs, false);
  composeThrough(nlFr, frEn, nl.pairs, false);
  return {
    version: 2,
    source: 'FreeDict nld-eng, eng-nld, fra-eng, eng-fra, spa-eng, eng-spa, fra-nld, nld-fra (Debian dict-freedict-*)',
    licence: 'GPL-2.0-or-later',
    attribution: '© FreeDict contributors, https://freedict.org (data originally from the Ergane project)',
    translations: { nl: compact(nl.pairs), fr: compact(fr.pairs), es: compact(es.pairs) },
    words: {
      nl: phraseWords(
        [
          ...headwords(nl.entries.forward),
          ...senseWords(nl.entries.backward),
          ...headwords(frNl.entries.backward),
          ...senseWords(frNl.entries.forward),
        ],
        'nl',
      ),
      en: phraseWords(
        [
          ...headwords(nl.entries.backward),
          ...senseWords(nl.entries.forward),
          ...headwords(fr.entries.backward),
          ...headwords(es.entries.backward),
        ],
        'en',
      ),
      fr: phraseWords(
        [...headwords(fr.entries.forward), ...headwords(frNl.entries.forward), ...senseWords(frNl.entries.backward)],
        'fr',
      ),
      es: phraseWords([...headwords(es.entries.forward), ...senseWords(es.entries.backward)], 'es'),
    },
  };
}

/**
 * Forms of the morphological dictionary whose lemma has a translation and which the stemmer would not bring to
 * the lemma's stem (irregular verbs mostly): the others the engine finds by stem already.
 */
function irregularForms(
  path: string,
  language: TranslatedLanguage,
  translated: (lemma: string) => boolean,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [form, lemma] of readForms(path)) {
    const [word, base] = [clean(form), clean(lemma)];
    if (/^\p{L}+$/u.test(word) && translated(base) && stem(word, language) !== stem(base, language)) kept[word] = base;
  }
  return kept;
}

function apertiumFile(freedict: LexiconData): LexiconData {
  const dir = values.apertium!;
  const words: ApertiumWords = { es: new Set(), eu: new Set(), fr: new Set(), en: new Set() };
  const es = apertiumToEnglish(
    join(dir, 'apertium-eng-spa/spa-eng.autobil.bin'),
    join(dir, 'apertium-eng-spa/eng-spa.autobil.bin'),
    'es',
    words,
  );
  const eu = apertiumToEnglish(join(dir, 'apertium-eu-en/eu-en.autobil.bin'), undefined, 'eu', words);
  // Basque and French words without an English entry, through Spanish (the Basque–Spanish pair is the larger).
  apertiumComposed(join(dir, 'apertium-eu-es/eu-es.autobil.bin'), 'eu', 'es', es, words, eu);
  const fr = apertiumComposed(join(dir, 'apertium-fr-es/fr-es.autobil.bin'), 'fr', 'es', es, words);
  return {
    version: 2,
    source:
      'Apertium eng-spa 0.8.1, eu-en 0.3.3, eu-es 0.3.4, fr-es 0.9.4 bilingual and morphological dictionaries, afr-nld 0.3.0 Dutch morphological dictionary (Debian apertium-*)',
    licence: 'GPL-2.0-only',
    attribution:
      "© Universitat d'Alacant, Prompsit Language Engineering, Eleka Ingenieritza Linguistikoa and the Apertium contributors, https://apertium.org",
    translations: { es: compact(es), eu: compact(eu), fr: compact(fr) },
    forms: {
      nl: irregularForms(
        join(dir, 'apertium-afr-nld/nld-afr.automorf.bin'),
        'nl',
        translatedIn(new Map(), freedict.translations.nl),
      ),
      es: irregularForms(
        join(dir, 'apertium-eng-spa/spa-eng.automorf.bin'),
        'es',
        translatedIn(es, freedict.translations.es),
      ),
      fr: irregularForms(
        join(dir, 'apertium-fr-es/fr-es.automorf.bin'),
        'fr',
        translatedIn(fr, freedict.translations.fr),
      ),
      eu: irregularForms(join(dir, 'apertium-eu-en/eu-en.automorf.bin'), 'eu', translatedIn(eu)),
    },
    words: { es: wordList(words.es), eu: wordList(words.eu), fr: wordList(words.fr), en: wordList(words.en) },
  };
}

function translatedIn(pairs: Pairs, other: Record<string, unknown> = {}): (lemma: string) => boolean {
  return (lemma) => pairs.has(lemma) || lemma in other;
}

function write(name: string, data: LexiconData): void {
  const json = JSON.stringify(data);
  writeFileSync(join(values.out!, name), gzipSync(json, { level: 9 }));
  const counts = Object.entries(data.translations)
    .map(([l, t]) => `${Object.keys(t).length} ${l}`)
    .join(', ');
  const words = Object.entries(data.words ?? {})
    .map(([l, w]) => `${w.length} ${l}`)
    .join(', ');
  const forms = Object.entries(data.forms ?? {})
    .map(([l, f]) => `${Object.keys(f).length} ${l}`)
    .join(', ');
  console.log(
    `${name}: translations ${counts}; forms ${forms}; words ${words}; ${data.concepts?.length ?? 0} concepts; ${json.length} bytes JSON`,
  );
}

const freedict = freedictFile();
write('eurovoc.json.gz', eurovocFile());
write('freedict.json.gz', freedict);
write('apertium.json.gz', apertiumFile(freedict));
