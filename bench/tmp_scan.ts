import { loadBenchmark } from './data.ts';
import { normalise, wordCharacter } from '../src/matching/engine/text.ts';
import { HASH_SEED, hashStep } from '../src/matching/engine/word-cache.ts';
const C = '/work/shared/benchmarks/cordis-he/';
const b = loadBenchmark(C+'corpus.jsonl.gz', C+'queries.dev.jsonl', C+'qrels.dev.tsv');
let t = performance.now(); let chars = 0;
const norm = b.corpus.map(d => normalise(d.text)); console.log('normalise', performance.now() - t);
t = performance.now(); let words = 0; let hsum = 0;
for (const s of norm) { chars += s.length; let start=-1, hash=HASH_SEED;
  for (let i = 0; i <= s.length; i++) { const code = i < s.length ? s.charCodeAt(i) : 32;
    if (wordCharacter[code] === 1) { if (start < 0) { start = i; hash = HASH_SEED; } hash = hashStep(hash, code); continue; }
    if (start < 0) continue; words++; hsum ^= hash; start = -1; } }
console.log('scan', performance.now() - t, chars, words, hsum);
import { DocumentAnalyser } from '../src/matching/engine/analysis.ts';
import { TermDictionary } from '../src/matching/engine/terms.ts';
import { loadLexicon } from '../src/matching/lexicon/load.ts';
import { CompoundSplitter } from '../src/matching/engine/compounds.ts';
import { DEFAULT_OPTIONS } from '../src/matching/engine/engine.ts';
const lexicon = loadLexicon();
const an = new DocumentAnalyser({ lexicon, splitter: new CompoundSplitter(lexicon.words.nl), weights: DEFAULT_OPTIONS }, new TermDictionary());
for (let r = 0; r < 3; r++) {
t = performance.now(); for (const d of b.corpus) an.vector(d.title, d.text, 'en'); console.log('vector', performance.now() - t);
t = performance.now(); for (const d of b.corpus) an.detect(d.title, d.text); console.log('detect', performance.now() - t);
}
